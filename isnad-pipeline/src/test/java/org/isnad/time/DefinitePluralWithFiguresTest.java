package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "الساعات الـ24 الماضية": a definite plural unit with its number in figures after the article written
 * apart is a length, as "الساعات الأربع والعشرين الماضية" is (which was 4 hours).
 */
class DefinitePluralWithFiguresTest {

  @Test
  void figuresAfterTheArticleWrittenApartAreTheLength() {
    TimeMention m = only("وقتل 20 شخصا خلال الساعات الـ24 الماضية في المدينة");
    assertThat(m.text()).isEqualTo("الساعات الـ24 الماضية");
    assertThat(m.value()).isEqualTo("PT24H");
    assertThat(only("وسيتم الإعلان خلال الأيام الـ10 المقبلة").value()).isEqualTo("P10D");
  }

  @Test
  void unitsAndTensInWordsAreOneNumber() {
    TimeMention m = only("وقتل 20 شخصا خلال الساعات الأربع والعشرين الماضية");
    assertThat(m.text()).isEqualTo("الساعات الأربع والعشرين الماضية");
    assertThat(m.value()).isEqualTo("PT24H");
  }

  @Test
  void otherPluralsStay() {
    // unchanged
    assertThat(only("خلال السنوات الخمس الماضية").value()).isEqualTo("P5Y");
    assertThat(only("خلال الأيام الماضية").value()).isEqualTo("PAST_REF");
    assertThat(only("خلال الـ24 ساعة الماضية").value()).isEqualTo("PT24H");
  }
}
