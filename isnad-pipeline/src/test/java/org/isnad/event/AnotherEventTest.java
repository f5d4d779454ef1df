package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/**
 * "غارة مماثلة", "هجوم سابق": another event of the kind leads its sentence's mention, kept apart by the
 * story, as is the campaign an operation came within ("ضمن حملة أمنية"); a charge ("بتهمة الاعتداء") or a court's sentence ("حكما بالإعدام") names no event at all.
 */
class AnotherEventTest {

  @Test
  void aSimilarEarlierStrikeLeadsTheMention() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "ويأتي القصف بعد أسبوع على غارة مماثلة استهدفت شاحنة قرب بلدة حدودية، أدت إلى مقتل شخصين."));
    EventMention m = a.events().stream().filter(e -> !e.figures().isEmpty()).findFirst().orElseThrow();
    assertThat(m.trigger().in(a.clean().original())).isEqualTo("غارة");
    assertThat(EventAssembler.ANOTHER.matcher(a.clean().original().substring(m.trigger().end())).find()).isTrue();
  }

  @Test
  void aChargeIsNoEvent() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "أعلنت قيادة الشرطة اعتقال 12 متظاهرا بتهمة \"الاعتداء على القوات الأمنية وإضرام النار في الإطارات\"."));
    assertThat(a.events()).extracting(EventMention::type).containsOnly(org.isnad.model.EventType.ARREST);
  }

  @Test
  void aDeathSentenceIsNoKilling() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "وأصدرت المحكمة حكما بالإعدام شنقا حتى الموت بحق خمسة مدانين، والسجن المؤبد لثلاثة آخرين."));
    assertThat(a.events()).isEmpty();
    AnalysedArticle b = Extraction.of(Paragraphs.one("وقال إن أحكام الإعدام لا تصبح نافذة إلا بعد تصديقها."));
    assertThat(b.events()).isEmpty();
  }

  @Test
  void anEventDatedYearsBeforeAfterBadIsBackground() {
    String text = "وقد قتل أمس عشرة أشخاص برصاص مسلحين أطلقوا النار على مصلين غربي بغداد. "
        + "ورفض حمدان الإجراءات التي اتخذتها السلطات الأميركية بعد اعتداءات 11 سبتمبر 2001.";
    java.util.List<org.isnad.model.Event> undated = new EventAssembler().assemble("s",
        java.util.List.of(Extraction.of(Paragraphs.one(text))), java.util.List.of());
    assertThat(undated).filteredOn(e -> !e.figures().isEmpty()).singleElement()
        .satisfies(e -> assertThat(e.start()).isNull());
    java.util.List<org.isnad.model.Event> dated = new EventAssembler().assemble("s",
        java.util.List.of(Extraction.dated(text, java.time.LocalDate.of(2006, 8, 23))), java.util.List.of());
    assertThat(dated).filteredOn(e -> !e.figures().isEmpty()).singleElement()
        .satisfies(e -> assertThat(e.start()).isEqualTo(java.time.LocalDate.of(2006, 8, 22)));
  }

  @Test
  void anAttackDaysBeforeAndASideItemAreEventsOfTheirOwn() {
    AnalysedArticle a = Extraction.of(Paragraphs.one("اعتقلت قوات الأمن تسعة مطلوبين في حملة بمدينة الرمادي، "
        + "وتأتي الحملة بعد أيام من هجوم استهدف دورية للشرطة أسفر عن مقتل شرطيين."));
    AnalysedArticle b = Extraction.of(Paragraphs.one("اعتقلت قوات الأمن تسعة مطلوبين في الرمادي، ومن جهة أخرى، "
        + "أعلنت قيادة العمليات مقتل أربعة مسلحين بضربة جوية في صحراء الأنبار."));
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s", java.util.List.of(a, b),
        java.util.List.of());
    // the earlier attack (two policemen) and the airstrike (four gunmen) are no rival counts of one event
    assertThat(events).filteredOn(e -> e.figures().stream().anyMatch(f -> f.figure().kind() == org.isnad.model.FigureKind.KILLED))
        .hasSize(2).allSatisfy(e -> assertThat(e.figures()).extracting(f -> f.article()).containsOnly(
            e.figures().get(0).article()));
    // the arrests the two articles lead with stay one event
    assertThat(events).filteredOn(e -> e.type() == org.isnad.model.EventType.ARREST).hasSize(1);
  }

  @Test
  void theCampaignAnOperationCameWithinIsAnEventOfItsOwn() {
    String text = "أعلنت وزارة الداخلية، الخميس، تفكيك خلية في قرية شمال المدينة واعتقال خمسة من عناصرها. "
        + "وتأتي العملية ضمن حملة أمنية أطلقتها القوات مطلع الشهر الجاري، أسفرت عن اعتقال 23 مطلوبا.";
    java.util.List<org.isnad.model.Event> events = new EventAssembler().assemble("s",
        java.util.List.of(Extraction.dated(text, java.time.LocalDate.of(2026, 4, 23))), java.util.List.of());
    assertThat(events).hasSize(2).anySatisfy(e -> {
      assertThat(e.start()).isEqualTo(java.time.LocalDate.of(2026, 4, 23));
      assertThat(e.figures()).extracting(r -> r.figure().value()).containsExactly(5L);
    });
    AnalysedArticle deal = Extraction.of(Paragraphs.one("وأفرج الطرفان عن 300 محتجز في إطار صفقة التبادل."));
    assertThat(new EventAssembler().assemble("s", java.util.List.of(deal), java.util.List.of())).hasSize(1);
  }
}
