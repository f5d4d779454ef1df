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
 * In a sentence that reports a match (a word of the lexicon's {@code sport} category: "الشوط"، "خط الهجوم"،
 * "مرماه") with no violent word but an attack or a clash, one wounded is a player's injury and one
 * rescued a goalkeeper's save: no figure (the ANERcorp sentences below). Counts of people hurt at a
 * match, and a violent event beside it, stay.
 */
class MatchReportsTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وفى الشوط الثاني فرض العربي سيطرته خاصة في الهجمات المرتدة مستغلا اندفاع الشمال لإدراك التعادل حيث أنقذ حارس العربي أحمد خليل مرماه من هدف محقق.",
      "ويعتمد فيرغوسن في خط الوسط على رونالدو وسكولز الذين بإمكانهم التقدم إلى خط الهجوم في حال إصابة أحد المهاجمين الأساسيين في الفريق.",
  })
  void aPlayersInjuryOrASaveIsNoFigure(String text) {
    assertThat(figures(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيب 20 مشجعا في تدافع عند مدخل الملعب قبل المباراة.|20",
      "وأصيب 5 أشخاص بجروح في انفجار عبوة ناسفة قرب الملعب خلال المباراة.|5",
      "وأصيب مدني بجروح في انفجار عبوة ناسفة قرب الملعب قبل المباراة.|1",
      "وأصيب شرطي في هجوم على الجماهير بعد انتهاء المباراة.|1",
  })
  void peopleHurtAtAMatchStay(String text, long value) {
    assertThat(figures(text)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FigureKind.WOUNDED);
      assertThat(f.value()).isEqualTo(value);
    });
  }

  @org.junit.jupiter.api.Test
  void oneWoundedBesideAKillingAtAMatchStays() {
    assertThat(figures("وقتل مشجع وأصيب آخر في هجوم مسلح على حافلة الفريق عقب المباراة."))
        .anyMatch(f -> f.kind() == FigureKind.WOUNDED && f.value() == 1);
  }
}
