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
 * A vague amount before the dead and the wounded joined with the article ("عشرات القتلى والجرحى"، the
 * ANERcorp "وقد سقط أمس عشرات القتلى والجرحى بسلسلة هجمات") counts both together: neither the dead nor
 * the wounded. A vague amount of one kind, and the other kind counted apart, stay.
 */
class VagueDeadAndWoundedTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقد سقط أمس عشرات القتلى والجرحى بسلسلة هجمات في بغداد.",
      "وأسفر القصف عن سقوط مئات الشهداء والجرحى في القطاع.",
      "وخلفت الغارات عشرات القتلى والمصابين في المدينة.",
  })
  void theDeadAndTheWoundedTogetherAreNeither(String text) {
    assertThat(figures(text)).as("%s", text).isEmpty();
  }

  @Test
  void eachKindCountedApartStays() {
    assertThat(figures("وأسفر الهجوم عن 14 قتيلا وعشرات الجرحى في السوق."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 14L),
            org.assertj.core.groups.Tuple.tuple(FigureKind.WOUNDED, 20L));
    assertThat(figures("وأحصى المستشفى عشرات القتلى في الغارة."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 20L));
  }
}
