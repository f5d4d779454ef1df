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
  void aPlaceAColonAndAQuotedKnownCreditAloneOnALineAreADateline() {
    String line = "عدن: «الشرق الأوسط»";
    Optional<Dateline> d = finder.wholeLine(line, new org.isnad.model.Span(0, line.length()));
    assertThat(d).isPresent();
    assertThat(d.get().place()).isEqualTo("عدن");
    assertThat(d.get().credit()).isEqualTo("الشرق الأوسط");
    String dash = "دمشق - «عنب بلدي»";
    assertThat(finder.wholeLine(dash, new org.isnad.model.Span(0, dash.length()))).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("دمشق");
      assertThat(x.credit()).isEqualTo("عنب بلدي");
    });
    String notCredit = "الرياض: «رؤية جديدة»";
    assertThat(finder.wholeLine(notCredit, new org.isnad.model.Span(0, notCredit.length()))).isEmpty();
  }

  @Test
  void aKnownCreditASlashAndAPlaceAloneOnALineAreADateline() {
    String line = "السومرية نيوز/ بغداد";
    assertThat(finder.wholeLine(line, new org.isnad.model.Span(0, line.length()))).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("بغداد");
      assertThat(x.credit()).isEqualTo("السومرية نيوز");
    });
    String unknown = "أخبار عاجلة/ بغداد";
    assertThat(finder.wholeLine(unknown, new org.isnad.model.Span(0, unknown.length()))).isEmpty();
  }

  @Test
  void aPlaceAColonAndAKnownCreditWithoutQuotationMarksOrADottedSiteNameAreADateline() {
    String colon = "عدن: الشرق الأوسط";
    assertThat(finder.wholeLine(colon, new org.isnad.model.Span(0, colon.length()))).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("عدن");
      assertThat(x.credit()).isEqualTo("الشرق الأوسط");
    });
    String dotted = "دبي - العربية.نت";
    assertThat(finder.wholeLine(dotted, new org.isnad.model.Span(0, dotted.length()))).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("دبي");
      assertThat(x.credit()).isEqualTo("العربية.نت");
    });
    String label = "المصدر: وكالات";
    assertThat(finder.wholeLine(label, new org.isnad.model.Span(0, label.length()))).isEmpty();
    String heading = "المشهد الميداني: تطورات جديدة";
    assertThat(finder.wholeLine(heading, new org.isnad.model.Span(0, heading.length()))).isEmpty();
  }

  @Test
  void aDateInFiguresAndAKnownAgencyBeforeTheDashAreADateline() {
    String p = "جنين 18-11-2026 وفا- استشهد شاب متأثرا بإصابته برصاص قوات الاحتلال.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("جنين");
    assertThat(d.credit()).isEqualTo("وفا");
    assertThat(p.substring(d.span().end())).startsWith("استشهد");
    assertThat(find("رام الله 3-2-2026 أعلنت الحكومة خطة جديدة.")).isEmpty();
  }

  @Test
  void aQuotedCreditAndItsDashAfterThePlaceBelongToTheDateline() {
    String p = "جنين- \"القدس\" دوت كوم- استشهد ثلاثة شبان فجر اليوم.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("جنين");
    assertThat(d.credit()).isEqualTo("القدس دوت كوم");
    assertThat(p.substring(d.span().end())).startsWith("استشهد");
    String quote = "غزة - \"لن نغادر أرضنا\" بهذه الكلمات ودع الأهالي أبناءهم.";
    assertThat(find(quote).orElseThrow().span().in(quote)).isEqualTo("غزة - ");
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
  void aSecondCreditAfterAnotherDashBelongsToTheDateline() {
    String p = "حلب - وكالات - خاص: قال مصدر طبي إن المستشفى استقبل عشرة مصابين.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("حلب");
    assertThat(p.substring(d.span().end())).startsWith("قال");
    String line = "حلب - وكالات - خاص:";
    assertThat(finder.wholeLine(line, new org.isnad.model.Span(0, line.length()))).isPresent();
  }

  @Test
  void aDashAfterTheCreditClosesTheDateline() {
    String p = "الجنوب - الوطنية - استهدفت مسيرة معادية سيارة على الطريق العام.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("الجنوب");
    assertThat(d.credit()).isEqualTo("الوطنية");
    assertThat(p.substring(d.span().end())).startsWith("استهدفت");
    String wire = "دمشق - سانا - أعلنت الوزارة افتتاح المعبر.";
    assertThat(wire.substring(find(wire).orElseThrow().span().end())).startsWith("أعلنت");
  }

  @Test
  void testAgencyInParentheses() {
    Dateline d = find("القاهرة (رويترز) - قالت وزارة الصحة إن عدد المصابين ارتفع.").orElseThrow();
    assertThat(d.place()).isEqualTo("القاهرة");
    assertThat(d.credit()).isEqualTo("رويترز");
  }

  @Test
  void aPlaceItsCountryAndAnAgencyInParentheses() {
    String p = "بنت جبيل، لبنان (رويترز) - قالت وزارة الصحة اللبنانية إن ثلاثة أشخاص قتلوا.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("بنت جبيل");
    assertThat(d.credit()).isEqualTo("رويترز");
    assertThat(p.substring(d.span().end())).startsWith("قالت");
    assertThat(find("وفي المقابل، قالت الوزارة - في بيان - إن الوضع مستقر.")).isEmpty();
  }

  @Test
  void testCountryInParenthesesBeforeTheAgency() {
    String p = "تعز (اليمن) (أ ف ب) - قتل مدير أمن المديرية بانفجار سيارة مفخخة.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("تعز");
    assertThat(d.credit()).isEqualTo("أ ف ب");
    assertThat(p.substring(d.span().end())).startsWith("قتل");
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

  @Test
  void testCreditInParenthesesThenColon() {
    Dateline d = find("صنعاء (الوطن):تمكنت إحدى الشركات من اكتشاف موقع أثري.").orElseThrow();
    assertThat(d.place()).isEqualTo("صنعاء");
    assertThat(d.credit()).isEqualTo("الوطن");
    assertThat(d.span()).isEqualTo(new org.isnad.model.Span(0, 14));
  }

  @Test
  void testDashThenCreditInParentheses() {
    String p = "الكويت - (الوطن): افتتح الوزير المعرض أمس.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("الكويت");
    assertThat(d.credit()).isEqualTo("الوطن");
    assertThat(p.substring(d.span().end())).startsWith("افتتح");
  }

  @Test
  void testKnownAgencyWithoutDash() {
    String p = "روما أ ش أ: ألقى معرض للصور الضوء على الجدار العازل.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("روما");
    assertThat(d.credit()).isEqualTo("أ ش أ");
    assertThat(p.substring(d.span().end())).startsWith("ألقى");
    Dateline two = find("هونج كونج رويترز: حصد الفيلم الجوائز الكبرى.").orElseThrow();
    assertThat(two.place()).isEqualTo("هونج كونج");
    assertThat(two.credit()).isEqualTo("رويترز");
  }

  @Test
  void testCorrespondentAfterMin() {
    String p = "صلالة من سالم العامري: يغادر اليوم أعضاء الفرقة المسرحية.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("صلالة");
    assertThat(d.credit()).isEqualTo("سالم العامري");
    assertThat(p.substring(d.span().end())).startsWith("يغادر");
  }

  @Test
  void testAnAuthorsBylineOrALabelIsNotADateline() {
    assertThat(find("كتب سالم العامري: تنظم الوزارة فعاليتين خلال الشهر.")).isEmpty();
    assertThat(find("المصدر: وكالة الأنباء الرسمية")).isEmpty();
    assertThat(find("وقال الوزير للصحفيين (بحسب البيان): إن الحكومة ستواصل العمل.")).isEmpty();
  }

  @Test
  void testCreditInParenthesesBetweenTwoDashes() {
    String p = "بيروت - (أ ف ب) - قال مسؤول أمني إن الطريق أعيد فتحه.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("بيروت");
    assertThat(d.credit()).isEqualTo("أ ف ب");
    assertThat(p.substring(d.span().end())).startsWith("قال");
  }

  @Test
  void testDayAndMonthBetweenPlaceAndAgency() {
    String p = "القاهرة 5 كانون الثاني (أ ش أ)- استقبل وزير الخارجية نظيره العراقي.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("القاهرة");
    assertThat(d.credit()).isEqualTo("أ ش أ");
    assertThat(p.substring(d.span().end())).startsWith("استقبل");
    assertThat(find("الطائرة 5 محركات - وصلت أمس إلى المطار.")).as("a number and a word that is no month").isEmpty();
  }

  @Test
  void testDatelineAloneOnItsLineNeedsAKnownCredit() {
    String line = "الموصل - وكالات";
    assertThat(finder.wholeLine(line, new org.isnad.model.Span(0, line.length()))).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("الموصل");
      assertThat(d.credit()).isEqualTo("وكالات");
    });
    String heading = "الموصل - مدينة تنهض من الركام";
    assertThat(finder.wholeLine(heading, new org.isnad.model.Span(0, heading.length()))).isEmpty();
  }

  @Test
  void testDatelineAloneOnItsLineWithThePagesOwnName() {
    String line = "ذي قار - صدى الرافدين";
    org.isnad.model.Span all = new org.isnad.model.Span(0, line.length());
    assertThat(finder.wholeLine(line, all)).isEmpty();
    assertThat(finder.wholeLine(line, all, java.util.List.of("صدى الرافدين"))).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("ذي قار");
      assertThat(d.credit()).isEqualTo("صدى الرافدين");
    });
    assertThat(finder.wholeLine(line, all, java.util.List.of("موقع آخر"))).isEmpty();
  }

  @Test
  void aColonCreditLineMayNameThePageWithoutItsKindOfOutlet() {
    String line = "بغداد: الصباح";
    org.isnad.model.Span all = new org.isnad.model.Span(0, line.length());
    assertThat(finder.wholeLine(line, all, java.util.List.of("جريدة الصباح"))).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("بغداد");
      assertThat(d.credit()).isEqualTo("الصباح");
    });
    assertThat(finder.wholeLine(line, all, java.util.List.of("جريدة المساء"))).isEmpty();
  }

  @Test
  void testCorrespondentThenPlaceOnItsOwnLine() {
    String line = "مراسلنا - طرابلس";
    Dateline d = finder.wholeLine(line, new org.isnad.model.Span(0, line.length())).orElseThrow();
    assertThat(d.place()).isEqualTo("طرابلس");
    assertThat(d.credit()).isEqualTo("مراسلنا");
    line = "مراسل الشبكة – مدينة غزة";
    d = finder.wholeLine(line, new org.isnad.model.Span(0, line.length())).orElseThrow();
    assertThat(d.place()).isEqualTo("مدينة غزة");
    assertThat(d.span().end()).isEqualTo(line.length());
  }

  @Test
  void testNoCorrespondentNoReversedDateline() {
    String line = "الحرب والسلام - قراءة";
    assertThat(finder.wholeLine(line, new org.isnad.model.Span(0, line.length()))).isEmpty();
  }

  @Test
  void anUnknownShortCreditBeforeAColonBelongsToTheDateline() {
    String p = "كركوك - صدى الشمال: انفجرت عبوة ناسفة على طريق رئيسي جنوب المدينة.";
    Dateline d = find(p).orElseThrow();
    assertThat(d.place()).isEqualTo("كركوك");
    assertThat(d.credit()).isEqualTo("صدى الشمال");
    assertThat(p.substring(d.span().end())).startsWith("انفجرت");
    String three = "حماة - إذاعة وادي العاصي: أصيب ثلاثة مدنيين بقصف مدفعي.";
    assertThat(find(three)).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("حماة");
      assertThat(x.credit()).isEqualTo("إذاعة وادي العاصي");
      assertThat(three.substring(x.span().end())).startsWith("أصيب");
    });
    String line = "سرت - منصة الساحل:";
    assertThat(finder.wholeLine(line, new org.isnad.model.Span(0, line.length()))).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("سرت");
      assertThat(x.credit()).isEqualTo("منصة الساحل");
    });
  }

  @Test
  void aSentenceOrASourceBeforeTheColonIsNoCredit() {
    String[] sentences = {
        "واشنطن - أعلنت وزارة الدفاع: لا تغيير في خطط الانتشار.",
        "بغداد - قال مسؤول عراقي إن الحدود ستفتح غدا: وأضاف أن الإجراءات جاهزة.",
        "الخرطوم - مصادر محلية: سقط عدد من الجرحى في الاشتباكات.",
        "غزة - المتحدث باسم الدفاع المدني: انتشلنا خمسة جثامين.",
        "القاهرة - وزارة الصحة: ارتفاع عدد الإصابات إلى عشرين.",
        "عدن - الخميس: وصل الوفد الحكومي إلى المدينة.",
        "حلب - في المدينة القديمة: عادت الأسواق إلى العمل.",
        "دمشق - وقالت الوكالة: إن الطريق أعيد فتحه.",
        "بيروت - عاجل: غارة على بلدة جنوبية.",
        "طرابلس - الدبيبة: «لن نقبل بأي شروط مسبقة» في المفاوضات."};
    for (String p : sentences) {
      Dateline d = find(p).orElseThrow();
      assertThat(d.credit()).as(p).isEmpty();
      assertThat(p.substring(d.span().end())).as(p).isEqualTo(p.substring(p.indexOf('-') + 2));
    }
    assertThat(find("حمص - 3 قتلى: حصيلة أولية للانفجار.").orElseThrow().credit()).isEmpty();
  }

  @Test
  void aPlaceAndAnOutletsCreditInALineOfThePublicationDate() {
    String line = "حمص - الوادي الإخبارية | نشر في 4 كانون الأول 2026";
    org.isnad.model.Span part = new org.isnad.model.Span(0, line.indexOf('|') - 1);
    assertThat(finder.beforeOrAfterDate(line, part, List.of())).hasValueSatisfying(x -> {
      assertThat(x.place()).isEqualTo("حمص");
      assertThat(x.credit()).isEqualTo("الوادي الإخبارية");
    });
    String crumbs = "الرئيسية - أخبار محلية | 4 كانون الأول 2026";
    assertThat(finder.beforeOrAfterDate(crumbs, new org.isnad.model.Span(0, crumbs.indexOf('|') - 1), List.of())).isEmpty();
    String author = "سامر خليل - مراسل | 4 كانون الأول 2026";
    assertThat(finder.beforeOrAfterDate(author, new org.isnad.model.Span(0, author.indexOf('|') - 1), List.of())).isEmpty();
  }
}
