package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.ChainLink;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Where reported words start and who says them when a clause is not the speaker's: "قبل أن" after
 * a claim, a main clause after a fronted "بينما", a body's unit, a name set off by commas after a
 * role, the body of an office after "باسم", the first speaker of a sentence going on after "، وقال",
 * a medium told after a statement, the subject of the opening verb going on after "، مؤكدة أن", "زعم" as
 * a verb of reporting. On sentences written for these tests, with the bundled recogniser.
 */
class ReportingClausesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String said(AnalysedArticle a, QuoteMention q) {
    return q.span().in(a.clean().original());
  }

  @Test
  void aReportingVerbAfterACommaAndWaOwnsTheAnnaAfterIt() {
    AnalysedArticle a = extract("وكانت جماعة الحوثي قد أعلنت استئناف هجماتها على إسرائيل مطلع أكتوبر الماضي، "
        + "ويقول الجيش الإسرائيلي إن الجماعة أطلقت منذ ذلك الحين 14 صاروخا.");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).startsWith("الجماعة أطلقت");
      assertThat(q.speaker()).isEqualTo("الجيش الإسرائيلي");
    });
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("استئناف هجماتها"));
  }

  @Test
  void thePartyAccusedBeforeBaAndQuotedWordsIsNoSpeaker() {
    AnalysedArticle a = extract("ونفت قوات الدعم السريع في بيان مسؤوليتها عن الهجوم، "
        + "واتهمت الجيش السوداني بـ\"فبركة الهجوم لتبرير قصف مناطق المدنيين\".");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).contains("فبركة الهجوم");
      assertThat(q.speaker()).isEqualTo("قوات الدعم السريع");
    });
  }

  @Test
  void aThreatWordIsAlsoAVerbOfSaying() {
    AnalysedArticle a = extract("وتوعد الجيش الإسرائيلي الحوثيين بدفع ثمن باهظ، قائلا إن \"يد إسرائيل ستطال كل من يهاجمها\".");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("الجيش الإسرائيلي"));
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("يد إسرائيل"));
  }

  @Test
  void aThreatStartsAfterTheQuotedNameAndWhatItIndicatesIsTheOutlets() {
    AnalysedArticle a = extract("هدد تنظيم الدولة الإسلامية \"داعش\" بشن مزيد من الهجمات على القوات السورية "
        + "ما يشير الى أن خطر التنظيم لا يزال قائما.");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).startsWith("بشن مزيد");
      assertThat(q.speaker()).isEqualTo("تنظيم الدولة الإسلامية");
    });
    assertThat(a.quotes()).filteredOn(q -> said(a, q).startsWith("خطر التنظيم"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
  }

  @Test
  void theMediumThatPassedTheWordsOnIsNamedWithoutItsQualifier() {
    AnalysedArticle a = extract("ونقلت قناة المسيرة التابعة للحوثيين عن وزارة الصحة في حكومة صنعاء قولها إن "
        + "الغارات أسفرت عن استشهاد 3 وإصابة 14 آخرين.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("قناة المسيرة");
      assertThat(q.speaker()).isEqualTo("وزارة الصحة");
    });
  }

  @Test
  void theBodyWhoseStatementThePasserOnNamesSpeaks() {
    AnalysedArticle a = extract("ونقلت وكالة الأنباء العراقية عن بيان لمجلس القضاء الأعلى أن المدانين ينتمون إلى خلية إرهابية.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة الأنباء العراقية");
      assertThat(q.speaker()).isEqualTo("مجلس القضاء الأعلى");
      assertThat(said(a, q)).startsWith("المدانين ينتمون");
    });
  }

  @Test
  void anAnnaAfterAWordOfTimeOpensNoReportedWords() {
    AnalysedArticle a = extract("وأعلنت وزارة الداخلية اعتقال خمسة أشخاص في الحي الشرقي، قبل أن تفرج عن اثنين منهم مساء.");
    assertThat(a.quotes()).isNotEmpty();
    assertThat(a.quotes()).allSatisfy(q -> assertThat(said(a, q)).doesNotStartWith("تفرج"));
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("اعتقال خمسة أشخاص"));
  }

  @Test
  void theMainClauseAfterAFrontedBaynamaIsTheNextSpeakers() {
    AnalysedArticle a = extract("وبينما أكدت الحكومة سلامة جميع الركاب، قال الدفاع المدني إن ثلاثة منهم أصيبوا بجروح طفيفة.");
    QuoteMention q = a.quotes().stream().filter(x -> said(a, x).startsWith("ثلاثة")).findFirst().orElseThrow();
    assertThat(q.speaker()).contains("الدفاع المدني");
  }

  @Test
  void aBodysUnitBeforeItsNameWithLaamSpeaksForItAndIsNoMediumTold() {
    AnalysedArticle a = extract("وقال المكتب الإعلامي لحركة حماس في بيان إن المفاوضات متوقفة منذ أسبوعين.");
    QuoteMention q = a.quotes().get(0);
    assertThat(q.speaker()).isEqualTo("المكتب الإعلامي لحركة حماس");
    assertThat(q.speakerSpan().in(a.clean().original())).contains("حماس").doesNotStartWith("المكتب"); // the body's entity
    assertThat(q.chain()).isEmpty();
  }

  @Test
  void aNameSetOffByCommasAfterARoleSpeaks() {
    AnalysedArticle a = extract("وقال رئيسها التنفيذي، يوهانس كرافت، في مؤتمر صحفي إن الشركة ستعيد فتح مصنعها الشهر المقبل.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("يوهانس كرافت"));
  }

  @Test
  void aTimeBetweenCommasAfterARoleIsNoName() {
    AnalysedArticle a = Extraction.dated("وقال وزير الداخلية، مساء الأحد، إن التحقيقات مستمرة في الحادث.",
        java.time.LocalDate.of(2026, 3, 9));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).startsWith("وزير الداخلية"));
  }

  @Test
  void theBodyOfAnOfficeAfterBismIsPartOfTheRoleNotAMediumTold() {
    AnalysedArticle a = extract("وقال المتحدث باسم الأمين العام لجامعة الدول العربية إن الاجتماع سيعقد الشهر المقبل في القاهرة.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.chain()).extracting(ChainLink::name).noneMatch(n -> n.contains("جامعة"));
      assertThat(q.speaker()).contains("لجامعة الدول العربية");
    });
  }

  @Test
  void whoSpokeFirstInASentenceGoesOnAfterWaQaal() {
    AnalysedArticle a = extract("وقال مصدر دبلوماسي إن المحادثات كانت صعبة. "
        + "وأدان المنسق المقيم للأمم المتحدة الهجوم على القافلة، وقال إن استهداف العاملين الإنسانيين أمر مرفوض.");
    QuoteMention q = a.quotes().stream().filter(x -> said(a, x).startsWith("استهداف")).findFirst().orElseThrow();
    assertThat(q.speaker()).startsWith("المنسق المقيم");
  }

  @Test
  void theFamilyNameAloneAfterTheVerbIsTheLastNamedSpeaker() {
    AnalysedArticle a = extract("وقال المتحدث باسم البلدية، كريم حمص، إن الطرق أغلقت. وأشار حمص إلى أن الفرق تعمل منذ الفجر.");
    QuoteMention q = a.quotes().stream().filter(x -> said(a, x).startsWith("الفرق")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("كريم حمص");
  }

  @Test
  void anArrestReportedInASecondClauseWithWaAnnaIsNotTheFirstClausesGroups() {
    AnalysedArticle a = extract("وأضاف المصدر أن عناصر من تنظيم داعش نفذوا الهجوم على الحاجز، وأن الأجهزة الأمنية اعتقلت ثلاثة من المتورطين فيه.");
    org.isnad.model.EventMention arrest = a.events().stream()
        .filter(e -> e.type() == org.isnad.model.EventType.ARREST).findFirst().orElseThrow();
    assertThat(arrest.actor1() == null ? "" : arrest.actor1().in(a.clean().original())).doesNotContain("داعش");
  }

  @Test
  void aTallyWithFiBetweenTahaddathAndAnIsWhereTheClaimWasMade() {
    AnalysedArticle a = extract("وتحدثت هيئة الإسعاف في بيانها الأخير عن تسعة مصابين في الحادث.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).startsWith("تسعة مصابين"));
  }

  @Test
  void aMediumToldAfterAStatementWithADetachedLaamGoesToTheChain() {
    AnalysedArticle a = extract("ونفى مسؤول محلي في تصريح لـ\"صوت المدينة\" وقوع أي إصابات بين السكان.");
    List<QuoteMention> qs = a.quotes();
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(said(a, q)).startsWith("وقوع أي إصابات");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("صوت المدينة");
    });
  }

  @Test
  void aParticipleWithNoWordsBeforeItIsTheOpeningVerbsSubjects() {
    AnalysedArticle a = extract("أدانت الحكومة اليمنية الهجوم على سفينة الشحن في البحر الأحمر، معتبرة أنه تهديد خطير لأمن الملاحة.");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).contains("تهديد خطير");
      assertThat(q.speaker()).isEqualTo("الحكومة اليمنية");
    });
  }

  @Test
  void aParticipleOfTheOtherGenderIsNotTheOpeningVerbsSubjects() {
    AnalysedArticle a = extract("أدانت الحكومة اليمنية الهجوم على سفينة الشحن في البحر الأحمر، معتبرا أنه تهديد خطير لأمن الملاحة.");
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("الحكومة اليمنية"));
  }

  @Test
  void zaamaReportsAClaim() {
    AnalysedArticle a = extract("وأعلن الجيش اعتراض الصواريخ، فيما زعم الحوثيون إصابة السفينة إصابة مباشرة.");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).startsWith("إصابة السفينة");
      assertThat(q.speaker()).isEqualTo("الحوثيون");
    });
  }

  @Test
  void aMediumNamedAfterTheQuotationPassedItOnAndClaimsNothingOfItsOwn() {
    AnalysedArticle a = extract("ودعا رئيس الحكومة الفرنسية البلدين إلى \"تغليب لغة العقل\"، بحسب ما أوردت وكالة الصحافة الفرنسية.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("رئيس الحكومة الفرنسية"); // "البلدين" is whom he called on
      assertThat(said(a, q)).isEqualTo("تغليب لغة العقل");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة الصحافة الفرنسية");
    });
  }

  @Test
  void aSourceOfTheSentencesOwnAfterTheClaimStillMakesItsClaim() {
    AnalysedArticle a = extract("وارتفعت حصيلة القتلى إلى ثلاثة أشخاص، بحسب وزارة الصحة.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("وزارة الصحة"));
  }

  @Test
  void aRadioToldAfterADayIsTheMediumNotTheSpeaker() {
    AnalysedArticle a = Extraction.dated("وقال وزير الداخلية السبت لإذاعة \"فرانس إنتر\" إن باريس ستعيد النظر في الاتفاقية.",
        java.time.LocalDate.of(2026, 3, 9));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("وزير الداخلية");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("إذاعة فرانس إنتر");
    });
  }

  @Test
  void aRadioToldAfterASpeakerNamedBeforeTheVerbIsInTheChain() {
    AnalysedArticle a = Extraction.dated("وكان وزير الداخلية الفرنسي، لوران دوفال، قد صرح السبت لإذاعة \"فرانس إنتر\" بأن باريس "
        + "\"ستعيد النظر في الاتفاقية\".", java.time.LocalDate.of(2026, 3, 9));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("لوران دوفال");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("إذاعة فرانس إنتر");
    });
  }

  @Test
  void aPaperNamedLikeAPersonIsAnOrganisation() {
    AnalysedArticle a = extract("وقال الوزير لصحيفة \"لو فيغارو\" إنه لا يتراجع عن كلمة واحدة.");
    assertThat(a.entities()).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("لو فيغارو");
      assertThat(e.type()).isEqualTo(org.isnad.model.EntityType.ORG);
    });
  }

  @Test
  void theWordsPassedOnWithQawluhuStartAfterInna() {
    AnalysedArticle a = extract("ونقلت وكالة الأنباء الجزائرية عن مصدر دبلوماسي قوله إن القرار جاء بعد استنفاد كل قنوات الحوار.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).startsWith("القرار جاء"));
  }

  @Test
  void aSpokesmanWhoPassesOnAnOfficialsWordsIsALinkOfTheChain() {
    AnalysedArticle a = extract("ونقل المتحدث باسم الأمين العام للأمم المتحدة، ريتشارد كامبل، عن منسقة الشؤون الإنسانية في السودان، "
        + "إيلينا سورنسن، قولها إن \"المستشفيات ليست أهدافا\".");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).contains("إيلينا سورنسن");
      assertThat(q.chain()).extracting(ChainLink::name).anySatisfy(n -> assertThat(n).contains("ريتشارد كامبل"));
      assertThat(said(a, q)).startsWith("المستشفيات");
    });
  }

  @Test
  void aLongSourceWithAnAsideOnItsAnonymityStillSpeaksThroughTheAgency() {
    AnalysedArticle a = extract("ونقلت وكالة فرانس برس عن مسؤول في السلطة المحلية في المحافظة، طلب عدم الكشف عن هويته، "
        + "قوله إن \"السيول جرفت منازل طينية وسيارات\".");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).startsWith("مسؤول في السلطة المحلية");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة فرانس برس");
      assertThat(said(a, q)).startsWith("السيول جرفت");
    });
  }

  @Test
  void aMediumAfterLamThatSwallowedTheArticleIsNamedWithIt() {
    AnalysedArticle a = extract("وقال المتحدث باسم الدفاع المدني، النقيب مبارك علي زعبنوت، للجزيرة نت إن البحث مستمر.");
    assertThat(a.quotes()).singleElement()
        .satisfies(q -> assertThat(q.chain()).extracting(ChainLink::name).containsExactly("الجزيرة نت"));
  }

  @Test
  void aQuotedNameAfterItsHeadNounOpensNoQuotation() {
    AnalysedArticle a = extract("أعلنت وزارة الدفاع تحييد 3 مسلحين من تنظيم \"بي كا كا\" بينهم قيادي في غارة جوية.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).startsWith("تحييد 3 مسلحين"));
  }

  @Test
  void aTimeBetweenCommasAfterTheSpeakerIsNoPartOfTheClaim() {
    AnalysedArticle a = Extraction.dated("أعلنت وزارة الخارجية، مساء الأحد، استدعاء سفيرها لدى فرنسا للتشاور.",
        java.time.LocalDate.of(2026, 3, 9));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).startsWith("استدعاء سفيرها"));
  }

  @Test
  void aSpokesmanNamedAfterHisRoleMakesAClaimWithoutAnna() {
    AnalysedArticle a = extract("ونفى المتحدث باسم الجيش السوداني نبيل عبد الله في تصريح صحفي سقوط مدينة بارا في يد قوات الدعم السريع.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("نبيل عبد الله");
      assertThat(said(a, q)).isEqualTo("سقوط مدينة بارا في يد قوات الدعم السريع");
    });
  }

  @Test
  void aClaimWithoutAnnaEndsAtAContinuingParticiple() {
    AnalysedArticle a = extract("وكشف المتحدث باسم وزارة الداخلية السورية نور الدين البابا عن تفاصيل حادث إطلاق النار "
        + "مشيرا إلى أن الهجوم جاء بعد تحذيرات مسبقة.");
    assertThat(a.quotes()).extracting(q -> said(a, q))
        .containsExactly("عن تفاصيل حادث إطلاق النار", "الهجوم جاء بعد تحذيرات مسبقة");
  }

  @Test
  void officialsInTheObliqueCaseAreAnAnonymousSource() {
    AnalysedArticle a = extract("ونقلت رويترز عن مسؤولين أمنيين عراقيين أن الهجوم نفذه تنظيم الدولة.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).startsWith("مسؤولين أمنيين");
      assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.ANONYMOUS_SOURCE);
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("رويترز");
    });
  }

  @Test
  void aStatesPresidencyNamedByItsAdjectiveSpeaks() {
    AnalysedArticle a = extract("وأعلنت الرئاسة المصرية أن الرئيس تلقى اتصالا هاتفيا من نظيره الفرنسي.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("الرئاسة المصرية");
      assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.OFFICIAL_STATEMENT);
    });
  }

  @Test
  void anOfficerNamedAfterHisRoleSpeaksToTheAgencyHeTold() {
    AnalysedArticle a = extract("وقال ضابط الشرطة محمد حسن لوكالة فرانس برس إن السيارة انفجرت عند نقطة تفتيش.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("محمد حسن");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة فرانس برس");
    });
  }

  @Test
  void aCommitteeWhoseNameStartsWithLaamIsNoMediumToldAndItsWawJoinsNoSecondSpeaker() {
    AnalysedArticle a = extract("وقال عضو لجنة الأمن والدفاع النيابية مهدي تقي إن القوات الأمنية أحبطت الهجوم.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مهدي تقي");
      assertThat(q.chain()).isEmpty();
    });
  }

  @Test
  void thePlatformWrittenOnIsNeitherTheSpeakerNorASide() {
    AnalysedArticle a = extract("وكتب الرئيس الأمريكي على منصة تروث سوشيال أن \"الولايات المتحدة سترد بقوة\".");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("الرئيس الأمريكي"));
    assertThat(a.events()).allSatisfy(e -> assertThat(e.actor1()).isNull());
    AnalysedArticle b = extract("وتبنى تنظيم الدولة الإسلامية الهجوم في بيان نشره على قناته في تلغرام.");
    assertThat(b.events()).isNotEmpty().allSatisfy(e -> assertThat(e.actor2()).isNull());
  }

  @Test
  void aTweetAndWhatAStatementSaidAreReportedWords() {
    AnalysedArticle a = extract("وغرد وزير الخارجية الإيراني عباس عراقجي على منصة إكس قائلا إن \"الهجوم جريمة حرب\".");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("عباس عراقجي");
      assertThat(said(a, q)).isEqualTo("الهجوم جريمة حرب");
    });
    AnalysedArticle b = extract("وقال الجيش الإسرائيلي في بيان إن قواته قتلت مسلحين. وجاء في البيان أن \"القوات ستواصل عملياتها\".");
    assertThat(b.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("الجيش الإسرائيلي"));
  }

  @Test
  void theGovernorOfAProvinceIsNamedWithoutItsProvince() {
    AnalysedArticle a = extract("وقال محافظ تعز عبده سالم الشرعبي إن الأجهزة الأمنية تلاحق المتورطين.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("عبده سالم الشرعبي"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "وقال مسؤول محلي طلب عدم الكشف عن هويته إن القصف استهدف منزلا في الحي.|مسؤول محلي",
      "وأكد مصدر أمني رفض الكشف عن اسمه أن الهجوم نفذته خلية نائمة.|مصدر أمني",
      "وقال شاهد إن مدنيين اثنين قتلا في القصف على الحي.|شاهد",
      "وأضاف أحد السكان أن الطائرات حلقت فوق المدينة طوال الليل.|أحد السكان",
      "وارتفع عدد القتلى إلى 45 شخصا، بحسب حصيلة رسمية.|حصيلة رسمية",
  })
  void anAnonymousSourceIsNamedByItsOwnWords(String text, String speaker) {
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).as("%s", text).anySatisfy(q -> assertThat(q.speaker()).isEqualTo(speaker));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس.|أنطونيو غوتيريش",
      "وقال المفوض السامي لحقوق الإنسان فولكر تورك إن الهجوم قد يرقى إلى جريمة حرب.|فولكر تورك",
      "ودعا وزير الخارجية المصري بدر عبد العاطي جميع الأطراف إلى ضبط النفس.|بدر عبد العاطي",
  })
  void theBodyOfAnOfficeIsNoMediumToldAndTheNamedHolderSpeaks(String text, String speaker) {
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).as("%s", text).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo(speaker);
      assertThat(q.chain()).isEmpty();
    });
    assertThat(a.entities()).as("%s", text).filteredOn(e -> e.type() == org.isnad.model.EntityType.PER)
        .extracting(org.isnad.model.EntityMention::text).containsExactly(speaker);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "وقال مصدر عسكري لـ\"العربي الجديد\" إن القوات صدت هجوما على مواقعها.|مصدر عسكري|العربي الجديد",
      "وقال الوزير لـ\"الشرق الأوسط\" إن الحكومة ستعلن خطتها الأسبوع المقبل.|الوزير|الشرق الأوسط",
  })
  void aMediumToldInQuotationMarksIsNamedWhole(String text, String speaker, String medium) {
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).as("%s", text).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo(speaker);
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly(medium);
    });
  }

  @Test
  void aMediumQuotingASourceOnlyPassesItsWordsOn() {
    AnalysedArticle a = extract("وأفادت قناة الجزيرة نقلا عن مصادر في الدفاع المدني بانتشال 15 جثة من تحت الأنقاض.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصادر في الدفاع المدني");
      assertThat(q.verb()).isEqualTo("وأفادت");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("قناة الجزيرة");
      assertThat(said(a, q)).isEqualTo("بانتشال 15 جثة من تحت الأنقاض");
    });
  }

  @Test
  void aFrontedFiHinaAfterACommaOrAtTheStartEndsTheFirstSpeakersWords() {
    String mid = "تضاربت الروايات حول مقتل 21 شخصا، ففي حين أكدت وزارة الصحة أنهم قتلوا بالرصاص، قالت المؤسسة إنهم قضوا في تدافع.";
    AnalysedArticle a = extract(mid);
    assertThat(a.quotes()).filteredOn(q -> "وزارة الصحة".equals(q.speaker())).singleElement()
        .satisfies(q -> assertThat(said(a, q)).isEqualTo("أنهم قتلوا بالرصاص"));
    AnalysedArticle b = extract("في حين أكدت وزارة الصحة أن 21 قتلوا بالرصاص، قالت المؤسسة إنهم قضوا في تدافع.");
    assertThat(b.quotes()).filteredOn(q -> "وزارة الصحة".equals(q.speaker())).singleElement()
        .satisfies(q -> assertThat(said(b, q)).isEqualTo("21 قتلوا بالرصاص"));
  }
}
