package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * A Hijri month without a year is a date after the word "شهر" or with a direction word ("خلال شهر
 * رمضان", "في رمضان الماضي"), and "شهر" before a month name is no length of one month.
 */
class HijriMonthNamedTest {

  @Test
  void theMonthWordBeforeAMonthNameIsNoLength() {
    TimeMention m = only("وقتل عشرة أشخاص خلال شهر رمضان في هجمات متفرقة");
    assertThat(m.text()).isEqualTo("شهر رمضان");
    assertThat(m.type()).isEqualTo(TimexType.DATE);
    assertThat(m.value()).isEqualTo("2026-02-18/2026-03-19"); // the nearest Ramadan
    assertThat(only("وارتفعت الأسعار في شهر مارس الماضي").value()).isEqualTo("2025-03");
    // unchanged: the month word alone is a length
    assertThat(only("استمر الإضراب شهرا كاملا").value()).isEqualTo("P1M");
    assertThat(only("اعتقل منذ شهر في نابلس").value()).isEqualTo("P1M");
  }

  @Test
  void aHijriMonthWithADirectionWordIsTheLastOrNextOne() {
    assertThat(only("وفي رمضان الماضي قتل خمسة أشخاص في المدينة").value())
        .isEqualTo("2025-03-01/2025-03-29");
    assertThat(only("ويبدأ شهر رمضان المقبل بعد أسابيع").value()).isEqualTo("2026-02-18/2026-03-19");
    assertThat(only("وأدى الحجاج المناسك في ذي الحجة الماضي").value()).isEqualTo("2025-05-28/2025-06-25");
  }

  @Test
  void aHijriMonthAloneStaysAWord() {
    // the name of a man, and a Hijri month with neither year, month word nor direction
    assertThat(tag("وقال رمضان إن الحكومة قررت رفع الأسعار")).isEmpty();
    assertThat(tag("التقى الوزير محمد رجب في مكتبه")).isEmpty();
  }
}
