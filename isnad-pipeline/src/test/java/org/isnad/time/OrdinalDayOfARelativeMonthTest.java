package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "في الرابع والعشرين من الشهر الجاري": the tens of a compound ordinal are no day of their own; it was
 * "والعشرين من الشهر الجاري", the 20th. The month is read, as for "العاشر من الشهر الحالي".
 */
class OrdinalDayOfARelativeMonthTest {

  @Test
  void theTensOfAnOrdinalAreNoDay() {
    TimeMention m = only("تقام الجولة على حلبة انترلاجوس بالبرازيل في الرابع والعشرين من الشهر الجاري");
    assertThat(m.text()).isEqualTo("الشهر الجاري");
    assertThat(m.value()).isEqualTo("2025-12");
    assertThat(only("مؤتمرا تستضيفه إيطاليا في السادس والعشرين من الشهر الجاري").value()).isEqualTo("2025-12");
  }

  @Test
  void daysWrittenWholeStay() {
    // unchanged: a day in figures, a cardinal day, a compound ordinal with a month name
    assertThat(only("الانقلاب العسكري في ال ـ 19 من الشهر الجاري").value()).isEqualTo("2025-12-19");
    assertThat(only("وجرت الانتخابات في العشرين من الشهر الجاري").value()).isEqualTo("2025-12-20");
    assertThat(only("وقع الهجوم في الخامس والعشرين من تشرين الأول").value()).isEqualTo("2025-10-25");
  }
}
