package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/** "بعد ثلاثة أيام على الهجوم": counted from the event after "على", as after "من", not from the article's day. */
class CountedFromAnEventTest {

  @Test
  void aLengthAfterAlaAndAnEventIsNoDayOfTheArticle() {
    TimeMention m = only("وبعد ثلاثة أيام على الهجوم أعلنت الجماعة مسؤوليتها");
    assertThat(m.text()).isEqualTo("ثلاثة أيام");
    assertThat(m.type()).isEqualTo(TimexType.DURATION);
    assertThat(only("وبعد شهر على وقف إطلاق النار عاد النازحون").value()).isEqualTo("P1M");
    assertThat(only("وجاء ذلك بعد أسبوعين على مقتل الصحفي").value()).isEqualTo("P2W");
  }

  @Test
  void aLengthFromTheArticlesDayStaysADate() {
    // unchanged: no event after the length, or a time word after "على"
    assertThat(only("وسيعود الوفد بعد ثلاثة أيام إلى العاصمة").value()).isEqualTo("2025-12-13");
    assertThat(only("ستجري الانتخابات بعد أسبوعين").value()).isEqualTo("2025-W52");
    // after "قبل", "على" is rather "on": "on the hill"
    assertThat(only("تأسست القرية قبل خمسين عاما على التل").value()).isEqualTo("1975");
  }
}
