package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/** Dates written in figures: day, month and year with one separator ("30/8/2006", "2006-08-30"). */
class NumericDateTest {

  @Test
  void aDateInFiguresIsThatDay() {
    TimeMention m = only("في 13 / 12 / 1999 أصبحت روسيا يلتسين روسيا بوتين");
    assertThat(m.text()).isEqualTo("13 / 12 / 1999");
    assertThat(m.value()).isEqualTo("1999-12-13");
    assertThat(only("وقعت الحادثة في 5/3/2024 قرب المدينة").value()).isEqualTo("2024-03-05");
    assertThat(only("وأعلن بتاريخ 2006-08-30 عن الاتفاق").value()).isEqualTo("2006-08-30");
    TimeMention weekday = only("توفي الروائي الأربعاء 30 - 8 - 2006 في القاهرة");
    assertThat(weekday.text()).isEqualTo("الأربعاء 30 - 8 - 2006");
    assertThat(weekday.value()).isEqualTo("2006-08-30");
  }

  @Test
  void figuresThatAreNoDateStayOut() {
    // a score, mixed separators, an impossible month, a phone number
    assertThat(tag("فاز الفريق 3-1 على منافسه في المباراة")).isEmpty();
    assertThat(only("صدر القرار 12/5-2005 عن المجلس").value()).isEqualTo("2005");
    assertThat(only("سجل في 31/13/2005 في الدفتر").value()).isEqualTo("2005");
    assertThat(only("وقع الهجوم في 31 / 4 / 2024 وفق الشهود").value()).isEqualTo("2024"); // April has 30 days
    assertThat(tag("للاستفسار اتصل بالرقم 05-123-4567")).isEmpty();
  }
}
