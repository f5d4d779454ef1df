package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A time next to a release dates the release, not the arrest; a recurring time ("كل صيف") dates nothing;
 * the day of the attack a threat speaks of is not the threat's.
 */
class EventDatesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 9));
  }

  @Test
  void theMorningOfTheReleaseIsNoDateOfTheArrests() {
    AnalysedArticle a = extract("وكانت الشرطة قد أعلنت اعتقال 15 شخصا، أُفرج عن عشرة منهم صباح اليوم.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ARREST).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
  }

  @Test
  void aDayBeforeTheWordsBeforeTheAttackIsNoDayOfTheAttack() {
    AnalysedArticle a = extract("وصدر تقييم أمني بحق المنفذ في الخامس من الشهر الجاري، قبل وقوع الهجوم.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ATTACK).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
    AnalysedArticle own = extract("ووقع الهجوم في الخامس من الشهر الجاري.");
    assertThat(own.events()).singleElement().satisfies(e -> assertThat(e.time()).isNotNull());
    AnalysedArticle clause = extract("وقتل ستة أشخاص مساء أمس بعد وقوع اشتباكات بين عشيرتين.");
    assertThat(clause.events()).allSatisfy(e -> assertThat(e.time()).isNotNull());
  }

  @Test
  void aRecurringSeasonDatesNoEvent() {
    AnalysedArticle a = extract("وتشهد المدينة احتجاجات كل صيف بسبب انقطاع الكهرباء.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.PROTEST).allSatisfy(e -> assertThat(e.time()).isNull());
  }

  @Test
  void theDayOfTheAttackAThreatSpeaksOfIsNoDateOfTheThreat() {
    AnalysedArticle a = extract("هدد تنظيم الدولة الإسلامية بشن مزيد من الهجمات في تعليقه على الهجوم الذي استهدف قوات "
        + "مشتركة في مدينة تدمر السبت الماضي.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.THREAT).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
    AnalysedArticle b = extract("وهدد التنظيم أمس بشن هجمات جديدة على القوات الحكومية.");
    assertThat(b.events()).filteredOn(e -> e.type() == EventType.THREAT).singleElement()
        .satisfies(e -> assertThat(e.time()).isNotNull());
  }

  @Test
  void theDayOfACondemnationIsNoDateOfTheStrike() {
    String text = "أدانت الأمم المتحدة، اليوم الاثنين، الهجوم بطائرة مسيرة على مستشفى في المدينة، الذي أسفر فجر أمس الأحد "
        + "عن مقتل 24 شخصا.";
    AnalysedArticle a = extract(text);
    assertThat(a.events()).filteredOn(e -> e.time() != null).isNotEmpty()
        .allSatisfy(e -> assertThat(e.time().start()).isGreaterThan(text.indexOf("الذي")));
  }

  @Test
  void theDayATollWasToldIsNoDayOfItsOwn() {
    String text = "هاجم مسلحون مساء أمس الأحد نقطة تفتيش للجيش شمال المدينة، ما أدى إلى إصابة جنديين. "
        + "وأعلنت خلية الإعلام الأمني، اليوم الاثنين، استشهاد ثلاثة جنود إثر الهجوم على نقطة التفتيش.";
    AnalysedArticle a = extract(text);
    assertThat(a.events()).filteredOn(e -> !e.figures().isEmpty()).hasSize(2)
        .anySatisfy(e -> assertThat(e.dateAfter()).isTrue())
        .anySatisfy(e -> assertThat(e.dateAfter()).isFalse());
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(a), java.util.List.of());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo(LocalDate.of(2026, 3, 8));
      assertThat(e.figures()).extracting(r -> r.figure().kind().name()).contains("KILLED", "WOUNDED");
    });
  }

  @Test
  void whatHasGoneOnSinceAMonthIsNoEventOfThatMonth() {
    String text = "قصفت طائرات حربية مخزنا للأسلحة في المدينة أمس الأحد. "
        + "وسبق أن قصفت الطائرات المدينة مرات عدة منذ يوليو 2024. "
        + "ومنذ أغسطس 2024، قصفت الطائرات الميناء مرات عدة. "
        + "ومنذ عام 2016، قاد الجيش حملات واعتقالات ضد خلايا التنظيم في المحافظة.";
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(extract(text)),
        java.util.List.of());
    assertThat(events).allSatisfy(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2026, 3, 8)));
    assertThat(events).extracting(e -> e.type()).doesNotContain(EventType.ARREST);
  }

  @Test
  void theMonthOfAnEventSaidSinceIsItsDate() {
    String text = "وتعد هذه الصفقة الأكبر منذ أبريل 2023، حين أفرج الطرفان عن نحو 900 محتجز خلال ثلاثة أيام.";
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(extract(text)),
        java.util.List.of());
    assertThat(events).anySatisfy(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2023, 4, 1)));
  }

  @Test
  void aTollToldTwoDaysLaterIsAnotherDays() {
    String text = "هاجم مسلحون مساء السبت نقطة تفتيش للجيش شمال المدينة، ما أدى إلى إصابة جنديين. "
        + "وأعلنت خلية الإعلام الأمني، اليوم الاثنين، استشهاد ثلاثة جنود في هجوم على نقطة تفتيش.";
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(extract(text)),
        java.util.List.of());
    assertThat(events).hasSize(2);
  }

  @Test
  void aDeathOfWoundsTheNextDayIsOfTheAttackThatWoundedHim() {
    String text = "قتل شابان وأصيب خمسة آخرون برصاص القوات خلال اقتحام مخيم جنين أمس الأحد. "
        + "واستشهد الشاب أحمد سالم، صباح اليوم الاثنين، متأثرا بإصابته الحرجة خلال اقتحام مخيم جنين.";
    AnalysedArticle a = extract(text);
    assertThat(a.events()).filteredOn(e -> e.dateAfter()).isNotEmpty();
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(a), java.util.List.of());
    assertThat(events).singleElement().satisfies(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2026, 3, 8)));
  }

  @Test
  void aTollSinceADayIsNoEventOfThatDay() {
    AnalysedArticle a = extract("وبذلك يرتفع عدد الشهداء في الضفة الغربية منذ السابع من تشرين الأول 2023 إلى 1050 شهيدا.");
    assertThat(new EventAssembler().assemble("s", java.util.List.of(a), java.util.List.of())).isEmpty();
  }

  @Test
  void theDayOfAVerdictIsNoDateOfTheDeedJudged() {
    AnalysedArticle a = extract("أصدرت محكمة الجنايات المركزية، اليوم الأحد، أحكاما بالإعدام بحق خمسة مدانين بتنفيذ التفجير "
        + "الذي استهدف سوقا شعبيا في مدينة الصدر.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.BOMBING).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
    String text = "أصدرت المحكمة، يوم الأحد 8 آذار 2026، حكما بالإعدام بحق خمسة مدانين بالتفجير الذي ضرب سوقا شعبيا "
        + "في آذار 2025 وأسفر عن مقتل 14 شخصا.";
    AnalysedArticle b = extract(text);
    assertThat(b.events()).filteredOn(e -> e.type() == EventType.BOMBING).singleElement()
        .satisfies(e -> assertThat(e.time().start()).isGreaterThan(text.indexOf("ضرب")));
  }
}
