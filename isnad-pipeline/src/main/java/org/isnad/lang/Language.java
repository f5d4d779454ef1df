package org.isnad.lang;

import java.util.Locale;
import org.isnad.clean.ClutterLexicon;
import org.isnad.text.Stemmer;
import org.isnad.text.TextNormalizer;

/**
 * The language-specific knowledge a generic stage needs: how to fold and stem words, how to
 * segment, what page clutter looks like, how months are named. Generic stages take a {@code
 * Language}; they never test which language it is. A second language is a second implementation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Language {

  /** BCP-47 code, e.g. {@code ar}. */
  String code();

  /** The locale for ICU segmentation. */
  Locale locale();

  TextNormalizer normalizer();

  Stemmer stemmer();

  ClutterLexicon clutter();

  MonthNames months();

  /** Cardinal numbers in digits and words, vague amounts and duals. */
  NumberWords numbers();

  /** The words of dates, times and durations, and the Hijri months. */
  TimeWords time();

  /**
   * The words of events, casualties, reporting and attribution that the event and quotation stage
   * looks for (see the resource of the implementation for the categories).
   */
  PhraseLexicon eventLexicon();

  /**
   * A sentence or word the product writes itself in this language (the brief's statement of a
   * dispute, the name of a slot), from a {@link java.text.MessageFormat} pattern; the key itself when
   * unknown.
   */
  String phrase(String key, Object... args);

  /**
   * Titles and role words that precede names ({@code الرئيس}, {@code وزير}, {@code العميد}), folded
   * and without clitics.
   */
  java.util.Set<String> titles();

  /**
   * Common words (nouns, adjectives, verbs) that are also written as the one-word name of a place
   * ("مشهد": a scene, and Mashhad), folded and without the article: such a name alone needs a
   * stronger cue than the tagger's. Empty by default.
   */
  default java.util.Set<String> commonWords() {
    return java.util.Set.of();
  }

  /**
   * Head nouns of bodies and roles ("وزارة", "جيش", "متحدث") that, definite and alone, refer back to
   * the body or person named earlier with that head ("وقالت الوزارة"), folded and without the
   * article; those that are also {@link #titles()} refer to persons. Empty by default.
   */
  default java.util.Set<String> referringNouns() {
    return java.util.Set.of();
  }

  /**
   * False when a normalised token can start no temporal expression: it is no word {@link
   * TimeWords#word} knows, starts no number ({@link NumberWords#read}) and no month name of either
   * calendar. Lets the time tagger skip most tokens with one test; true (maybe) by default.
   */
  default boolean mayStartTime(String normalized) {
    return true;
  }

  /** Negations, opposites and function words, for comparing two claims. */
  ClaimWords claims();

  /** Arabic, the first language of Isnad. */
  static Language arabic() {
    return org.isnad.lang.ar.Arabic.INSTANCE;
  }
}
