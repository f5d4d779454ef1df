package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.DatePrecision;
import org.isnad.model.TimeMention;
import org.isnad.model.TimexType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** One test per rule of the time grammar, on sentences written for these tests. */
class TimeTaggerTest {

  private static final TextAnalyzer TEXT = TextAnalyzer.create(Language.arabic());
  private static final TimeTagger TAGGER = TimeTagger.create(Language.arabic());
  private static final LocalDate REF = LocalDate.of(2025, 12, 14); // a Sunday

  private static AnalysedArticle analyse(String text) {
    return TEXT.analyze(org.isnad.model.Paragraphs.one(text));
  }

  private static List<TimeMention> tag(String text, LocalDate ref) {
    return TAGGER.tag(analyse(text), ref);
  }

  private static TimeMention only(String text, LocalDate ref) {
    List<TimeMention> all = tag(text, ref);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static String value(String text) {
    return only(text, REF).value();
  }

  @Test
  void rangeOfDaysIsOneMention() {
    TimeMention m = only("عقدت الجولة بين 24 و27 نوفمبر في جنيف", REF);
    assertThat(m.text()).isEqualTo("بين 24 و27 نوفمبر");
    assertThat(m.value()).isEqualTo("2025-11-24/2025-11-27");
    assertThat(m.precision()).isEqualTo(DatePrecision.RANGE);
    assertThat(value("تستمر المعارض من 24 إلى 27 تشرين الثاني المقبل")).isEqualTo("2026-11-24/2026-11-27");
  }

  @Test
  void doubledMonthNamesAreOneExpression() {
    assertThat(only("وصل الوفد في 3 نوفمبر/تشرين الثاني 2024 إلى العاصمة", REF).text())
        .isEqualTo("3 نوفمبر/تشرين الثاني 2024");
    TimeMention m = only("انتهت المهلة في 9 (نوفمبر) تشرين الثاني 2024 دون اتفاق", REF);
    assertThat(m.value()).isEqualTo("2024-11-09");
  }

  @Test
  void aRelativeDayWhoseWeekdayDisagreesIsTheLatestSuchDay() {
    LocalDate friday = LocalDate.of(2026, 11, 20);
    // a page of Friday that copied Thursday's text
    assertThat(only("استهدفت مسيرة سيارة صباح اليوم الخميس في البلدة", friday).value())
        .isEqualTo("2026-11-19TMO");
    assertThat(only("وكانت الغارة قد وقعت أمس الأربعاء", friday).value()).isEqualTo("2026-11-18");
    assertThat(only("وصل الوفد صباح اليوم الجمعة", friday).value()).isEqualTo("2026-11-20TMO");
    // a page dated before local midnight: "today Saturday" is the next day
    assertThat(only("وصل الوفد اليوم السبت", friday).value()).isEqualTo("2026-11-21");
  }

  @Test
  void aYearAfterTheOtherCalendarsMonthInBracketsIsTheDatesYear() {
    TimeMention m = only("منذ وقف إطلاق النار في 27 نوفمبر (تشرين الثاني) 2024 قتل العشرات", REF);
    assertThat(m.text()).isEqualTo("27 نوفمبر (تشرين الثاني) 2024");
    assertThat(m.value()).isEqualTo("2024-11-27");
    assertThat(value("وتنتهي الهدنة في مارس (آذار) المقبل")).isEqualTo("2026-03");
  }

  @Test
  void anOrdinalDayBeforeMinAndAMonthIsThatDay() {
    TimeMention m = only("وأعلنت الحكومة في العاشر من آذار 2024 خطة جديدة للنقل", REF);
    assertThat(m.text()).isEqualTo("العاشر من آذار 2024");
    assertThat(m.value()).isEqualTo("2024-03-10");
    assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(value("وتنتهي المهلة في الحادي عشر من أيلول المقبل")).isEqualTo("2026-09-11");
    assertThat(value("ووقعت الحادثة في الخامس والعشرين من تشرين الأول")).isEqualTo("2025-10-25");
  }

  @Test
  void dayOfMonthWithMinAndWeekday() {
    TimeMention m = only("قصفت الطائرات البلدة السبت 13 من كانون الأول", REF);
    assertThat(m.value()).isEqualTo("2025-12-13");
    assertThat(m.anchored()).isTrue();
  }

  @Test
  void yearsWithEraAndYearWord() {
    assertThat(value("تأسست الجمعية العام 2015 بمبادرة أهلية")).isEqualTo("2015");
    assertThat(value("بني الجسر عام 1998م على النهر")).isEqualTo("1998");
  }

  @Test
  void hijriDatesConvertToGregorian() {
    assertThat(value("يبدأ الصيام في 1 رمضان 1447 هـ عند المسلمين")).isEqualTo("2026-02-18");
    TimeMention y = only("صدر الكتاب سنة 1447 هـ في طبعته الأولى", REF);
    assertThat(y.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(y.start()).isEqualTo(LocalDate.of(2025, 6, 26));
  }

  @Test
  void weekdaysResolveToTheLatestOnOrBeforeTheReference() {
    assertThat(value("التقى الوزير نظيره يوم الخميس في القاهرة")).isEqualTo("2025-12-11");
    assertThat(value("يعقد المجلس جلسته الأحد المقبل")).isEqualTo("2025-12-21");
    assertThat(value("اندلع حريق مساء السبت في السوق")).isEqualTo("2025-12-13TEV");
    assertThat(only("تجمع المحتجون ليل الجمعة وسط المدينة", REF).type()).isEqualTo(TimexType.TIME);
  }

  @Test
  void aWeekdayNamingAMarketTownIsNoDate() {
    assertThat(value("سقطت قذائف على حي سكني في منطقة سوق الجمعة الثلاثاء")).isEqualTo("2025-12-09");
    assertThat(tag("وصل الوفد إلى بلدة سوق الأحد شمالي البلاد", REF)).isEmpty();
    assertThat(value("أغلق السوق الجمعة بسبب الاشتباكات")).isEqualTo("2025-12-12");
    assertThat(value("قصفت الطائرات سوق المدينة يوم الجمعة")).isEqualTo("2025-12-12");
  }

  @Test
  void relativeDays() {
    assertThat(value("أعلنت الوزارة أمس عن خطة جديدة")).isEqualTo("2025-12-13");
    assertThat(value("وقع الانفجار أول أمس قرب المطار")).isEqualTo("2025-12-12");
    assertThat(value("يصل الرئيس غدا إلى عمان")).isEqualTo("2025-12-15");
    assertThat(value("تنطلق القافلة بعد غد نحو الشمال")).isEqualTo("2025-12-16");
    assertThat(value("يصدر القرار صباح اليوم بحسب المصادر")).isEqualTo("2025-12-14TMO");
  }

  @Test
  void definiteWordAfterTodayIsNotToday() {
    assertThat(tag("احتفلت المدارس باليوم الوطني للشجرة", REF)).isEmpty();
    assertThat(tag("صرح الأمين العام للمنظمة بأن الوضع خطير", REF)).isEmpty();
  }

  @Test
  void relativePeriods() {
    assertThat(value("ارتفعت الأسعار الشهر الماضي بنسبة كبيرة")).isEqualTo("2025-11");
    assertThat(value("تراجع التضخم خلال الأسبوع الماضي")).isEqualTo("2025-W49");
    assertThat(value("تجرى الانتخابات العام المقبل وفق الدستور")).isEqualTo("2026");
    assertThat(value("هدم المبنى قبل ثلاثة أيام بالكامل")).isEqualTo("2025-12-11");
    assertThat(value("تأسست القرية قبل خمسة وتسعين عاما على التل")).isEqualTo("1930");
  }

  @Test
  void aLengthFromAnotherEventIsNoDateOfTheArticle() {
    assertThat(value("شنت المقاتلات غارات بعد يومين من هجوم للجماعة على سفينة")).isEqualTo("P2D");
    assertThat(value("وجرت الانتخابات قبل أسبوع من موعدها المقرر")).isEqualTo("P1W");
    assertThat(tag("هدم المبنى قبل ثلاثة أيام من الآن", REF).get(0).value()).isEqualTo("2025-12-11");
  }

  @Test
  void durationsWithMods() {
    TimeMention m = only("بقي المعتقل في السجن أكثر من عشرة أشهر دون محاكمة", REF);
    assertThat(m.value()).isEqualTo("P10M");
    assertThat(m.mod()).isEqualTo("MORE_THAN");
    assertThat(m.type()).isEqualTo(TimexType.DURATION);
    assertThat(value("استمر الحصار يومين كاملين")).isEqualTo("P2D");
  }

  @Test
  void seasonsDecadesCenturies() {
    assertThat(value("تشتد الحرارة في الصيف على الساحل")).isEqualTo("2025-SU");
    assertThat(value("انتشرت الأغنية في الخمسينيات بين الناس")).isEqualTo("195");
    assertThat(value("شهد القرن العشرين حربين كبيرتين")).isEqualTo("19");
    assertThat(value("بنيت القلعة في القرن الماضي على التل")).isEqualTo("19");
  }

  @Test
  void vagueReferences() {
    assertThat(value("تحسن الوضع مؤخرا في الريف")).isEqualTo("PAST_REF");
    assertThat(value("يعمل المعبر حاليا بصورة جزئية")).isEqualTo("PRESENT_REF");
  }

  @Test
  void withoutReferenceRelativeExpressionsStayAnchored() {
    TimeMention m = only("قصفت الطائرات البلدة السبت 13 من كانون الأول", null);
    assertThat(m.value()).isEqualTo("XXXX-12-13");
    assertThat(m.anchored()).isTrue();
    assertThat(m.resolved()).isFalse();
    assertThat(only("أعلنت الوزارة أمس عن خطة جديدة", null).resolved()).isFalse();
    assertThat(only("بني الجسر عام 1998م على النهر", null).resolved()).isTrue();
  }

  @Test
  void spansPointAtTheOriginalWithoutTheConjunction() {
    String text = "ووصل الوفد والعام 2015 كان صعبا";
    TimeMention m = only(text, REF);
    assertThat(m.span().in(text)).isEqualTo("العام 2015");
  }

  @Test
  void inferReferenceFromTodayWithWeekdayAndDate() {
    AnalysedArticle a = analyse("أعلنت الهيئة اليوم الأحد 14 من كانون الأول نتائج التحقيق في هجوم"
        + " أمس السبت. وكانت قد نشرت تقارير في 2016 و2019.");
    assertThat(TAGGER.inferReference(a, LocalDate.of(2026, 11, 29))).contains(LocalDate.of(2025, 12, 14));
  }

  @Test
  void inferReferenceIsEmptyWhenNoDayIsFixed() {
    AnalysedArticle a = analyse("قال المسؤول إن المفاوضات ستستمر الشهر المقبل.");
    assertThat(TAGGER.inferReference(a, LocalDate.of(2026, 11, 29))).isEmpty();
  }

  @Test
  void weekdayReferenceNamesTheLatestDayUpToTheStorysThatAgreesWithTheWeekday() {
    AnalysedArticle today = analyse("قتل 23 شخصا صباح اليوم الاثنين في قصف على سوق المدينة.");
    // the story's date is Tuesday 17 November 2026: "اليوم الاثنين" is the 16th
    assertThat(TAGGER.weekdayReference(today, LocalDate.of(2026, 11, 17))).contains(LocalDate.of(2026, 11, 16));
    assertThat(TAGGER.weekdayReference(today, LocalDate.of(2026, 11, 16))).contains(LocalDate.of(2026, 11, 16));
    AnalysedArticle yesterday = analyse("وقالت الوزارة إن الهجوم وقع أمس الأحد على الطريق الدولي.");
    // yesterday was Sunday: today is a Monday, the 16th
    assertThat(TAGGER.weekdayReference(yesterday, LocalDate.of(2026, 11, 18))).contains(LocalDate.of(2026, 11, 16));
    // a story of Sunday the 15th: its Sunday is the one named, in an article of the day after, not a week before
    assertThat(TAGGER.weekdayReference(yesterday, LocalDate.of(2026, 11, 15))).contains(LocalDate.of(2026, 11, 16));
    assertThat(TAGGER.weekdayReference(analyse("قال المسؤول إن المفاوضات ستستمر."), LocalDate.of(2026, 11, 18))).isEmpty();
  }

  @Test
  void aDayAndMonthWithAWeekdayTakeTheYearWhereTheWeekdayFalls() {
    LocalDate march = LocalDate.of(2026, 3, 10);
    // 28 June is a Saturday in 2025, a Sunday in 2026: the event of "يوم السبت 28 حزيران" was last June
    assertThat(only("وقع الهجوم يوم السبت 28 حزيران / يونيو", march).value()).isEqualTo("2025-06-28");
    assertThat(only("وقع الهجوم يوم 28 حزيران / يونيو", march).value()).isEqualTo("2026-06-28");
    // a weekday written wrong on a day just past stays that day
    assertThat(only("وقع الهجوم يوم الخميس 6 مارس", march).value()).isEqualTo("2026-03-06");
  }

  @Test
  void anOrdinalDayOfTheMonthNamedByItsShiftIsADay() {
    LocalDate march = LocalDate.of(2026, 3, 10);
    assertThat(only("وقع الانفجار في الخامس من الشهر الجاري", march).value()).isEqualTo("2026-03-05");
    assertThat(only("وقع الانفجار في العاشر من الشهر الماضي", march).value()).isEqualTo("2026-02-10");
    assertThat(only("وقع الانفجار في الأسبوع الثاني من الشهر الماضي", march).value()).doesNotStartWith("2026-02-02");
  }

  @Test
  void aWeekdayOfAFollowUpCanFallAfterTheStorysDay() {
    AnalysedArticle followUp = analyse("وأعلنت الوزارة اليوم الأربعاء وفاة أحد الجرحى متأثرا بجروحه.");
    // the story's date is Tuesday 24 March 2026: "اليوم الأربعاء" is the day after, not the 18th
    assertThat(TAGGER.weekdayReference(followUp, LocalDate.of(2026, 3, 24))).contains(LocalDate.of(2026, 3, 25));
    AnalysedArticle copy = analyse("قتل 23 شخصا صباح اليوم السبت في قصف على سوق المدينة.");
    // "اليوم السبت" with a story of Tuesday 24 March: the Saturday before, three days earlier
    assertThat(TAGGER.weekdayReference(copy, LocalDate.of(2026, 3, 24))).contains(LocalDate.of(2026, 3, 21));
    AnalysedArticle tuesday = analyse("قتل 23 شخصا صباح اليوم الثلاثاء في تفجير في السوق.");
    // a copy of a story of Saturday 14 March: the Tuesday before, not the one after the story's report
    assertThat(TAGGER.weekdayReference(tuesday, LocalDate.of(2026, 3, 14))).contains(LocalDate.of(2026, 3, 10));
  }

  @Test
  void aShiftFromAnotherEventIsNoDayOfTheArticle() {
    // "two days after a similar strike": counted from that strike, not from the article's day
    assertThat(tag("ويأتي الهجوم بعد يومين من قصف مماثل على مدينة كادقلي.", REF))
        .noneMatch(t -> t.value().startsWith("2025-12-16"));
    assertThat(tag("ستبدأ المرحلة الثانية بعد يومين من الآن", REF)).anyMatch(t -> t.value().equals("2025-12-16"));
    assertThat(value("وصل الوفد بعد يومين")).isEqualTo("2025-12-16");
  }

  @Test
  void aWeekdayJoinedToItsDateByAlMuwafiqIsThatDate() {
    TimeMention m = only("وأعلنت الوزارة الأربعاء الموافق 17 كانون الأول اعتقال خمسة أشخاص", REF);
    assertThat(m.text()).isEqualTo("الأربعاء الموافق 17 كانون الأول");
    assertThat(m.value()).isEqualTo("2025-12-17");
  }
}
