package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import java.util.List;
import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/** "الأشهر الثلاثة الماضية": a definite plural unit with its number is a length of that many units. */
class DefinitePluralLengthTest {

  @Test
  void aDefinitePluralWithItsNumberIsALength() {
    TimeMention m = only("قتل 20 شخصا خلال الأشهر الثلاثة الماضية في المدينة");
    assertThat(m.text()).isEqualTo("الأشهر الثلاثة الماضية");
    assertThat(m.type()).isEqualTo(TimexType.DURATION);
    assertThat(m.value()).isEqualTo("P3M");
    assertThat(only("وأعتقد أن السنوات الخمس الماضية كانت سيئة للصحفيين").value()).isEqualTo("P5Y");
    assertThat(only("وستجري الانتخابات في الأيام الخمسة عشر المقبلة").value()).isEqualTo("P15D");
    assertThat(only("وارتفعت الأسعار في السنوات العشر الأخيرة").text()).isEqualTo("السنوات العشر");
  }

  @Test
  void withoutAnAgreeingNumberThePluralIsNoLength() {
    // unchanged: the plural with a direction alone is vague, and years listed after it are years
    assertThat(only("قتل 20 شخصا خلال الأيام الماضية").value()).isEqualTo("PAST_REF");
    List<TimeMention> years = tag("وفي السنوات 2010 و2011 وقعت حروب");
    assertThat(years).extracting(TimeMention::value).containsExactly("2010", "2011");
  }
}
