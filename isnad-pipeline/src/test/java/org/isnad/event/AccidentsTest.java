package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deaths of an accident ("غرق قارب", "حادث سير") are an accident, told on the accident word, with its
 * dead, missing and rescued; bodies recovered count the dead; a story keeps one accident over the days
 * its dead are found. On sentences written for these tests.
 */
class AccidentsTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 7, 16)).events();
  }

  private static List<Figure> figures(String text) {
    return events(text).stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void theDeadAndMissingOfAWreckAreAnAccidentToldOnItsWord() {
    AnalysedArticle a = Extraction.dated(
        "لقي 15 مهاجرا حتفهم وفقد ثلاثون آخرون إثر غرق قارب قبالة سواحل مدينة زوارة فجر اليوم الخميس.",
        LocalDate.of(2026, 7, 16));
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.ACCIDENT).findFirst().orElseThrow();
    assertThat(m.trigger().in(a.clean().original())).isEqualTo("غرق");
    assertThat(m.actor1()).isNull();
    assertThat(m.figures()).extracting(Figure::kind, Figure::value)
        .contains(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 15L),
            org.assertj.core.groups.Tuple.tuple(FigureKind.MISSING, 30L));
    assertThat(a.events()).extracting(EventMention::type).doesNotContain(EventType.ATTACK);
  }

  @Test
  void bodiesRecoveredCountTheDeadAndTheRescuedAreCounted() {
    assertThat(figures("وانتشلت فرق الإنقاذ جثث 12 مهاجرا وأنقذت 41 آخرين إثر غرق قارب.")).extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 12L),
            org.assertj.core.groups.Tuple.tuple(FigureKind.RESCUED, 41L));
  }

  @Test
  void aSurvivorsCountBeforeItsNounIsRescued() {
    assertThat(figures("وقالت المنظمة إن 38 ناجيا وصلوا إلى البر بعد غرق القارب.")).extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.RESCUED, 38L));
  }

  @Test
  void peopleRescuedAloneAreAnAccidentsToldOnTheFigure() {
    AnalysedArticle a = Extraction.dated("وتمكنت الفرق من إنقاذ 41 مهاجرا ونقلتهم إلى الميناء.", LocalDate.of(2026, 7, 16));
    assertThat(a.events()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(m.trigger().in(a.clean().original())).isEqualTo("إنقاذ");
    });
  }

  @Test
  void anExplosionOfAGasCylinderIsAnAccidentNoBombing() {
    AnalysedArticle a = Extraction.dated("أعلنت مديرية الدفاع المدني مصرع شخصين وإصابة تسعة آخرين بانفجار أسطوانة غاز داخل مطعم في بغداد.",
        LocalDate.of(2026, 11, 18));
    assertThat(a.events()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(m.actor1()).isNull();
      assertThat(m.figures()).extracting(Figure::kind).containsExactly(FigureKind.KILLED, FigureKind.WOUNDED);
    });
    assertThat(events("وقال إن الانفجار نجم عن تسرب غاز من أسطوانة في مطبخ المطعم.")).extracting(EventMention::type)
        .containsExactly(EventType.ACCIDENT);
    assertThat(events("قتل ثلاثة أشخاص بانفجار عبوة ناسفة قرب محطة وقود.")).extracting(EventMention::type)
        .containsExactly(EventType.BOMBING);
    // an explosion near a petrol station or one a strike set off is no accident of fuel
    assertThat(events("قتل خمسة أشخاص في انفجار قرب محطة للوقود في المدينة.")).extracting(EventMention::type)
        .doesNotContain(EventType.ACCIDENT);
    assertThat(events("شنت طائرات حربية غارة على الميناء، ما أدى إلى انفجار خزانات الوقود ومقتل أربعة عمال."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
    // a charge by a fuel tank, a detonation, a claimed blast: deeds, no accidents
    assertThat(events("قتل 4 أشخاص في انفجار عبوة قرب خزان وقود في بغداد.")).extracting(EventMention::type)
        .contains(EventType.BOMBING).doesNotContain(EventType.ACCIDENT);
    assertThat(events("قتل 3 عمال في تفجير أنبوب الغاز قرب العريش.")).extracting(EventMention::type)
        .doesNotContain(EventType.ACCIDENT);
    assertThat(events("أعلن تنظيم داعش مسؤوليته عن انفجار أنبوب الغاز الذي أودى بحياة 3 عمال.")).extracting(EventMention::type)
        .doesNotContain(EventType.ACCIDENT);
  }

  @Test
  void aMaghrebiRoadCrashIsAnAccidentNoAttack() {
    assertThat(events("لقي سبعة أشخاص مصرعهم، وأصيب 23 آخرون بجروح متفاوتة الخطورة، في حادثة سير وقعت صباح اليوم."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(events("وخلفت حوادث السير خلال الأسبوع الماضي 18 قتيلا بالمناطق الحضرية."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
  }

  @Test
  void anOverturnedBusAndMigrantsWhoDrownedAreAccidents() {
    assertThat(events("لقي 4 أشخاص حتفهم في انقلاب الحافلة التي كانت تقلهم على طريق الساحل."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(events("انقلبت حافلة تقل عمالا على الطريق الساحلي، وأكدت السفارة وفاة 5 منهم وإصابة 11 آخرين."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(events("أعلن الهلال الأحمر انتشال جثث تسعة مهاجرين غرقوا قبالة السواحل الليلة الماضية."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
  }

  @Test
  void theParticleFaQadBeforeAVerbCountsNoMissing() {
    assertThat(figures("وحسب السلطات المحلية، فقد لقي سبعة أشخاص مصرعهم في حادثة سير.")).extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 7L));
  }

  @Test
  void anAccidentBesideAWordOfViolenceKeepsTheViolentEvent() {
    assertThat(events("وقتل ثلاثة أشخاص في انهيار مبنى جراء غارة على البلدة.")).extracting(EventMention::type)
        .containsExactly(EventType.AIRSTRIKE);
  }

  @Test
  void aTownNamedLikeAWordOfPenaltyIsNoVerdict() {
    // "بعقوبة" is the town, not "بـ" and "عقوبة" (a sentence), whose day "أمس" would then be
    AnalysedArticle a = Extraction.dated("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بعقوبة أمس.", LocalDate.of(2026, 7, 16));
    assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.time()).isNotNull());
  }

  @Test
  void aCollapseOfNoBuildingIsNoAccident() {
    assertThat(events("وقالت المنظمة إن فرقها استقبلت 38 مصابا، وإن النظام الصحي على حافة الانهيار."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
    assertThat(events("وقتل عاملان في انهيار جدار بموقع بناء.")).extracting(EventMention::type)
        .containsExactly(EventType.ACCIDENT);
    assertThat(events("لقي 5 أشخاص مصرعهم وأصيب 4 آخرون إثر انهيار عقار مكون من خمسة طوابق.")).extracting(EventMention::type)
        .containsExactly(EventType.ACCIDENT);
    assertThat(events("وقال الدفاع المدني إن ثلاثة أشخاص قتلوا في انهيار المبنى القديم.")).extracting(EventMention::type)
        .containsExactly(EventType.ACCIDENT);
  }

  @Test
  void anAircraftCrashIsAnAccidentWithNoSides() {
    List<EventMention> found = events("وقتل خمسة عسكريين جراء تحطم مروحية تابعة لسلاح الجو خلال طلعة تدريبية.");
    assertThat(found).extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(found.get(0).actor1()).isNull();
    assertThat(events("وتحطمت طائرة عسكرية بعد استهدافها بصاروخ أطلقه مسلحون، ما أدى إلى مقتل طاقمها الثلاثة."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
  }

  private static final String FIRST = """
      غرق قارب مهاجرين قبالة زوارة

      طرابلس - لقي 12 مهاجرا حتفهم، فجر اليوم الخميس 16 يوليو 2026، إثر غرق قارب قبالة سواحل مدينة زوارة غرب ليبيا، وفق حرس السواحل.
      وأضاف حرس السواحل أن البحث جار عن مفقودين قبالة زوارة.
      """;
  private static final String SECOND = """
      ارتفاع حصيلة غرق قارب المهاجرين قبالة زوارة

      طرابلس - ارتفعت حصيلة ضحايا غرق قارب المهاجرين قبالة مدينة زوارة إلى 20 قتيلا، بعد انتشال ثماني جثث، الجمعة 17 يوليو 2026، وفق الهلال الأحمر.
      وقال الهلال الأحمر إن فرقه انتشلت 8 جثث على شواطئ زوارة.
      """;

  @Test
  void casualtiesCountedAfterAnAccidentAreTheAccidents() {
    List<EventMention> told = events("ضرب زلزال بقوة 5.6 درجات على مقياس ريختر ولاية ملاطية شرقي تركيا صباح اليوم."
        + " وقال وزير الداخلية إن 23 شخصا أصيبوا بجروح طفيفة.");
    assertThat(told).extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(told.get(0).figures()).extracting(Figure::value).containsExactly(23L);
  }

  @Test
  void casualtiesCountedAfterAFuelBlastAreTheAccidents() {
    assertThat(events("انفجرت أسطوانة غاز داخل مطعم في حي شعبي. وقالت وزارة الصحة إن 3 أشخاص أصيبوا بجروح طفيفة."))
        .filteredOn(e -> !e.figures().isEmpty()).extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    // a charge by a fuel tank is a bombing, and its casualties are the bombing's
    assertThat(events("انفجرت عبوة ناسفة قرب خزان وقود في السوق. وقالت الشرطة إن 3 أشخاص أصيبوا."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
  }

  @Test
  void casualtiesAfterAnotherEventWordAreNoAccidents() {
    // the last event word before the count is an abduction, not the fire told before it
    assertThat(events("اندلع حريق في سوق المدينة صباح اليوم. وأفرج الخاطفون عن الرهائن الذين اختطفوا أمس،"
        + " وقتل جندي وأصيب ثلاثة آخرون.")).extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
    // gunfire is violence, and a sentence on another matter tells no earlier accident's dead
    assertThat(events("توفي شخصان في حادث سير على الطريق الدولي. وفي درعا، قال ناشطون إن 3 شبان قتلوا بطلقات نارية في بلدة الحراك."))
        .filteredOn(e -> e.figures().stream().anyMatch(f -> f.value() == 3)).extracting(EventMention::type)
        .doesNotContain(EventType.ACCIDENT);
    assertThat(events("اندلع حريق في سوق شعبي بالمدينة. وقال مصدر محلي إن 4 أشخاص قتلوا برصاص مجهولين في بلدة مجاورة."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
    // another voice on the same matter, and a consul, leave the accident's dead its own
    assertThat(events("ضرب زلزال بقوة 6 درجات ولاية ملاطية شرقي تركيا فجر اليوم. ومن جهتها، قالت إدارة الكوارث إن"
        + " 23 شخصا أصيبوا.")).extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    assertThat(events("غرق مركب يقل مهاجرين قبالة سواحل صبراتة. وأكد قنصل مصر في ليبيا وفاة 7 مصريين في الحادث."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
    // an article that tells violence anywhere keeps its bare casualties as the violence's
    assertThat(events("اندلع حريق في المبنى بعد قصف مدفعي استهدف الحي صباح اليوم. وأصيب 4 أشخاص بجروح."))
        .extracting(EventMention::type).doesNotContain(EventType.ACCIDENT);
  }

  @TempDir Path dir;

  @Test
  void theDeadFoundTheNextDayAreOfTheSameAccidentDatedByItsDay() throws IOException {
    Files.writeString(dir.resolve("a.txt"), FIRST);
    Files.writeString(dir.resolve("b.txt"), SECOND);
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    List<Event> events = stories.get(0).events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(e.start()).isEqualTo(LocalDate.of(2026, 7, 16));
      assertThat(e.figures()).extracting(r -> r.figure().value()).contains(12L, 20L);
    });
  }

  private static final String GAS = """
      مصرع شخصين بانفجار أسطوانة غاز في مطعم بالموصل

      الموصل - لقي شخصان مصرعهما وأصيب خمسة آخرون بانفجار أسطوانة غاز داخل مطعم في حي الزهور بمدينة الموصل فجر اليوم الاثنين 9 نوفمبر 2026.
      وقال الدفاع المدني إن الفرق أخمدت النيران وأنقذت ثلاثة أشخاص من المطعم.
      """;
  private static final String MYSTERY = """
      انفجار غامض في مطعم بالموصل

      الموصل - قتل شخصان وأصيب خمسة آخرون بانفجار غامض وقع داخل مطعم في حي الزهور بمدينة الموصل فجر اليوم الاثنين 9 نوفمبر 2026.
      وقال مصدر في الشرطة إن أسباب الانفجار لا تزال قيد التحقيق، وإن القوات الأمنية طوقت موقع الانفجار.
      """;

  @Test
  void aMysteriousExplosionIsTheGasCylinderAccidentOfItsDayAndPlace() throws IOException {
    Files.writeString(dir.resolve("a.txt"), GAS);
    Files.writeString(dir.resolve("b.txt"), MYSTERY);
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(e.actor1()).isNull();
      assertThat(e.mentions()).extracting(org.isnad.model.SourceRef::article).containsAll(stories.get(0).articles());
    });
  }
}
