package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/** Victims counted by a noun alone: a dual after a verb of moving them, an ordinal of one more. */
class VictimNounsTest {

  private static List<Figure> figures(String text) {
    return Extraction.of(Paragraphs.one(text)).events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void twoWoundedTakenToHospitalAreTwo() {
    assertThat(figures("وقال الهلال الأحمر إن طواقمه انتشلت جثتي قتيلين من تحت الأنقاض، ونقلت جريحين إلى مستشفى المدينة."))
        .filteredOn(f -> f.kind() == FigureKind.WOUNDED).extracting(Figure::value).containsExactly(2L);
  }

  @Test
  void aThirdWoundedIsOne() {
    assertThat(figures("قتل شخصان وأصيب ثالث بجروح في انفجار عبوة ناسفة على طريق المطار."))
        .filteredOn(f -> f.kind() == FigureKind.WOUNDED).extracting(Figure::value).containsExactly(1L);
  }

  @Test
  void aVerbOfCarryingIsNoReportingVerb() {
    org.isnad.model.AnalysedArticle a = Extraction.of(Paragraphs.one(
        "وقال مصدر في الدفاع المدني إن الطواقم انتشلت جثتين، ونقلت جريحين إلى مستشفى المدينة."));
    assertThat(a.quotes()).noneMatch(q -> q.verb().contains("نقل"));
    assertThat(figures("وقال مصدر في الدفاع المدني إن الطواقم انتشلت جثتين، ونقلت جريحين إلى مستشفى المدينة."))
        .filteredOn(f -> f.kind() == FigureKind.WOUNDED).singleElement()
        .satisfies(f -> assertThat(f.authority()).isEqualTo("مصدر في الدفاع المدني"));
  }
}
