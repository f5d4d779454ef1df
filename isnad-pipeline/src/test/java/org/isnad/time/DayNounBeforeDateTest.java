package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import java.util.List;
import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.junit.jupiter.api.Test;

/** "يوم 23 يناير": the day noun before a date belongs to the date; it is no length of one day. */
class DayNounBeforeDateTest {

  @Test
  void theDayNounBeforeADateIsPartOfIt() {
    TimeMention m = only("وافته المنية يوم 30 ابريل / نيسان 1998 في لندن");
    assertThat(m.text()).isEqualTo("يوم 30 ابريل / نيسان 1998");
    assertThat(m.value()).isEqualTo("1998-04-30");
    assertThat(only("وكان الانقلاب قد وقع يوم 19 سبتمبر الماضي").value()).isEqualTo("2025-09-19");
    TimeMention ordinal = only("وقد اختطف القسيس يوم الخامس عشر من أغسطس الماضي");
    assertThat(ordinal.text()).isEqualTo("يوم الخامس عشر من أغسطس الماضي");
    assertThat(ordinal.value()).isEqualTo("2025-08-15");
  }

  @Test
  void theDayNounBeforeANumberThatIsNoDateStaysALength() {
    // unchanged: "يوم" before a number with no month, and alone
    List<TimeMention> all = tag("استمر الإضراب يوما واحدا وشارك فيه 300 عامل");
    assertThat(all).extracting(TimeMention::type).containsExactly(TimexType.DURATION);
    assertThat(only("وقعت الغارة يوم الخميس على البلدة").value()).isEqualTo("2025-12-04");
  }
}
