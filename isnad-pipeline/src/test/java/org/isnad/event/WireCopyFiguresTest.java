package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty and arrest figures written the ways wire copy and conflict reports write them, beyond
 * "مقتل 3": the force between the verb and the number, lower bounds of several words, tolls of
 * tens of thousands, the subject of "لقي حتفه", a counted group before its verb. On sentences
 * written for these tests, with the bundled entity recogniser.
 */
class WireCopyFiguresTest {

  private static List<Figure> figures(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return Extraction.of(clean).events().stream()
        .flatMap(e -> e.figures().stream()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واعتقلت القوات الإسرائيلية 18 فلسطينيا خلال مداهمات في الضفة الغربية.|ARRESTED|18",
      "واعتقلت القوات الإسرائيلية ثلاثين شابا في مخيم جنين.|ARRESTED|30",
      "وقتل ما لا يقل عن 25 شخصا في الهجوم على السوق.|KILLED|25",
      "وأعلنت وزارة الصحة ارتفاع حصيلة الشهداء إلى 68 ألفا و230 شهيدا.|KILLED|68230",
      "وارتفع عدد ضحايا القصف إلى ألفين وخمسمئة قتيل.|KILLED|2500",
      "ولقي شخصان حتفهما في قصف على الطريق الدولي.|KILLED|2",
      "ولقي جندي مصرعه في انفجار لغم قرب الحدود.|KILLED|1",
      "لقي طفلان يمنيان حتفهما وأصيب ثالث بانفجار لغم في قرية نائية.|KILLED|2",
      "ولقي شاب فلسطيني مصرعه في انفجار لغم قرب الحدود.|KILLED|1",
      "ولقي أربعة أطفال مصرعهم في القصف على الحي.|KILLED|4",
      "وقال المرصد إن خمسة عناصر من قوات النظام قتلوا في هجوم ليلي.|KILLED|5",
      "وأسفرت الغارات عن سقوط 14 قتيلا وعشرات الجرحى.|KILLED|14",
      "وقالت القيادة إن صاروخا باليستيا أصاب السفينة، وإن بحارا واحدا أصيب بجروح طفيفة.|WOUNDED|1",
      "وقالت الوزارة إن مواطنين صينيين اثنين اختطفا في هجوم على موقع للتعدين.|ABDUCTED|2",
      "وقال نادي الأسير إن عدد المعتقلين خلال الاقتحام بلغ 18 مواطنا.|ARRESTED|18",
      "واعتقلت قوات الاحتلال شقيقين خلال اقتحام البلدة.|ARRESTED|2",
      "وقالت الشرطة إن مسلحين اختطفوا، مساء السبت، أربعة أجانب قرب المدينة.|ABDUCTED|4",
      "وأصيب، مساء أمس، ثلاثة مدنيين في قصف على البلدة.|WOUNDED|3",
      "قتلت قوات الاحتلال، صباح اليوم، شابا فلسطينيا في مخيم جنين.|KILLED|1",
      "واستشهد المواطن محمد أحمد مع ثلاثة من أبنائه في قصف على منزلهم.|KILLED|4",
      "اغتال مسلحون مجهولون مدير الناحية في ريف المحافظة مساء أمس.|KILLED|1",
      "وذكر المرصد أن سبعة عناصر، بينهم ضابطان، قتلوا في الكمين.|KILLED|7",
      "وفقد أثر تسعة بحارة بعد غرق سفينتهم في خليج عدن.|MISSING|9",
      "وقتل أربعة عناصر من الشرطة ومنفذ الهجوم في تبادل لإطلاق النار.|KILLED|4",
      "وأعلنت القيادة قتل تسعة واعتقال مسلحين آخرين في مناطق متفرقة.|KILLED|9",
      "وجرفت المياه حافلة تقل عشرين راكبا، ولا يزال أربعة منهم في عداد المفقودين.|MISSING|4",
      "وأعلنت الداخلية القبض على خلية مكونة من سبعة عناصر تابعة للتنظيم.|ARRESTED|7",
      "وفككت الشرطة عصابة من أربعة أشخاص، وألقت القبض على عصابة مؤلفة من ستة متهمين بالسرقة.|ARRESTED|6",
      "وقال مصدر طبي إن ثلاثة من المسعفين وسائقا أصيبوا في القصف.|WOUNDED|4",
      "وأعلن الدفاع المدني انتشال خمس جثث جديدة من تحت الأنقاض، لترتفع حصيلة ضحايا الزلزال إلى 42 قتيلا.|KILLED|42",
      "وتوفي أحد الجرحى في المستشفى متأثرا بجروحه، ليرتفع عدد القتلى إلى تسعة.|KILLED|9",
      "وارتفع عدد الجثث المنتشلة إلى 60 جثة، بعد انتشال أربع جثث إضافية.|KILLED|60",
      "واغتيل قائد شرطة المدينة بعبوة ناسفة زرعت في سيارته.|KILLED|1",
      "وقتل العقيد خالد الجبوري برصاص قناص في الموصل.|KILLED|1",
      "واعتقلت الشرطة مدير مكتب الوزير بتهمة الرشوة.|ARRESTED|1",
      "واعتقلت الشرطة شابا في حي شعبي.|ARRESTED|1",
      "وقتل مدني مع اثنين من أطفاله في غارة على البلدة.|KILLED|3",
      "وقتل جندي مع اقتراب المسلحين من الموقع.|KILLED|1",
      "وقال الدفاع المدني إن طفلين لا يزالان في عداد المفقودين بعد انهيار المبنى.|MISSING|2",
      "وأضاف أن ثلاثة أشخاص ما زالوا في عداد المفقودين.|MISSING|3",
      "واعتقلت الشرطة، مساء أمس، شابا في حي شعبي.|ARRESTED|1",
      "وقال المتحدث باسم الجيش إن جنديين قتلا وأصيب ثلاثة آخرون في الهجوم على الحاجز.|WOUNDED|3",
      "وقتل جندي إسرائيلي في اشتباك مع مسلحين قرب طولكرم.|KILLED|1",
      "وأصيب مدني بجروح خطيرة جراء قصف مدفعي على بلدة حدودية.|WOUNDED|1",
      "واعتقل شاب من بلدة قرب الخليل فجر اليوم.|ARRESTED|1",
      "وقتلت قوات الدعم السريع طفلا في هجوم على قرية بشمال دارفور.|KILLED|1",
      "واستشهد فلسطيني برصاص قوات الاحتلال في نابلس.|KILLED|1",
      "وأسفرت الغارة عن مقتل ضابط ومدني في ريف إدلب.|KILLED|2",
      "وقتل عنصر من الشرطة وأصيب آخران في انفجار عبوة ناسفة.|WOUNDED|2",
      "وبحسب وزارة الصحة، فإن عدد القتلى ارتفع إلى 30.|KILLED|30",
      "وقال المتحدث إن حصيلة الجرحى بلغت 57 مصابا.|WOUNDED|57",
      "وأعلنت الوزارة أن عدد الشهداء في القطاع منذ بدء الحرب ارتفع إلى 412.|KILLED|412",
      "وقال مسعفون إن 12 شخصا على الأقل قتلوا في غارة جوية على منزل في المخيم.|KILLED|12",
      "واعتقلت القوات الإسرائيلية، فجر اليوم الأربعاء، 25 مواطنا من محافظات الضفة الغربية.|ARRESTED|25",
      "وأوضحت مصادر طبية أن بين القتلى نساء، وأن أكثر من 20 شخصا أصيبوا بجروح.|WOUNDED|20",
  })
  void theFigureOfTheSentence(String text, FigureKind kind, long value) {
    assertThat(figures(text)).as(text).filteredOn(f -> f.kind() == kind).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال قائد العمليات إن القوات تمكنت من قتل اثنين من المهاجمين خلال الاشتباك.|2",
      "وأعلن الجيش مقتل العشرات من المسلحين في الاشتباكات.|20",
      "وقتل أحد المهاجمين في تبادل لإطلاق النار مع الحراس.|1",
  })
  void theAttackersCountedAreNoVictims(String text, long value) {
    assertThat(figures(text)).as(text).singleElement()
        .satisfies(f -> assertThat(f.perpetrator()).isTrue(), f -> assertThat(f.value()).isEqualTo(value));
  }

  @Test
  void dawnIsNoBombing() {
    assertThat(extractEvents("واعتقلت القوات الإسرائيلية فجر اليوم 5 شبان من بلدة قرب نابلس."))
        .noneMatch(e -> e.type() == org.isnad.model.EventType.BOMBING);
  }

  @Test
  void aNumberAfterMoreThanBeforeItsVerbIsALowerBound() {
    assertThat(figures("وقال الأطباء إن أكثر من 20 شخصا أصيبوا بجروح في القصف."))
        .singleElement().satisfies(f -> assertThat(f.vague()).isTrue());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأضاف البيان أن من بين القتلى 12 امرأة و9 أطفال.",
      "وبين الجرحى 5 أطفال في حالة خطيرة.",
  })
  void aBreakdownOfTheDeadIsNoCountOfItsOwn(String text) {
    assertThat(figures(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ولقي شخصان حتفهما في حادث سير على الطريق الدولي.",
      "وقتل ثلاثة أشخاص في حريق اندلع في سوق شعبي بالمدينة.",
      "ولقي طفل حتفه غرقا في نهر الفرات.",
      "وأصيب 4 عمال في انهيار جدار بموقع بناء.",
  })
  void deathsInAnAccidentAreNoAttack(String text) {
    assertThat(extractEvents(text)).as(text).noneMatch(e -> e.type().violent());
  }

  private static List<org.isnad.model.EventMention> extractEvents(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return Extraction.of(clean).events();
  }

  @Test
  void anAccidentWordBesideAnAttackKeepsTheAttack() {
    assertThat(extractEvents("وقتل 5 مدنيين في انهيار مبنى جراء غارة جوية على الحي."))
        .anyMatch(e -> e.type() == org.isnad.model.EventType.AIRSTRIKE && !e.figures().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ودعت المنظمة إلى حماية المدني في مناطق النزاع.",
      "وقال الجيش إنه لم يقتل أي مدني في العملية.",
      "ولم يصب أي جندي في الهجوم على القاعدة.",
      "وانتهى الاشتباك دون إصابة شخص واحد من المارة.",
      "وطالب المجلس بوقف قتل المدنيين في المدينة.",
      "وقال الرئيس السابق في مقابلة إنه لم يلق القبض على زعيم التنظيم.",
      "وأصيب المدير بجروح طفيفة.",
      "وتواصل فرق الإنقاذ البحث في موقع الانهيار.",
  })
  void noCountOfOneForGenericOrDeniedSingulars(String text) {
    assertThat(figures(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل أمس شاب برصاص قناص في حي الجمهوري.|KILLED|1",
      "وألقت الشرطة القبض أمس على ستة متهمين بتهريب الأسلحة.|ARRESTED|6",
      "وقتل 2000 شخص في الهجوم.|KILLED|2000",
  })
  void aDayRightAfterTheVerbIsSkippedToTheCount(String text, FigureKind kind, long value) {
    assertThat(Extraction.figures(text, java.time.LocalDate.of(2026, 3, 10))).as(text)
        .filteredOn(f -> f.kind() == kind).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(value));
  }

  @Test
  void aNumberBeforeAJoinedCasualtyWordCountsTheWordBeforeIt() {
    assertThat(figures("وأعلنت القيادة قتل تسعة واعتقال مسلحين آخرين في مناطق متفرقة."))
        .noneMatch(f -> f.kind() == FigureKind.ARRESTED);
  }

  @Test
  void aCountBeforeAPeriodsRisingTotalIsTheEventsOwn() {
    assertThat(figures("واستشهد ثلاثة فلسطينيين في قصف على خان يونس، ليرتفع عدد الشهداء منذ بدء العدوان إلى 1200 شهيد."))
        .filteredOn(f -> f.kind() == FigureKind.KILLED).extracting(Figure::value).contains(3L);
  }

  @Test
  void rescuersWhoRescueACountKeepIt() {
    assertThat(figures("وأنقذت فرق الإنقاذ 7 أشخاص من الغرق في النهر.")).filteredOn(f -> f.kind() == FigureKind.RESCUED)
        .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(7));
  }

  @Test
  void aTitleThatActsOrFallsIllIsNoVictim() {
    assertThat(figures("وقتل مدير الشرطة المحلية شابا في مشاجرة."))
        .noneMatch(f -> f.group() != null && f.group().startsWith("مدير"));
    assertThat(figures("وأصيب رئيس الوزراء بوعكة صحية نقل على إثرها إلى المستشفى.")).isEmpty();
    assertThat(figures("واعتقل قائد الشرطة المتهمين في الحادث."))
        .noneMatch(f -> f.group() != null && f.group().startsWith("قائد"));
  }

  @Test
  void aCountTheSpeakerDeniesIsNoneOfTheirs() {
    assertThat(figures("وأعلنت الوزارة أن حصيلة الحريق بلغت 82 قتيلا، نافية الأنباء عن سقوط أكثر من مئة قتيل."))
        .filteredOn(f -> f.kind() == FigureKind.KILLED).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(82));
    assertThat(figures("ونفى الجيش مقتل خمسة مدنيين في القصف.")).isEmpty();
    assertThat(figures("ونفت الوزارة الشائعات وأكدت مقتل ثلاثة أشخاص في الحريق.")).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(3));
  }

  @Test
  void aLowerBoundBeforeANounOfVictimsIsVague() {
    assertThat(figures("وأوقع الانفجار أكثر من 12 قتيلا في السوق.")).singleElement()
        .satisfies(f -> assertThat(f.vague()).isTrue(), f -> assertThat(f.value()).isEqualTo(12));
    assertThat(figures("وأوقع الانفجار 12 قتيلا في السوق.")).singleElement()
        .satisfies(f -> assertThat(f.vague()).isFalse());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيب 12 شخصا بجروح متفاوتة جراء سقوط قذائف على أحياء سكنية.",
      "وأسفر القصف عن مقتل ثلاثة مدنيين وإصابة سبعة آخرين بجروح.",
  })
  void twoCasualtyWordsAroundOneNumberAreOneFigure(String text) {
    assertThat(figures(text)).filteredOn(f -> f.kind() == FigureKind.WOUNDED).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void aPlaceOpeningTheSentenceIsTheEventsUnlessSomeoneSpeaksThere() {
    org.isnad.model.AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(
        "وفي البصرة جنوب العراق اعتقل الجيش العراقي 6 مسلحين."));
    assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.place()).isNotNull()
        .satisfies(p -> assertThat(p.in(a.clean().original())).isEqualTo("البصرة")));
    org.isnad.model.AnalysedArticle b = Extraction.of(org.isnad.model.Paragraphs.one(
        "وفي واشنطن، قال المتحدث باسم البنتاغون إن الهجوم أسفر عن مقتل جنديين."));
    assertThat(b.events()).allSatisfy(e -> assertThat(e.place()).isNull());
  }
}
