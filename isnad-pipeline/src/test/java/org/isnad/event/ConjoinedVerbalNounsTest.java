package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A singular noun joined by "و" after a count is one more person ("ومدني"، "وامرأة"), but a verbal noun
 * of the pattern إفعال ("وإلحاق أضرار"، "وإحراق آليتين") is what else the event did: no one more. On
 * sentences written for these tests.
 */
class ConjoinedVerbalNounsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأسفر القصف عن جرح اثنين وإلحاق أضرار بعدد من المنازل.|WOUNDED|2",
      "وجرح ثلاثة من رجال الشرطة ومدني في انفجار سيارة مفخخة.|WOUNDED|4",
      "وأسفر الهجوم عن مقتل جنديين وإنسان آخر.|KILLED|3",
      "وأصيب طفلان وامرأة في القصف.|WOUNDED|3",
  })
  void aVerbalNounIsNoOneMore(String text, FigureKind kind, long value) {
    assertThat(Extraction.figures(text, LocalDate.of(2026, 11, 23)).stream()
        .filter(f -> f.kind() == kind).map(Figure::value))
        .containsExactly(value);
  }
}
