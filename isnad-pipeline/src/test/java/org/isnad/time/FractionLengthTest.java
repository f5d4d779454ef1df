package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/** Halves and quarters of a unit: "نصف ساعة" PT30M, "ربع قرن" P25Y, "ساعة ونصف" PT90M. */
class FractionLengthTest {

  @Test
  void aFractionBeforeAUnitIsThatPartOfIt() {
    TimeMention m = only("وانتظر الجرحى نصف ساعة قبل وصول سيارات الإسعاف");
    assertThat(m.text()).isEqualTo("نصف ساعة");
    assertThat(m.value()).isEqualTo("PT30M");
    assertThat(only("ونشرت المجلة ملفا بعنوان مصر واسرائيل: ربع قرن على معاهدة السلام").value())
        .isEqualTo("P25Y");
    assertThat(only("واستمر الحصار نصف قرن").value()).isEqualTo("P50Y");
    assertThat(only("وقضى في المستشفى نصف عام").value()).isEqualTo("P6M");
  }

  @Test
  void aHalfAfterALengthAddsHalfAUnit() {
    TimeMention m = only("واستمرت المعركة ساعة ونصف في محيط المطار");
    assertThat(m.text()).isEqualTo("ساعة ونصف");
    assertThat(m.value()).isEqualTo("PT90M");
    assertThat(only("وقضى في السجن ثلاث سنوات ونصف").value()).isEqualTo("P42M");
    assertThat(only("وحكم عليه بالسجن عاما ونصف العام").text()).isEqualTo("عاما ونصف العام");
    TimeMention more = only("اولويات النخبة منذ اكثر من قرن ونصف");
    assertThat(more.value()).isEqualTo("P150Y");
    assertThat(more.mod()).isEqualTo("MORE_THAN");
  }

  @Test
  void aFractionOfSomethingElseIsNoLength() {
    // unchanged: "نصف" before a noun that is no unit, and a unit alone
    assertThat(tag("وأكد أن نصف السكان نزحوا من المدينة")).isEmpty();
    assertThat(only("وانتظر الجرحى ساعة قبل وصول الإسعاف").value()).isEqualTo("PT1H");
    // a quarter of a week is no whole number of days: nothing rather than a week
    assertThat(tag("لم يمض ربع أسبوع على الاتفاق")).isEmpty();
  }
}
