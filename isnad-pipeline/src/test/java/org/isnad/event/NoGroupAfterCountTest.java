package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word that opens a cause ("جراء"، "بسبب"، "إثر") after a count is no counted group: the group is
 * unsaid, and a number that only precedes a cause is no count of the cause's noun; a month's name after
 * a number makes it a date ("11 سبتمبر"), no count. On sentences written for these tests.
 */
class NoGroupAfterCountTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @Test
  void aVagueCountBeforeItsCauseHasNoGroup() {
    assertThat(figures("وقالت المؤسسة إن 15 شخصا لقوا حتفهم وأصيب العشرات جراء تدافع عند بوابة مركز التوزيع."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.WOUNDED);
          assertThat(f.vague()).isTrue();
          assertThat(f.group()).isNull();
        });
  }

  @Test
  void aYearBeforeACauseIsNoCount() {
    assertThat(figures("وكان اللاعب قد غاب عن مونديال 2002 بسبب الإصابة، قبل أن يعود إلى المنتخب."))
        .noneMatch(f -> f.value() == 2002);
  }

  @Test
  void aCountedGroupBeforeTheCauseStays() {
    assertThat(figures("قتل ثلاثة مدنيين جراء القصف المدفعي على البلدة أمس."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(3);
          assertThat(f.group()).isEqualTo("مدنيين");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال إن الولايات المتحدة بعد أحداث 11 سبتمبر قتلت الكثير من المدنيين.",
      "وكان الجيش قد أعلن في 13 كانون الأول قتل عدد من المسلحين.",
  })
  void aDayAndMonthIsNoCount(String text) {
    assertThat(figures(text)).noneMatch(f -> f.value() == 11 || f.value() == 13);
  }
}
