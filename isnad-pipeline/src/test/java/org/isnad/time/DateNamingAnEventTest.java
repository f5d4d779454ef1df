package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "هجمات 11 سبتمبر", "قوى 14 آذار": a day and month without year after a noun that names an event or a
 * movement by its date is no day near the article's; the year stays unknown (it was the latest
 * September, the next March).
 */
class DateNamingAnEventTest {

  @Test
  void aDateNamingAnEventHasNoYear() {
    TimeMention m = only("تحمل ازمة الاثار الاقتصادية التي ترتبت علي هجمات 11 سبتمبر علي الولايات المتحدة");
    assertThat(m.text()).isEqualTo("11 سبتمبر");
    assertThat(m.value()).isEqualTo("XXXX-09-11");
    assertThat(m.start()).isNull();
    assertThat(only("ورجح أن ترفض قوى 14 آذار هذه الدعوة").value()).isEqualTo("XXXX-03-14");
    assertThat(only("كما التقت رايس بعض قيادات قوى الرابع عشر من آذار المعارضة لحزب الله").value())
        .isEqualTo("XXXX-03-14");
    assertThat(only("في مأمن داخل عزلتنا حتى جاءت احداث 11 سبتمبر فانقلبت الموازين").start()).isNull();
    assertThat(only("المتهم الوحيد في هجمات سبتمبر ، الذي يقضي عقوبة السجن").value()).isEqualTo("XXXX-09");
    assertThat(only("عقب اعتداءات الحادي عشر من سبتمبر التي شنت بطائرات").value()).isEqualTo("XXXX-09-11");
  }

  @Test
  void aDateWithItsYearOrAfterAPrepositionIsADay() {
    // unchanged: the year given, a direction word, a preposition before the date
    assertThat(only("قائد منفذي هجمات الحادي عشر من سبتمبر / أيلول 2001 ، محمد عطا").value())
        .isEqualTo("2001-09-11");
    assertThat(only("وقررت المنظمة في اجتماعها في فيينا في 11 سبتمبر ابقاء السقف").value())
        .isEqualTo("2025-09-11");
    assertThat(only("وقعت هجمات الشهر الماضي في العاصمة").value()).isEqualTo("2025-11");
    assertThat(only("وتواصلت الهجمات في 14 آذار الماضي").value()).isEqualTo("2025-03-14");
    // "حدث" is also "happened", and "ضربة 9 أكتوبر" the news' own strike (review of 2026-12-07)
    assertThat(only("إن القصف الذي حدث 7 أكتوبر أسفر عن مقتل 5 أشخاص").value()).endsWith("-10-07").doesNotStartWith("X");
    assertThat(only("وقتل 6 أشخاص في ضربة 9 أكتوبر على الضاحية الجنوبية").value()).endsWith("-10-09").doesNotStartWith("X");
  }
}
