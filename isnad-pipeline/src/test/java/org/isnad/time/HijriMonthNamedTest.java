package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * A Hijri month without a year is a date after the word "شهر" or with a direction word ("خلال شهر
 * رمضان", "في رمضان الماضي"), and "شهر" before a month name is no length of one month.
 */
class HijriMonthNamedTest {

  /** A Wednesday of Jumada al-Akhira 1447; Ramadan 1446 was March 2025, Ramadan 1447 is Feb-March 2026. */
  private static final LocalDate REF = LocalDate.of(2025, 12, 10);

  private static List<TimeMention> tag(String text) {
    return Tagging.tag(text, REF);
  }

  private static TimeMention only(String text) {
    return Tagging.only(text, REF);
  }

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
