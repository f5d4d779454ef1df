package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "أحد" before a relative pronoun and a casualty verb ("أحد الذين اعتقلوا"، the ANERcorp "ستيوارت وايت
 * ، 21 عاما ، أحد الذين اعتقلوا في خلية") describes someone as one of a group, like "أحد الموقوفين": a
 * partitive, no count. "أحد" as the object of the casualty word still counts one.
 */
class OneOfThoseTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال إن ستيوارت وايت ، 21 عاما ، أحد الذين اعتقلوا في خلية الإرهاب السائل دخل الإسلام قبل عامين.",
      "وكان أحد الذين أصيبوا في الهجوم قد غادر المستشفى.",
  })
  void oneOfThoseIsNoCount(String text) {
    assertThat(figures(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واعتقلت الشرطة أحد المشتبه بهم في التفجير.|ARRESTED",
      "وأصيب أحد المواطنين بجروح في الانفجار.|WOUNDED",
  })
  void oneAfterTheCasualtyWordStays(String text, FigureKind kind) {
    assertThat(figures(text)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.value()).isEqualTo(1);
    });
  }
}
