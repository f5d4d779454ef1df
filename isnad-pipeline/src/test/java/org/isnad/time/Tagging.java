package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.Paragraphs;
import org.isnad.model.TimeMention;
import org.isnad.text.TextAnalyzer;

/** One paragraph through the text stage and the time tagger, as the time tests run it. */
final class Tagging {

  private static final TextAnalyzer TEXT = TextAnalyzer.create(Language.arabic());
  private static final TimeTagger TAGGER = TimeTagger.create(Language.arabic());

  /** The reference date of most time tests: a Wednesday. */
  static final LocalDate WEDNESDAY = LocalDate.of(2025, 12, 10);

  private Tagging() {}

  /** The time mentions of {@code text} resolved against {@link #WEDNESDAY}. */
  static List<TimeMention> tag(String text) {
    return tag(text, WEDNESDAY);
  }

  /** The one time mention of {@code text} resolved against {@link #WEDNESDAY}. */
  static TimeMention only(String text) {
    return only(text, WEDNESDAY);
  }

  /** The time mentions of {@code text} resolved against {@code reference}. */
  static List<TimeMention> tag(String text, LocalDate reference) {
    return TAGGER.tag(TEXT.analyze(Paragraphs.one(text)), reference);
  }

  /** The one time mention of {@code text}; fails when there are none or several. */
  static TimeMention only(String text, LocalDate reference) {
    List<TimeMention> all = tag(text, reference);
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
