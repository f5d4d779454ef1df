package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import java.util.List;
import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "ديسمبر / كانون الاول عام 2000": the year written after the word "year" belongs to the month; the
 * month alone took the latest December before the reference, a wrong year.
 */
class MonthThenYearWordTest {

  @Test
  void theYearAfterTheWordYearIsTheMonthsYear() {
    TimeMention m = only("في ديسمبر / كانون الاول عام 2000 ، قامت الامم المتحدة بمراجعة نسبة التقييم");
    assertThat(m.text()).isEqualTo("ديسمبر / كانون الاول عام 2000");
    assertThat(m.value()).isEqualTo("2000-12");
    assertThat(only("داهمته الشرطة في يناير ( كانون الثاني ) عام 2003").value()).isEqualTo("2003-01");
    assertThat(only("وقع الحادث في سبتمبر من العام 2003 كان").value()).isEqualTo("2003-09");
    assertThat(only("ويشير إلى أنه تم تسجيله في الثامن عشر من يناير / كانون الثاني عام 2000").value())
        .isEqualTo("2000-01-18");
    assertThat(only("صدر ملحق مع عددها الصادر يوم 21 فبراير / شباط عام 1999").value())
        .isEqualTo("1999-02-21");
    assertThat(only("ولد في يناير سنة 1944 في القاهرة").value()).isEqualTo("1944-01");
  }

  @Test
  void aHijriDateKeepsItsYearAfterTheWordYear() {
    TimeMention m = only("قتل الإمام علي في 21 من رمضان سنة 40 للهجرة بعد ضربة بالسيف");
    assertThat(m.text()).isEqualTo("21 من رمضان سنة 40 للهجرة");
    assertThat(m.value()).startsWith("0661-");
  }

  @Test
  void withoutANumberAfterTheYearWordTheMonthStandsAlone() {
    // unchanged: the month alone, and "عام" that is "general"; a Gregorian year after a Hijri month
    List<TimeMention> all = tag("وعقد في مارس عامين من المفاوضات");
    assertThat(all.get(0).value()).isEqualTo("2026-03"); // the nearest March
    assertThat(only("اجتمعوا في نوفمبر الماضي").value()).isEqualTo("2025-11");
    assertThat(tag("وقال رمضان عام 1992 إنه")).extracting(TimeMention::value).containsExactly("1992");
  }
}
