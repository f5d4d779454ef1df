package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.isnad.lang.Language;
import org.isnad.model.Dateline;
import org.junit.jupiter.api.Test;

/** One test per dateline form, on sentences written in the style of Arabic wire copy. */
class DatelineFinderTest {

  private static final Language AR = Language.arabic();
  private final DatelineFinder finder = new DatelineFinder(AR, OutletTable.bundled(AR));

  private Optional<Dateline> find(String paragraph) {
    List<Line> lines = Lines.ofText(paragraph, AR.normalizer());
    return finder.find(paragraph, lines.get(0));
  }

  @Test
  void testPlaceAndDash() {
    Dateline d = find("عمّان - أعلنت الحكومة الأردنية اليوم عن خطة جديدة.").orElseThrow();
    assertThat(d.place()).isEqualTo("عمّان");
    assertThat(d.credit()).isEmpty();
    assertThat(d.span().in("عمّان - أعلنت")).isEqualTo("عمّان - ");
  }

  @Test
  void testPlaceDashAndNewsroomCreditWithColon() {
    String p = "بيروت –غرفة الأخبار: قال مصدر أمني إن الانفجار وقع فجرا.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("بيروت");
    assertThat(d.credit()).isEqualTo("غرفة الأخبار");
    assertThat(p.substring(d.span().end())).startsWith("قال");
  }

  @Test
  void testAgencyInParentheses() {
    Dateline d = find("القاهرة (رويترز) - قالت وزارة الصحة إن عدد المصابين ارتفع.").orElseThrow();
    assertThat(d.place()).isEqualTo("القاهرة");
    assertThat(d.credit()).isEqualTo("رويترز");
  }

  @Test
  void testSlashAndKnownAgency() {
    Dateline d = find("أنقرة/ الأناضول: أعلنت السلطات التركية توقيف مشتبه بهم.").orElseThrow();
    assertThat(d.place()).isEqualTo("أنقرة");
    assertThat(d.credit()).isEqualTo("الأناضول");
  }

  @Test
  void testTwoWordPlace() {
    Dateline d = find("دير الزور - شهدت المدينة حركة نزوح واسعة.").orElseThrow();
    assertThat(d.place()).isEqualTo("دير الزور");
  }

  @Test
  void testASentenceAfterTheDashIsNotACredit() {
    String p = "دمشق - هدد التنظيم بشن هجمات جديدة: وقال في بيانه إن الحرب مستمرة.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.credit()).isEmpty();
    assertThat(p.substring(d.span().end())).startsWith("هدد");
  }

  @Test
  void testProseWithoutDashHasNoDateline() {
    assertThat(find("أفاد مصدر أمني باعتقال خمسة أشخاص في ريف المدينة.")).isEmpty();
  }

  @Test
  void testDashLateInTheSentenceIsNotADateline() {
    assertThat(find("وفي العاصمة أعلنت وزارة الدفاع أن الهجوم - الذي خلّف ثلاثة مصابين - وقع ليلا.")).isEmpty();
  }
}
