package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * "ذات يوم", "في يوم من الأيام", "يوما ما" (one day, some day), "أحد أشهر الفنانين" (one of the most
 * famous) are no length of one day or month; "يوما بعد يوم" is day after day, and its "بعد يوم" no
 * tomorrow; "في ذات اليوم" is the same day as one named before, not today.
 */
class OneDayIsNoLengthTest {

  @Test
  void oneDayIsNoLength() {
    assertThat(tag("رؤية الكهوف التي كان يعيش فيها الكهنة ذات يوم")).isEmpty();
    assertThat(tag("أظن أن هذه الوسائط المتقدمة يمكن أن تنفي الأدب في يوم من الأيام")).isEmpty();
    assertThat(tag("أفكر الآن باكمال رحلتي يوماً ما الي مدينة سنغافورة")).extracting(TimeMention::text)
        .containsExactly("الآن");
    assertThat(tag("فربما يستيقظ ليوناردو صباح أحد الأيام وقد عادت ذاكرته")).isEmpty();
    assertThat(tag("أنتج الرسوم التي جعلته أحد أشهر الفنانين العالميين")).isEmpty();
  }

  @Test
  void dayAfterDayIsARecurrenceAndTheSameDayNoToday() {
    TimeMention m = only("يجب ان يكون تعزيز قدرات المعارضة العراقية يوما بعد يوم مع تحطيمنا");
    assertThat(m.text()).isEqualTo("يوما بعد يوم");
    assertThat(m.type()).isEqualTo(TimexType.SET);
    assertThat(m.value()).isEqualTo("P1D");
    assertThat(tag("وقد اعتقل في ذات اليوم ثلاثة آخرون")).isEmpty();
    assertThat(tag("وفي نفس اليوم اعتقل ثلاثة آخرون")).isEmpty();
  }

  @Test
  void aDayThatIsALengthOrADateStays() {
    // unchanged
    assertThat(only("استمر الإضراب يوما واحدا وشارك فيه 300 عامل").value()).isEqualTo("P1D");
    assertThat(only("وسيستمر المعرض شهرا في متحف الفن المعاصر").value()).isEqualTo("P1M");
    assertThat(only("وتعود البعثة بعد يوم من وصولها").value()).isEqualTo("P1D");
    assertThat(only("وقال الوزير اليوم إن المحادثات مستمرة").value()).isEqualTo("2025-12-10");
    assertThat(only("وقتل في الهجوم أحد عشر شخصا خلال ثلاثة أيام").value()).isEqualTo("P3D");
  }
}
