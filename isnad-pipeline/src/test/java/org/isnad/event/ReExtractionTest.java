package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.AnalysedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The story level extracts an undated member's events again against the story's date: extracting an
 * article that went through the event stage once more gives the same entities, events and quotations.
 */
class ReExtractionTest {

  private static final EventExtractor EVENTS = EventExtractor.create(org.isnad.lang.Language.arabic());

  @ParameterizedTest
  @ValueSource(strings = {
      "قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة في جنوب لبنان أمس السبت.",
      "أعلنت وزارة الصحة أن قصفا روسيا على ريف إدلب أسفر عن مقتل 5 أشخاص، وقال المتحدث إن الهجوم أميركي.",
      "نفذت الطائرات غارة أميركية على مواقع في اليمن، فيما قال مسؤول \"لن نسكت\"."})
  void extractingTwiceChangesNothing(String text) {
    AnalysedArticle once = Extraction.dated(text, LocalDate.of(2025, 6, 14));
    AnalysedArticle twice = EVENTS.extract(once);
    assertThat(twice.entities()).isEqualTo(once.entities());
    assertThat(twice.events()).isEqualTo(once.events());
    assertThat(twice.quotes()).isEqualTo(once.quotes());
  }
}
