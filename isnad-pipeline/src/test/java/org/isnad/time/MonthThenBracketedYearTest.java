package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import java.util.List;
import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * "شباط ( 1948 )", "ايلول ( 21 / 9 / 1929 )": the year, or the date in figures, in brackets after a
 * month is that month's; the month alone took the nearest such month to the reference.
 */
class MonthThenBracketedYearTest {

  @Test
  void aYearInBracketsIsTheMonthsYear() {
    TimeMention m = only("القرى التي تم طرد وتهجير اهلها : شباط ( 1948 ) من حيث عدد السكان");
    assertThat(m.text()).isEqualTo("شباط ( 1948");
    assertThat(m.value()).isEqualTo("1948-02");
    assertThat(only("اخبار الأونروا عدد 61 ، تموز ( 1983 ) .").value()).isEqualTo("1983-07");
    assertThat(only("بيان صادر عن حركة حماس في 5 نيسان ( 1988 ) .").value()).isEqualTo("1988-04-05");
  }

  @Test
  void theSameMonthInFiguresInBracketsIsOneDate() {
    TimeMention m = only("جريدة فلسطين / ايلول ( 21 / 9 / 1929 ) .");
    assertThat(m.text()).isEqualTo("ايلول ( 21 / 9 / 1929");
    assertThat(m.value()).isEqualTo("1929-09-21");
  }

  @Test
  void aNumberInBracketsThatIsNoYearLeavesTheMonthAlone() {
    // unchanged: a count in brackets, another month in figures, the month's other name in brackets
    List<TimeMention> all = tag("وأرسلت في أغسطس ( 2000 جندي ) إلى المنطقة");
    assertThat(all).extracting(TimeMention::value).contains("2025-08");
    assertThat(tag("جريدة فلسطين / ايلول ( 21 / 10 / 1929 ) .")).extracting(TimeMention::value)
        .containsExactly("2025-09", "1929-10-21");
    assertThat(only("وقع في نوفمبر (تشرين الثاني) 2024 في المدينة").value()).isEqualTo("2024-11");
  }
}
