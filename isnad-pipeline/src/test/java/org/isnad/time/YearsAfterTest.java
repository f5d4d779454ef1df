package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * "بعد" and years, decades or centuries counts from a past event ("وصلت بعد 8 سنوات"): a length, no
 * year to come. Days, weeks and months after "بعد" stay days to come ("بعد أسبوعين").
 */
class YearsAfterTest {

  @Test
  void yearsAfterAreALengthNoFutureYear() {
    TimeMention m = only("رسائل وطرود للفلسطينيين احتجزتها إسرائيل تصل أريحا بعد 8 سنوات");
    assertThat(m.type()).isEqualTo(TimexType.DURATION);
    assertThat(m.value()).isEqualTo("P8Y");
    assertThat(only("توقف تصدير النفط العراقي بعد ثلاثة عقود").value()).isEqualTo("P3DE");
    assertThat(tag("بعد عام على اندلاع الحرب لا يزال القتال مستمرا")).isEmpty();
  }

  @Test
  void shorterLengthsAfterAndYearsBeforeStayDates() {
    // unchanged
    assertThat(only("ستجري الانتخابات بعد أسبوعين").value()).isEqualTo("2025-W52");
    assertThat(only("وسيعود الوفد بعد ثلاثة أيام").value()).isEqualTo("2025-12-13");
    assertThat(only("قبل عشرين عاما قتل والده في المدينة").value()).isEqualTo("2005");
  }
}
