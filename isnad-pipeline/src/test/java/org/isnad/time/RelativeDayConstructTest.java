package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * The day words in construct: "يوم غد", "يوم أمس", "بعد غد الثلاثاء", "أول أمس الجمعة" are one day;
 * the bare noun "غد" of "غد أفضل" is the future, no date.
 */
class RelativeDayConstructTest {

  private static final LocalDate SUNDAY = LocalDate.of(2025, 12, 14);

  private static List<TimeMention> tag(String text) {
    return Tagging.tag(text, SUNDAY);
  }

  private static TimeMention only(String text) {
    return Tagging.only(text, SUNDAY);
  }

  @Test
  void theDayNounBeforeTomorrowOrYesterdayIsOneDateNoLength() {
    TimeMention m = only("وسيعود الوزير يوم غد إلى عمان بعد جولة في المنطقة");
    assertThat(m.text()).isEqualTo("يوم غد");
    assertThat(m.value()).isEqualTo("2025-12-15");
    assertThat(only("وكان الوفد قد وصل يوم أمس إلى القاهرة").value()).isEqualTo("2025-12-13");
    // unchanged: the day noun before a weekday, and alone as a length
    assertThat(only("وقعت الغارة يوم الخميس على البلدة").value()).isEqualTo("2025-12-11");
    TimeMention day = only("استمر الإضراب يوما كاملا في المدينة");
    assertThat(day.type()).isEqualTo(TimexType.DURATION);
    assertThat(day.value()).isEqualTo("P1D");
  }

  @Test
  void theDayAfterTomorrowWithItsWeekdayIsOneDay() {
    TimeMention m = only("يفتتح الوزير بعد غد الثلاثاء المعرض الدولي للكتاب");
    assertThat(m.text()).isEqualTo("بعد غد الثلاثاء");
    assertThat(m.value()).isEqualTo("2025-12-16");
    TimeMention before = only("وكانت المواجهات قد اندلعت أول أمس الجمعة في المخيم");
    assertThat(before.text()).isEqualTo("أول أمس الجمعة");
    assertThat(before.value()).isEqualTo("2025-12-12");
    // unchanged: without a weekday
    assertThat(only("وتعقد الجلسة بعد غد في البرلمان").value()).isEqualTo("2025-12-16");
  }

  @Test
  void theBareNounTomorrowIsTheFutureNoDate() {
    assertThat(tag("ويأمل الشباب في غد أفضل لبلادهم بعد سنوات الحرب")).isEmpty();
    assertThat(tag("دعا إلى العمل من أجل غد مشرق للأجيال")).isEmpty();
    assertThat(tag("وقال إن الطريق إلى غد أفضل يمر بالحوار")).isEmpty();
    // unchanged: the adverb, the definite noun, and the noun in construct
    assertThat(only("يعقد المجلس جلسته غدا في العاصمة").value()).isEqualTo("2025-12-15");
    assertThat(only("تنطلق الفعاليات مساء غد في المسرح").value()).isEqualTo("2025-12-15TEV");
    assertThat(only("ويتوقع أن يصل الوفد في الغد إلى بغداد").value()).isEqualTo("2025-12-15");
  }
}
