package org.isnad.lang.ar;

import java.util.List;
import org.isnad.lang.PhraseLexicon;

/** Holds the Arabic event lexicon ({@code events.tsv}), loaded once. */
final class EventWords {

  /** Proclitics a phrase's first word may carry, longest first. */
  static final List<String> PROCLITICS = List.of(
      "وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك");

  static final PhraseLexicon LEXICON =
      PhraseLexicon.load(EventWords.class, "events.tsv", ArabicNormalizer.INSTANCE, PROCLITICS);

  private EventWords() {}
}
