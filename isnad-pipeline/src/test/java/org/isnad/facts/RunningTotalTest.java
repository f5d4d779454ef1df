package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A toll that rose between two reports is an update, not a contradiction; two plain counts still disagree. */
class RunningTotalTest {

  private static final String FIRST = """
      مقتل 12 شخصا في قصف على سوق شعبي في مدينة الفاشر

      الخرطوم - قتل 12 شخصا في قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان، وفق ما أفادت به مصادر طبية.
      """;
  private static final String RISEN = """
      ارتفاع حصيلة قصف سوق الفاشر

      الفاشر - ارتفعت حصيلة القصف الذي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان إلى 15 قتيلا، بحسب وزارة الصحة.
      """;
  private static final String OTHER_COUNT = """
      مقتل 15 شخصا في قصف سوق الفاشر

      الفاشر - قتل 15 شخصا في قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان، بحسب وزارة الصحة.
      """;

  @TempDir Path dir;
  private Story story;

  @Test
  void aRunningTotalAboveAnEarlierCountUpdatesIt() throws IOException {
    Fact killed = killed(RISEN);
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("15");
    assertThat(killed.low()).isEqualTo(12);
    assertThat(killed.high()).isEqualTo(15);
    assertThat(story.brief()).anyMatch(b -> b.text().startsWith("ارتفعت حصيلة القتلى")
        && b.text().indexOf("12") < b.text().indexOf("15") && !b.citations().isEmpty());
  }

  @Test
  void aCountOfAnEarlierDayIsNoBestBesideTheNextDaysRunningTotalAndItsRivals() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        زلزال يضرب ريف اللاذقية

        الثلاثاء 03/11/2026

        ضرب زلزال قوي فجر اليوم الثلاثاء ريف محافظة اللاذقية، ما أدى إلى وفاة 9 أشخاص في حصيلة أولية، وفق وزارة الصحة.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        ارتفاع حصيلة زلزال ريف اللاذقية

        الأربعاء 04/11/2026

        ارتفعت حصيلة ضحايا الزلزال الذي ضرب ريف محافظة اللاذقية فجر أمس الثلاثاء إلى 24 قتيلا، بحسب الدفاع المدني.

        أما مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية فتحدث في تقرير عن 26 قتيلا جراء الزلزال.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact killed = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.values()).extracting(v -> v.value()).contains("9", "24", "26");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED); // the civil defence's 24 against the UN's 26
    assertThat(killed.best()).isEqualTo("24"); // not the first day's 9, which the 24 replaced
    assertThat(killed.low()).isEqualTo(9);
  }

  @Test
  void anArmysFightersAgainstTheHospitalsCiviliansDisputeEvenBelowARunningTotal() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        غارة تركية قرب سنجار

        الأربعاء 14/10/2026

        أعلنت وزارة الدفاع التركية تحييد 3 إرهابيين في غارة جوية على سيارة قرب سنجار شمالي العراق، فيما أكدت دائرة صحة نينوى مقتل أربعة مدنيين في الغارة.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        ارتفاع عدد ضحايا الغارة التركية على سنجار

        الخميس 15/10/2026

        ارتفع عدد ضحايا الغارة الجوية التركية على سيارة قرب سنجار شمالي العراق إلى خمسة قتلى، بحسب مدير مستشفى سنجار.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact killed = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.values()).extracting(v -> v.value()).contains("3", "4", "5");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED); // who died, not only how many
    assertThat(killed.best()).isEqualTo("5"); // the latest total
  }

  @Test
  void anArmysFightersAgainstTheMinistrysDeadOfNoKindDisputeEvenBelowARunningTotal() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        اقتحام إسرائيلي لمخيم جنين

        الثلاثاء 17/11/2026

        قال المتحدث باسم الجيش الإسرائيلي إن القوات نفذت نشاطا في مخيم جنين أسفر عن تحييد مسلحين اثنين، فيما أعلنت وزارة الصحة الفلسطينية استشهاد ثلاثة شبان برصاص الاحتلال في مخيم جنين.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        ارتفاع عدد شهداء العدوان على مخيم جنين

        الأربعاء 18/11/2026

        أعلنت وزارة الصحة الفلسطينية ارتفاع عدد شهداء العدوان الإسرائيلي على مخيم جنين إلى أربعة شهداء.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact killed = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.values()).extracting(v -> v.value()).contains("2", "3", "4");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED); // the army's fighters are no earlier tally
    assertThat(killed.best()).isEqualTo("4"); // the latest total
  }

  @Test
  void aCountInAClauseOfItsOwnAfterARunningTotalIsNoRunningTotal() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        غرق قارب قبالة الساحل

        الخميس 16/07/2026

        ارتفع عدد قتلى غرق القارب قبالة ساحل المدينة إلى 17 شخصا، فيما لا يزال 30 شخصا في عداد المفقودين، بحسب خفر السواحل.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        البحث مستمر عن المفقودين في غرق قارب قبالة الساحل

        الخميس 16/07/2026

        وقالت المنظمة الدولية للهجرة إن عمليات البحث عن 12 مفقودا لا تزال مستمرة بعد غرق القارب قبالة ساحل المدينة.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact missing = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("missing")).findFirst().orElseThrow();
    assertThat(missing.values()).extracting(v -> v.value()).contains("30", "12");
    assertThat(missing.status()).isEqualTo(FactStatus.DISPUTED); // the 30 did not rise: it is no update of the 12
  }

  @Test
  void aTotalSetAgainstAnotherAuthoritysCountIsARivalAccount() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        توقيفات في الحسيمة بعد تفريق مسيرة احتجاجية

        أفادت السلطات المحلية بأنه تم توقيف 12 شخصا خلال تفريق مسيرة احتجاجية في الحسيمة. في المقابل، قالت الجمعية المغربية لحقوق الإنسان إن عدد الموقوفين بلغ 35 شخصا.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact arrested = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("arrested")).findFirst().orElseThrow();
    assertThat(arrested.values()).extracting(v -> v.value()).containsExactlyInAnyOrder("12", "35");
    assertThat(arrested.status()).isEqualTo(FactStatus.DISPUTED); // "في المقابل": no rise, another account
  }

  @Test
  void aTollThatRoseAfterLakinIsAnUpdate() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        مقتل 7 في هجوم على سوق

        أعلنت وزارة الصحة مقتل 7 أشخاص في هجوم على سوق المدينة صباح اليوم. لكن الوزارة عادت وأعلنت مساء أن عدد القتلى ارتفع إلى 12.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact killed = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("12");
  }

  @Test
  void theTollWithTheArticleRisesToEachCountJoinedAfterIt() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        مقتل 12 شخصا في قصف على سوق شعبي في مدينة الفاشر

        الخرطوم - قتل 12 شخصا وأصيب 14 آخرون في قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان، وفق ما أفادت به مصادر طبية.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        ارتفاع حصيلة قصف سوق الفاشر

        الفاشر - أعلنت وزارة الصحة ارتفاع الحصيلة إلى 15 قتيلا و17 جريحا جراء القصف الذي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    for (String slot : List.of("killed", "wounded")) {
      Fact f = r.stories().get(0).facts().stream().filter(x -> x.slot().equals(slot)).findFirst().orElseThrow();
      assertThat(f.status()).as(slot).isEqualTo(FactStatus.UPDATED);
      assertThat(f.best()).as(slot).isEqualTo(slot.equals("killed") ? "15" : "17");
    }
  }

  @Test
  void theMissingFoundAsTheTollRoseAreAnUpdateThatFell() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        غرق مركب قبالة سواحل جرجيس

        تونس - لقي 11 مهاجرا حتفهم وفقد 20 آخرون إثر غرق مركب قبالة سواحل جرجيس جنوبي تونس، بحسب ما أعلن الحرس البحري.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        ارتفاع حصيلة غرق مركب جرجيس

        تونس - ارتفعت حصيلة ضحايا غرق المركب قبالة سواحل جرجيس جنوبي تونس إلى 19 قتيلا، فيما لا يزال 12 مهاجرا في عداد المفقودين بعد انتشال جثث جديدة.
        """);
    Story s = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    Fact missing = s.facts().stream().filter(f -> f.slot().equals("missing")).findFirst().orElseThrow();
    assertThat(missing.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(missing.best()).isEqualTo("12");
    assertThat(s.brief()).anyMatch(b -> b.text().startsWith("تراجع عدد المفقودين تباعًا")
        && b.text().indexOf("20") < b.text().indexOf("12"))
        .noneMatch(b -> b.text().startsWith("تتباين المصادر في المفقودين"));
  }

  @Test
  void aTotalOfAnotherAuthorityThatOnlyExceedsTheCountTheSameDayIsARival() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        قتلى وجرحى بقصف على معرة النعمان

        إدلب - قتل أربعة مدنيين وأصيب 11 آخرون بجروح، صباح اليوم الأحد، جراء قصف مدفعي على مدينة معرة النعمان، بحسب ما أعلنت وزارة الصحة السورية.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        المرصد: أكثر من 20 جريحا بقصف معرة النعمان

        بيروت - وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن عدد الجرحى تجاوز 20 شخصا جراء قصف مدفعي على مدينة معرة النعمان صباح الأحد.
        """);
    Story s = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    Fact wounded = s.facts().stream().filter(f -> f.slot().equals("wounded")).findFirst().orElseThrow();
    assertThat(wounded.values()).extracting(v -> v.value()).contains("11", "20");
    assertThat(wounded.status()).isEqualTo(FactStatus.DISPUTED); // two authorities, one morning: no rise
  }

  @Test
  void twoPlainCountsStillDisagree() throws IOException {
    assertThat(killed(OTHER_COUNT).status()).isEqualTo(FactStatus.DISPUTED);
  }

  @Test
  void twoCountsOnOneAuthoritysWordNameTheOutletsThatReportedThem() throws IOException {
    String first = FIRST.replace("وفق ما أفادت به مصادر طبية", "بحسب وزارة الصحة") + "\nالمصدر: الجزيرة\n";
    Files.writeString(dir.resolve("a.txt"), first);
    Files.writeString(dir.resolve("b.txt"), OTHER_COUNT + "\n© 2025 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.\n");
    Story s = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    assertThat(s.brief()).anyMatch(b -> b.text().startsWith("تتباين المصادر في القتلى")
        && b.text().contains("12 بحسب وزارة الصحة في رواية الجزيرة")
        && b.text().contains("15 بحسب وزارة الصحة في رواية بي بي سي عربي"));
  }

  @Test
  void oneValueOfOneAuthorityInTwoGroupsNamesItsOutletsOnce() throws IOException {
    String first = FIRST.replace("وفق ما أفادت به مصادر طبية", "بحسب وزارة الصحة").stripTrailing()
        + "\nوأعلنت وزارة الصحة مقتل 12 سودانيا في القصف.\n\nالمصدر: الجزيرة\n";
    Files.writeString(dir.resolve("a.txt"), first);
    Files.writeString(dir.resolve("b.txt"), OTHER_COUNT + "\n© 2025 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.\n");
    Files.writeString(dir.resolve("c.txt"), FIRST.replace("وفق ما أفادت به مصادر طبية", "بحسب وزارة الصحة")
        .replace("الخرطوم - ", "الخرطوم - قالت مصادر محلية إن القصف وقع صباحا. ") + "\nالمصدر: العربية\n");
    Story s = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    Fact killed = s.facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.values()).filteredOn(v -> v.value().equals("12")).hasSize(2);
    assertThat(s.brief()).anySatisfy(b -> {
      assertThat(b.text()).contains("12 بحسب وزارة الصحة في رواية الجزيرة والعربية");
      assertThat(b.text().indexOf("وزارة الصحة في رواية الجزيرة"))
          .isEqualTo(b.text().lastIndexOf("وزارة الصحة في رواية الجزيرة"));
    });
  }

  @Test
  void aTollSinceTheWarBeganIsNoFigureOfTheEvent() throws IOException {
    String second = OTHER_COUNT.replace("12 شخصا", "15 شخصا").stripTrailing()
        + "\n\nوبحسب وزارة الصحة، ارتفعت حصيلة القتلى منذ بدء الحرب في السودان إلى 20 ألفا و300 قتيل.\n";
    Fact killed = killed(second);
    assertThat(killed.values()).extracting(v -> v.value()).doesNotContain("20300");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(killed.high()).isEqualTo(15);
  }

  @Test
  void aPeriodOpeningTheClauseMakesATollSinceThenNoFigureOfTheEvent() throws IOException {
    String second = OTHER_COUNT.stripTrailing()
        + "\n\nووثقت الشبكة منذ مطلع العام مقتل 2300 شخص في قصف مماثل على الأسواق.\n";
    Fact killed = killed(second);
    assertThat(killed.values()).extracting(v -> v.value()).doesNotContain("2300");
  }

  @Test
  void aTollOfAWarSinceADateCutByACommaIsNoFigureOfTheEvent() throws IOException {
    String second = OTHER_COUNT.stripTrailing()
        + "\n\nوتدور في السودان حرب بين الجيش والدعم السريع منذ أبريل 2023، أسفرت عن مقتل 20 ألف شخص.\n";
    Fact killed = killed(second);
    assertThat(killed.values()).extracting(v -> v.value()).doesNotContain("20000");
  }

  @Test
  void theResultOfAttacksSinceAMonthIsNoFigureOfTheEvent() throws IOException {
    String second = OTHER_COUNT.stripTrailing()
        + "\n\nوتشهد المدينة منذ مايو 2025 هجمات متكررة على الأسواق، أدت إلى مقتل 230 شخصا.\n"
        + "\nوتخوض الجماعة معارك متقطعة منذ بدء الحرب، ما أسفر عن مقتل 410 أشخاص.\n";
    Fact killed = killed(second);
    assertThat(killed.values()).extracting(v -> v.value()).doesNotContain("230", "410");
  }

  @Test
  void aTollSinceACeasefireIsNoFigureOfTheEvent() throws IOException {
    String second = OTHER_COUNT.stripTrailing()
        + "\n\nوسقط منذ وقف إطلاق النار في 27 تشرين الثاني 2024 أكثر من 330 قتيلا جراء القصف.\n";
    Fact killed = killed(second);
    assertThat(killed.values()).extracting(v -> v.value()).doesNotContain("330");
  }

  @Test
  void aCountTheArticleSaysWasGivenEarlierIsAnEarlierTally() throws IOException {
    Files.writeString(dir.resolve("a.txt"), OTHER_COUNT.stripTrailing()
        + "\n\nوكانت مصادر طبية قد أعلنت في وقت سابق مقتل 12 شخصا في القصف.\n");
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    story = r.stories().get(0);
    Fact killed = story.facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("15");
  }

  @Test
  void theDeadTheOtherSideClaimsAmongTheAttackersAreTheAttackersDead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        قوات الدعم السريع تقتل 40 مدنيا في هجوم على الفاشر

        الفاشر - قتلت قوات الدعم السريع 40 مدنيا في هجوم على أحياء مدينة الفاشر غربي السودان، وفق ما أفادت به مصادر طبية.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        هجوم الدعم السريع على الفاشر

        الفاشر - قتلت قوات الدعم السريع 40 مدنيا في هجوم على أحياء مدينة الفاشر غربي السودان، بحسب لجان محلية.

        وأعلن الجيش أنه صد الهجوم وقتل 30 من عناصر قوات الدعم السريع.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    story = r.stories().get(0);
    Fact killed = story.facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.values()).extracting(v -> v.value()).containsExactly("40");
    assertThat(story.facts()).anyMatch(f -> f.slot().equals("perpetrators_killed") && "30".equals(f.best()));
  }

  private static final String RISES_WITHIN = """
      مقتل 12 شخصا في قصف على سوق شعبي في مدينة الفاشر

      الفاشر - قتل 12 شخصا في قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان صباح اليوم الأحد.

      وفي وقت لاحق، ارتفعت حصيلة القصف الذي استهدف السوق إلى 15 قتيلا بعد وفاة ثلاثة من المصابين في المستشفى.
      """;

  private String updatedSentence(String... articles) throws IOException {
    for (int i = 0; i < articles.length; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), articles[i]);
    }
    story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    return story.brief().stream().map(b -> b.text()).filter(t -> t.startsWith("ارتفعت حصيلة القتلى تباعًا"))
        .findFirst().orElseThrow();
  }

  @Test
  void aTollThatRisesWithinOneReportOfAnUnknownOutletIsNotOtherMedias() throws IOException {
    String sentence = updatedSentence(RISES_WITHIN);
    assertThat(sentence).doesNotContain("وسائل إعلام أخرى").contains("في الخبر نفسه").contains("12، ثم 15");
    assertThat(sentence).as("the three who died later are a part of the toll, no tally").doesNotContain(" 3");
  }

  @Test
  void aTollThatRisesWithinOneOutletNamesIt() throws IOException {
    String sentence = updatedSentence(RISES_WITHIN + "\nالمصدر: الجزيرة\n");
    assertThat(sentence).isEqualTo("ارتفعت حصيلة القتلى تباعًا بحسب الجزيرة: 12، ثم 15.");
  }

  @Test
  void aDeathToldAfterTheArticlesRunningTotalIsAPartOfItNoRivalCount() throws IOException {
    Fact killed = killed("""
        ارتفاع حصيلة قصف سوق الفاشر

        الفاشر - ارتفعت حصيلة القصف الذي استهدف سوقا شعبيا في مدينة الفاشر غربي السودان إلى 15 قتيلا، بحسب وزارة الصحة.
        وذكرت الوزارة في بيان أن طفلا توفي متأثرا بجروحه في المستشفى، فيما انتشلت فرق الإنقاذ جثة رجل من تحت الأنقاض.
        """);
    assertThat(killed.best()).isEqualTo("15");
    assertThat(killed.low()).isEqualTo(12);
    assertThat(story.brief()).noneMatch(b -> b.text().startsWith("ارتفعت حصيلة القتلى") && b.text().contains(" 1 "));
  }

  @Test
  void aCountThatRoseAfterItsNounUpdatesTheEarlierCount() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        زلزال يضرب شرق تركيا

        ضرب زلزال بقوة 6.2 درجات ولاية ملاطية شرقي تركيا فجر اليوم السبت، ما أدى إلى مقتل 4 أشخاص وإصابة 120 آخرين، وفق إدارة الكوارث والطوارئ.

        وأعلن وزير الداخلية أن عدد المصابين ارتفع إلى 143، بينهم 12 في حالة حرجة.
        """);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    Fact wounded = r.stories().get(0).facts().stream().filter(f -> f.slot().equals("wounded")).findFirst().orElseThrow();
    assertThat(wounded.values()).extracting(v -> v.value()).contains("120", "143");
    assertThat(wounded.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(wounded.best()).isEqualTo("143");
  }

  private Fact killed(String second) throws IOException {
    Files.writeString(dir.resolve("a.txt"), FIRST);
    Files.writeString(dir.resolve("b.txt"), second);
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
    assertThat(r.stories()).hasSize(1);
    story = r.stories().get(0);
    return story.facts().stream().filter(f -> f.slot().equals("killed")).findFirst().orElseThrow();
  }
}
