package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A separate pronoun after a count ("الشهداء الثلاثة هم ..."، "قتل ثمانية هم أربعة رجال") opens what
 * names the people counted: the count stays, the pronoun is never its group. On sentences written for
 * these tests in the style of the ANERcorp news that showed the error.
 */
class PronounIsNoGroupTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأكد مصدر في حركة الجهاد الإسلامي أن الشهداء الثلاثة هم صالح عبد الغفور وبسام شراب.|KILLED|3",
      "وأعلن الجيش الأميركي أنه قتل ثمانية هم أربعة رجال وأربع نساء في الغارة.|KILLED|8",
      "وقالت الشرطة إن المعتقلين الخمسة هم من سكان الحي.|ARRESTED|5",
      "وأفاد مصدر طبي بأن عدد القتلى بلغ خمسة بينهم طفل كان يمر في المكان.|KILLED|5",
  })
  void aPronounIsNoGroup(String text, FigureKind kind, long value) {
    assertThat(figures(text)).filteredOn(f -> f.kind() == kind).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(value);
      assertThat(f.group()).isNull();
    });
  }

  @org.junit.jupiter.api.Test
  void aCountBeforeTheNounIsTheWholeNotThePartAfterIt() {
    assertThat(figures("وقال إن المستشفى استقبل جثث خمسة قتلى، إضافة إلى تسعة جرحى حالة ثلاثة منهم حرجة."))
        .filteredOn(f -> f.kind() == FigureKind.WOUNDED).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(9));
  }

  @org.junit.jupiter.api.Test
  void hisDeathWithOthersIsNoCountOfOne() {
    assertThat(figures("وانفجرت عبوة ناسفة بسيارة مدير الأمن، ما أدى إلى مقتله مع عدد من مرافقيه ومدنيين."))
        .noneMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 1);
    assertThat(figures("وأطلق مجهولون النار على سيارة مدير الناحية، ما أسفر عن مقتله."))
        .anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل ثلاثة جنود أميركيين في الهجوم.|3|جنود أميركيين",
      "وأسفر الهجوم عن مقتل خمسة من عناصر الشرطة.|5|من عناصر الشرطة",
  })
  void aNounStaysTheGroup(String text, long value, String group) {
    assertThat(figures(text)).filteredOn(f -> f.kind() == FigureKind.KILLED).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(value);
      assertThat(f.group()).isEqualTo(group);
    });
  }
}
