package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "في الرابع والعشرين من الشهر الجاري": a compound ordinal day of the month named by its shift from the
 * reference's is that day (the tens are no day of their own), as "العاشر من الشهر الحالي" is the 10th.
 */
class OrdinalDayOfARelativeMonthTest {

  @Test
  void aCompoundOrdinalOfTheCurrentMonthIsItsDay() {
    TimeMention m = only("تقام الجولة على حلبة انترلاجوس بالبرازيل في الرابع والعشرين من الشهر الجاري");
    assertThat(m.text()).isEqualTo("الرابع والعشرين من الشهر الجاري");
    assertThat(m.value()).isEqualTo("2025-12-24");
    assertThat(only("مؤتمرا تستضيفه إيطاليا في السادس والعشرين من الشهر الجاري").value()).isEqualTo("2025-12-26");
  }

  @Test
  void daysWrittenWholeStay() {
    // unchanged: a day in figures, a cardinal day, a compound ordinal with a month name
    assertThat(only("الانقلاب العسكري في ال ـ 19 من الشهر الجاري").value()).isEqualTo("2025-12-19");
    assertThat(only("وجرت الانتخابات في العشرين من الشهر الجاري").value()).isEqualTo("2025-12-20");
    assertThat(only("وقع الهجوم في الخامس والعشرين من تشرين الأول").value()).isEqualTo("2025-10-25");
  }
}
