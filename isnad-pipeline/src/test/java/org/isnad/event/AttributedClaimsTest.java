package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.EventMention;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims reported without "أن" or a colon (a denial, an accusation, a demand, an announcement),
 * running totals, and reporters kept apart from the sides of an event; on sentences written for
 * these tests, with the bundled entity recogniser.
 */
class AttributedClaimsTest {

  private static AnalysedArticle extract(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return Extraction.of(clean);
  }

  private static QuoteMention onlyQuote(String text) {
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).as("quotes of %s", text).hasSize(1);
    return quotes.get(0);
  }

  private static String said(String text, QuoteMention q) {
    return q.span().in(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ونفى المتحدث باسم الجيش وقوع إصابات في صفوف الجنود.|المتحدث باسم الجيش|وقوع إصابات في صفوف الجنود",
      "وطالبت الأمم المتحدة بفتح تحقيق مستقل في الحادث.|الأمم المتحدة|بفتح تحقيق مستقل في الحادث",
      "وحذر وزير الخارجية من عواقب التصعيد في المنطقة.|وزير الخارجية|من عواقب التصعيد في المنطقة",
      "وأعلنت وزارة الصحة ارتفاع عدد القتلى إلى 45 شخصا.|وزارة الصحة|ارتفاع عدد القتلى إلى 45 شخصا",
      "أكد وزير الخارجية الأمريكي استمرار دعم بلاده للحكومة في كل المجالات.|وزير الخارجية الأمريكي|استمرار دعم بلاده للحكومة في كل المجالات",
      "وأشار مصدر عسكري إلى إصابة أحد أفراد حرس الحدود خلال الاشتباك.|مصدر عسكري|إصابة أحد أفراد حرس الحدود خلال الاشتباك",
  })
  void aClaimVerbWithANounPhraseIsAnAttributedClaim(String text, String speaker, String claim) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(said(text, q)).isEqualTo(claim);
    assertThat(q.direct()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a compound after a given name is the family name: the verbal noun after it is the claim
      "من جهته، أكد وزير الخارجية المصري هشام عبد الحميد دعم بلاده لوحدة البلاد.|هشام عبد الحميد|دعم بلاده لوحدة البلاد",
      // an unnamed source keeps the body named by common words after "في"
      "في المقابل، نفى مصدر في الوفد الحكومي صحة ما تداولته وسائل إعلام عن انسحاب الوفد.|مصدر في الوفد الحكومي|صحة ما تداولته وسائل إعلام عن انسحاب الوفد",
  })
  void theClaimAfterASpeakersNameIsNoPartOfIt(String text, String speaker, String claim) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(said(text, q)).isEqualTo(claim);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an unnamed diplomat, his condition of anonymity between commas
      "قال دبلوماسي غربي مطلع على المحادثات، طلب عدم الكشف عن هويته، إن الطرفين اقتربا من التوافق على هدنة.|دبلوماسي غربي مطلع",
      // an unnamed source in the accusative after "أن", before its verb: named in the nominative
      "غير أن مصدرا طبيا في مستشفى المدينة أكد للتلفزيون أن حصيلة القتلى ارتفعت إلى خمسة.|مصدر طبي",
      // the side a source is on ("على" and a definite noun with a country's adjective), then its claim with "عن"
      "وتحدثت مصادر على الجانب السوري عن سقوط خمسة قتلى بنيران حرس الحدود.|مصادر على الجانب السوري",
  })
  void anUnnamedSourceSpeaksNotTheOutlet(String text, String speaker) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a feminine verb and a country: Israel's words, not the local sources' of the sentence before
      "وقالت مصادر محلية إن الغارة استهدفت سيارة. وتشن إسرائيل غارات شبه يومية على الجنوب رغم الهدنة، وتقول إنها تستهدف عناصر الحزب.|إسرائيل",
      // a masculine verb and a body whose head is masculine
      "وقالت مصادر محلية إن الغارة استهدفت سيارة. ويواصل الجيش الإسرائيلي غاراته على الجنوب، ويقول إنه يستهدف مواقع الحزب.|الجيش الإسرائيلي",
      // no agreement: "تقول" cannot be the army's; the last speaker stays
      "وقالت مصادر محلية إن الغارة استهدفت سيارة. ويواصل الجيش الإسرائيلي غاراته على الجنوب، وتقول إن القصف طال منازل.|مصادر محلية",
  })
  void aJoinedReportingVerbWithoutSubjectTakesTheSentencesSubject(String text, String speaker) {
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).speaker()).isEqualTo(speaker);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأفاد مراسل \"نداء الجنوب\" بأن المسيرة أطلقت صاروخين على السيارة.|MEDIA",
      "وقال مراسل الجزيرة إن القصف استمر حتى الفجر.|MEDIA",
      "وأفاد مراسلنا بأن القصف استمر حتى الفجر.|OUTLET",
      "وأفاد المراسل بأن القصف استمر حتى الفجر.|OUTLET",
      "وأفاد مندوب \"الوطنية\" بأن المصاب كان يمر على دراجة نارية.|MEDIA",
      "وأفاد مندوب الوكالة الوطنية للإعلام بأن المصاب كان يمر على دراجة نارية.|MEDIA",
      "وأفاد مندوبنا بأن القصف استمر حتى الفجر.|OUTLET",
      "واستهدفت مسيرة منزلا في البلدة، وفق ما أفاد مراسل الميادين.|MEDIA",
      "وقال مندوب روسيا لدى الأمم المتحدة إن بلاده ترفض القرار.|OFFICIAL_STATEMENT",
  })
  void aCorrespondentSpeaksForAMedium(String text, SourceType type) {
    assertThat(onlyQuote(text).sourceType()).isEqualTo(type);
  }

  @Test
  void anAnonymousSourceAfterWafqaMaEndsBeforeTheMediumTold() {
    QuoteMention q = onlyQuote("أصدرت المحكمة حكما بإعدام ستة مدانين، وفق ما أفاد مصدر قضائي للسومرية نيوز.");
    assertThat(q.speaker()).isEqualTo("مصدر قضائي");
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
  }

  @Test
  void aClaimQuotedInPartStartsAtItsVerbalNoun() {
    String text = "وأكدت وزارة الخارجية في بيان رفض المملكة \"القاطع لاستهداف المدنيين الأبرياء\".";
    QuoteMention q = onlyQuote(text);
    assertThat(said(text, q)).startsWith("رفض المملكة");
    assertThat(q.direct()).isFalse();
  }

  @Test
  void aQuotationRightAfterTheSpeakerIsDirect() {
    String text = "وقال وزير الخارجية: \"لن نقبل باستهداف المدنيين الأبرياء في أي مكان\".";
    QuoteMention q = onlyQuote(text);
    assertThat(said(text, q)).startsWith("لن نقبل");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void anUnnamedSubjectAfterTheVerbIsNotTheLastSpeaker() {
    String text = "وقال الجيش الإسرائيلي إنه قتل عنصرين في المنطقة. ولاحقا، أعلن مركز عمليات طوارئ الصحة أن الغارة أدت إلى استشهاد مواطنين اثنين.";
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).speaker()).isNotEqualTo("الجيش الإسرائيلي");
    // a pronoun subject with a preposition after the verb is still the last speaker
    String same = "وقال الجيش الإسرائيلي إنه قتل عنصرين في المنطقة. وأضاف في بيان أن القوات ستواصل عملها.";
    assertThat(extract(same).quotes()).extracting(QuoteMention::speaker).containsOnly("الجيش الإسرائيلي");
  }

  @Test
  void anAdverbialBeforeACommaOpensTheClauseOfAClaimVerb() {
    QuoteMention q = onlyQuote("وفي وقت لاحق، أعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 13 قتيلا.");
    assertThat(q.speaker()).isEqualTo("وزارة الصحة");
  }

  @Test
  void aSourceOnTheOtherSideCountsTheDeadAfterAClauseOfTheArmys() {
    String text = "أعلن الجيش الأردني مقتل أربعة مهربين، في حين تحدثت مصادر على الجانب السوري عن سقوط خمسة قتلى.";
    assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()))
        .anyMatch(f -> f.value() == 5 && "مصادر على الجانب السوري".equals(f.authority()));
  }

  @Test
  void pointingWithTheHandIsNoClaim() {
    assertThat(extract("وأشار الرئيس بيده إلى الحشود المجتمعة أمام القصر الجمهوري.").quotes()).isEmpty();
  }

  @Test
  void aSourceAfterHasabamaEndsBeforeARelativeClause() {
    String text = "قتل 15 شخصا في غارة على منزل في المخيم، حسبما أفاد مسؤولون في قطاع الصحة الذي تديره الحركة.";
    assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()))
        .anyMatch(f -> f.value() == 15 && "مسؤولون في قطاع الصحة".equals(f.authority()));
  }

  @Test
  void aMediumAfterTheSpeakerIsInTheChainNotTheClaim() {
    String text = "وأفاد مصدر أمني سوري للجزيرة، باعتقال خمسة أشخاص في ريف حمص.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
    assertThat(q.chain()).singleElement().satisfies(link -> assertThat(link.name()).contains("جزيرة"));
    assertThat(said(text, q)).startsWith("باعتقال");
  }

  @Test
  void aMediumToldInQuotesIsNoPartOfAnAnonymousSource() {
    String text = "وقالت مصادر محلية لـ\"صوت المدينة\" إن القصف استهدف حيا سكنيا.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مصادر محلية");
    assertThat(q.chain()).singleElement().satisfies(link -> assertThat(link.name()).contains("صوت المدينة"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // where the statement was published is no part of the claim
      "وأعلن تنظيم داعش في بيان نشره عبر وكالة أعماق مسؤوليته عن التفجير.|تنظيم داعش|مسؤوليته عن التفجير",
      // a relative clause set off by commas after the speaker is no part of the claim
      "وطالبت حركة حماس، التي ينتمي إليها الأسير، بالإفراج الفوري عنه.|حركة حماس|بالإفراج الفوري عنه",
      // the claim right after the speaker is kept whole
      "وطالبت حركة حماس بالإفراج الفوري عن الأسير.|حركة حماس|بالإفراج الفوري عن الأسير",
  })
  void asidesBetweenTheSpeakerAndTheClaimAreNoPartOfIt(String text, String speaker, String claim) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(said(text, q)).isEqualTo(claim);
  }

  @Test
  void theOfficeOfARoleSpeaksForIt() {
    QuoteMention q = onlyQuote("وقال مكتب النائب العام في بيان إنه فتح تحقيقا في الحادث.");
    assertThat(q.speaker()).isEqualTo("مكتب النائب العام");
    assertThat(q.sourceType()).isEqualTo(SourceType.OFFICIAL_STATEMENT);
  }

  @Test
  void anAccusationAfterKanaQadIsMadeByTheSubjectOfKanaNotTheLastSpeaker() {
    String text = "وقال المتحدث باسم الشرطة العقيد سامي الجبوري إن المشتبه به اعتقل في منزله. "
        + "وكانت وزارة الخارجية قد أدانت التفجير، واتهمت حركة الشباب بالوقوف وراء الهجمات الأخيرة.";
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).last().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("وزارة الخارجية");
      assertThat(said(text, q)).startsWith("حركة الشباب بالوقوف");
    });
    String role = "وكان وزير الداخلية العراقي قد أدان الاعتداء، وأكد أن القوات ستلاحق المنفذين.";
    assertThat(extract(role).quotes()).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("وزير الداخلية العراقي"));
    // no subject of its own: the accuser is still the one who spoke last
    String last = "وقال المتحدث باسم الشرطة العقيد سامي الجبوري إن المشتبه به اعتقل في منزله، "
        + "واتهم حركة الشباب بالوقوف وراء الهجمات الأخيرة.";
    assertThat(extract(last).quotes()).last().satisfies(q -> assertThat(q.speaker()).isEqualTo("سامي الجبوري"));
  }

  @Test
  void aDenialThenAnAccusationAreTwoClaimsOfOneSpeaker() {
    String text = "ونفت قوات الدعم السريع مسؤوليتها عن القصف، واتهمت الجيش السوداني بافتعال الحادث.";
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).hasSize(2);
    assertThat(said(text, quotes.get(0))).isEqualTo("مسؤوليتها عن القصف");
    assertThat(quotes.get(1).speaker()).isEqualTo(quotes.get(0).speaker()).contains("الدعم السريع");
    assertThat(said(text, quotes.get(1))).isEqualTo("الجيش السوداني بافتعال الحادث");
  }

  @Test
  void theSourceOfWafqaMaIsWhoReported() {
    String text = "قتل 12 شخصا في قصف استهدف سوقا شعبيا، وفق ما أفادت به مصادر طبية.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مصادر طبية");
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
  }

  @Test
  void aTurnOfWordIsAClauseStartButABareVerbAfterACommaIsNot() {
    assertThat(extract("من جانبه، أكد وزير الخارجية استمرار دعم بلاده للحكومة.").quotes()).hasSize(1);
    assertThat(extract("الهجوم، وفق تقييمه، أكد استمرار خطر التنظيم على المنطقة.").quotes()).isEmpty();
  }

  @Test
  void aShortOrDistantComplementIsNoClaim() {
    assertThat(extract("وأكد الوزير ذلك.").quotes()).isEmpty();
    assertThat(extract("وكان الهجوم الذي أعلن عنه الجيش أمس قد أسفر عن أضرار.").quotes())
        .noneMatch(q -> q.verb().contains("أعلن") && q.speaker() != null && q.speaker().contains("أسفر"));
  }

  @Test
  void aRunningTotalIsAFigure() {
    List<Figure> figures = extract("وارتفع عدد القتلى إلى 45 شخصا جراء القصف.").events().stream()
        .flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 45);
  }

  @Test
  void aLowerBoundIsNoExactCount() {
    List<Figure> figures = extract("وأصيب أكثر من 30 شخصا في القصف.").events().stream()
        .flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(30);
      assertThat(f.vague()).isTrue();
    });
  }

  @Test
  void aMaghrebiLowerBoundIsNoExactCount() {
    for (String text : List.of("فيما أصيب أزيد من 20 راكبا بجروح في حادثة السير.", "وأصيب ما يزيد عن 30 شخصا في القصف.")) {
      assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()).toList()).singleElement()
          .satisfies(f -> assertThat(f.vague()).as(text).isTrue());
    }
  }

  @Test
  void transportingTheWoundedIsNoFigure() {
    List<Figure> figures = extract("ونقل المصابون إلى 3 مستشفيات في المدينة.").events().stream()
        .flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).noneMatch(f -> f.value() == 3);
  }

  @Test
  void whoReportsAnAttackIsNotOneOfItsSides() {
    String text = "وأفاد المرصد السوري لحقوق الإنسان بمقتل 4 عناصر من قوات الأمن في هجوم لتنظيم داعش.";
    List<EventMention> violent = extract(text).events().stream().filter(e -> e.type().violent()).toList();
    assertThat(violent).isNotEmpty();
    for (EventMention e : violent) {
      if (e.actor1() != null) {
        assertThat(e.actor1().in(text)).doesNotContain("المرصد");
      }
    }
  }

  @Test
  void anInstitutionsNameLeavesOutTheObjectAndTheTitleAfterIt() {
    assertThat(extract("ودعت وزارة الداخلية المواطنين إلى الهدوء.").entities())
        .anyMatch(m -> m.text().equals("وزارة الداخلية"));
    assertThat(extract("وقال المتحدث باسم وزارة الداخلية العقيد سامر الخطيب إن التحقيق مستمر.").entities())
        .anyMatch(m -> m.text().equals("وزارة الداخلية"));
  }

  @Test
  void anInstitutionsNameEndsBeforeAParticipleOfAffiliation() {
    String text = "وأعلنت وزارة الصحة التابعة للجماعة ارتفاع حصيلة القتلى إلى 13 قتيلا.";
    assertThat(extract(text).entities()).noneMatch(m -> m.text().contains("التابعة"));
    assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()))
        .anyMatch(f -> f.value() == 13 && "وزارة الصحة".equals(f.authority()));
  }

  @Test
  void anInstitutionAtTheStartOfAClauseIsAnOrganisation() {
    String text = "وأعلنت وزارة الصحة الفلسطينية الأحد حصيلة جديدة.";
    assertThat(extract(text).entities()).anyMatch(m -> m.text().equals("وزارة الصحة الفلسطينية"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "نقابة أطباء اليمن قالت إن المستشفى خرج عن الخدمة بعد القصف.|نقابة أطباء اليمن",
      "الجيش الإسرائيلي قال في بيان إن طائراته أغارت على مبنى في مدينة غزة.|الجيش الإسرائيلي",
      "وكان الجيش الإسرائيلي قد قال إن قواته ستواصل العمليات في المنطقة.|الجيش الإسرائيلي",
      "مصدر أمني قال لرويترز إن الانفجار وقع قرب مقر حكومي في المدينة.|مصدر أمني",
      "وزير الخارجية الإيراني عباس عراقجي قال إن بلاده لن تتفاوض تحت الضغط.|عباس عراقجي",
  })
  void aSubjectBeforeItsVerbIsTheSpeaker(String text, String speaker) {
    // the sentence before names another speaker, whom the verb must not fall back to
    QuoteMention q = extract("وقال وزير الداخلية إن التحقيق مستمر. " + text).quotes().get(1);
    assertThat(q.speaker()).isEqualTo(speaker);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أفادت مصادر محلية بمقتل أربعة أشخاص في قصف على بلدة في ريف إدلب.|مصادر محلية|بمقتل أربعة أشخاص في قصف على بلدة في ريف إدلب",
      "وأفاد شهود عيان بوقوع انفجارات قوية في محيط المطار.|شهود عيان|بوقوع انفجارات قوية في محيط المطار",
  })
  void anAnonymousSourceEndsWhereTheReportedEventBegins(String text, String speaker, String claim) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(said(text, q)).isEqualTo(claim);
  }

  @Test
  void aFigureReportedByAnAnonymousSourceIsOnItsWord() {
    List<Figure> figures = extract("أفادت مصادر طبية بمقتل ستة أشخاص في غارة على مخيم.").events().stream()
        .flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
      assertThat(f.authority()).isEqualTo("مصادر طبية");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واتهمت وزارة الخارجية في بيان لها الحكومة بخرق الاتفاق الموقع.|الحكومة بخرق الاتفاق الموقع|",
      "واتهم المتحدث في تصريح للجزيرة الجيش بقصف الأحياء السكنية.|الجيش بقصف الأحياء السكنية|جزيرة",
      "وأعلنت وزارة الصحة في بيان رسمي ارتفاع عدد القتلى إلى 45 شخصا.|ارتفاع عدد القتلى إلى 45 شخصا|",
  })
  void theStatementAClaimWasMadeInIsNotTheClaim(String text, String claim, String medium) {
    QuoteMention q = onlyQuote(text);
    assertThat(said(text, q)).isEqualTo(claim);
    if (medium != null) {
      assertThat(q.chain()).singleElement().satisfies(link -> assertThat(link.name()).contains(medium));
    }
  }

  @Test
  void aSourcePassedOnByAnAgencyIsTheSpeakerAndTheAgencyIsInTheChain() {
    String text = "وذكرت وكالة الأنباء الرسمية (واع) نقلا عن مصدر عسكري أن الدفاعات الجوية أسقطت طائرة مسيرة.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مصدر عسكري");
    assertThat(q.chain()).singleElement().satisfies(link -> assertThat(link.name()).isEqualTo("وكالة الأنباء الرسمية"));
    assertThat(said(text, q)).isEqualTo("الدفاعات الجوية أسقطت طائرة مسيرة");
  }

  @Test
  void aSentenceOpenedByBihasbIsOnTheWordOfItsSource() {
    String text = "بحسب ما نقلت وكالة رويترز عن مصدر أمني، فإن الانفجار أسفر عن مقتل شخصين.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مصدر أمني");
    assertThat(q.chain()).singleElement().satisfies(link -> assertThat(link.name()).isEqualTo("وكالة رويترز"));
    assertThat(said(text, q)).isEqualTo("الانفجار أسفر عن مقتل شخصين");
    List<Figure> figures = extract(text).events().stream().flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).anySatisfy(f -> assertThat(f.authority()).isEqualTo("مصدر أمني"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أعلنت وزارة الصحة في غزة مقتل 25 شخصا. وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن القصف استهدف مسلحين. وقالت الوزارة إن بين القتلى 10 أطفال.|وقالت|وزارة الصحة في غزة",
      "قصف الجيش الإسرائيلي مواقع في جنوب لبنان. وأضاف الجيش في بيان أن الغارات استهدفت مستودعات أسلحة.|وأضاف|الجيش الإسرائيلي",
      "وقال المتحدث باسم وزارة الداخلية نور الدين البابا إن المهاجم قتل. وأوضح المتحدث أن التحقيقات مستمرة.|وأوضح|نور الدين البابا",
      "وقال المتحدث الرسمي باسم وزارة الداخلية العميد مازن الخطيب إن العملية انتهت. وأضاف المتحدث أن الوحدات ضبطت أسلحة.|وأضاف|مازن الخطيب",
      "أعلنت وزارة الداخلية السورية تفكيك خلية في ريف دمشق. وقالت الوزارة عبر معرفاتها الرسمية، الثلاثاء، إن العملية انتهت.|وقالت|وزارة الداخلية السورية",
  })
  void aDefiniteHeadNounAloneRefersToTheLastBodyNamedWithIt(String text, String verb, String speaker) {
    QuoteMention q = extract(text).quotes().stream().filter(x -> x.verb().equals(verb)).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.speakerSpan().in(text)).isEqualTo(speaker);
  }

  @Test
  void aFigureInTheWordsOfAReferringNounIsOnTheBodysAuthority() {
    String text = "أعلنت وزارة الصحة السودانية حصيلة جديدة. وقالت الوزارة إن 12 شخصا قتلوا في القصف.";
    List<Figure> figures = extract(text).events().stream().flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).anyMatch(f -> f.value() == 12 && "وزارة الصحة السودانية".equals(f.authority()));
  }

  @Test
  void aHeadNounAndItsAdjectiveReferToTheBodyNamedWithBoth() {
    String text = "وذكر المركز الإعلامي لمجلس القضاء الأعلى في بيان أن المحكمة نظرت القضية. "
        + "وأشار المركز الإعلامي إلى أن المدانين اعترفوا بتصنيع العبوة.";
    QuoteMention q = extract(text).quotes().stream().filter(x -> x.verb().equals("وأشار")).findFirst().orElseThrow();
    assertThat(q.speaker()).startsWith("المركز الإعلامي لمجلس القضاء");
    String other = "أعلنت وزارة الصحة ارتفاع الحصيلة. وقالت الوزارة الفلسطينية إن 12 شخصا قتلوا.";
    QuoteMention r = extract(other).quotes().stream().filter(x -> x.verb().equals("وقالت")).findFirst().orElseThrow();
    assertThat(r.speaker()).isNotEqualTo("وزارة الصحة");
  }

  @Test
  void aDefiniteHeadNounWithNoBodyNamedBeforeIsNobody() {
    String text = "وقال المتحدث باسم الأمم المتحدة إن الوضع خطير. وقالت الوزارة إن 12 شخصا قتلوا في القصف.";
    QuoteMention q = extract(text).quotes().stream().filter(x -> x.verb().equals("وقالت")).findFirst().orElseThrow();
    assertThat(q.speaker()).isNull();
    assertThat(q.sourceType()).isEqualTo(SourceType.OUTLET);
  }

  @Test
  void theSpokesmanReferredToIsTheOneNamedWithAChainOfTitles() {
    String text = "أعلن المتحدث العسكري المصري العقيد غريب عبد الحافظ مقتل 4 جنود. وأضاف المتحدث في بيان أن قوات الجيش قتلت 6 مسلحين.";
    QuoteMention q = extract(text).quotes().stream().filter(x -> x.verb().equals("وأضاف")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("غريب عبد الحافظ");
  }

  @Test
  void theArmyOrThePoliceAloneSpeaksAsWrittenThoughNoBodyWasNamedBefore() {
    String text = "قالت مصادر أمنية إن خمسة جنود قتلوا. وقال الجيش في بيان إن قواته قتلت ستة من المهاجمين.";
    QuoteMention q = extract(text).quotes().stream().filter(x -> x.verb().equals("وقال")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("الجيش");
    assertThat(q.sourceType()).isEqualTo(SourceType.OFFICIAL_STATEMENT);
  }

  @Test
  void aCasualtyReportAfterBaIsAClaimHoweverShort() {
    String text = "وأفاد مصدر أمني بمقتل جنديين.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مصدر أمني");
    assertThat(said(text, q)).isEqualTo("بمقتل جنديين");
    assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()))
        .anyMatch(f -> f.value() == 2 && "مصدر أمني".equals(f.authority()));
  }

  @Test
  void theAuthorsOwnRemarkIsNoQuotation() {
    assertThat(extract("والجدير بالذكر أن المدينة شهدت اشتباكات عنيفة الشهر الماضي.").quotes()).isEmpty();
    assertThat(extract("ومن الجدير بالذكر أن الطريق أغلق منذ أسبوع.").quotes()).isEmpty();
  }

  @Test
  void aMarkerOfMannerNamesNoSource() {
    assertThat(extract("وبدأ الاجتماع عند الساعة العاشرة صباحا حسب التوقيت المحلي للعاصمة.").quotes()).isEmpty();
    assertThat(extract("وتتوزع المساعدات على النازحين حسب الحاجة في كل مخيم.").quotes()).isEmpty();
    assertThat(extract("ويجري تبادل الأسرى وفقا لقواعد القانون الدولي الإنساني.").quotes()).isEmpty();
    assertThat(extract("وتتغير سرعة التفاعل حسب درجة حرارة الجو في المختبر.").quotes()).isEmpty();
    assertThat(extract("وتتحدد المرحلة المقبلة وفقا للرؤية الأميركية للحل في المنطقة.").quotes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ضرب زلزال بقوة 6 درجات جنوب البلاد ما أدى إلى مقتل 12 شخصا.",
      "وتسببت السيول في مقتل خمسة أشخاص وإصابة عشرة آخرين.",
      "وأدت الفيضانات إلى وفاة 20 شخصا في الولاية.",
  })
  void deathsInANaturalDisasterAreNoAttack(String text) {
    assertThat(extract(text).events()).noneMatch(e -> e.type() == org.isnad.model.EventType.ATTACK);
  }

  @Test
  void theBodyRightAfterAClaimVerbSpeaksNotThePersonItsClaimNames() {
    String text = "وأعلنت وزارة الصحة استشهاد الشاب عمر فايز جرادات في المستشفى، ليرتفع عدد الشهداء إلى أربعة.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("وزارة الصحة");
    assertThat(said(text, q)).startsWith("استشهاد الشاب عمر فايز جرادات");
  }
}
