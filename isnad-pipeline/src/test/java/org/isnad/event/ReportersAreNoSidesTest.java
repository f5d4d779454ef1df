package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who reports an event is none of its sides: the body whose spokesman speaks, the medium an interview was
 * given to, a medium's credit in brackets and a medium that reports. Sentences written for these tests.
 */
class ReportersAreNoSidesTest {

  private static EventMention only(String text, EventType type) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.events()).filteredOn(e -> e.type() == type).hasSize(1);
    return a.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  private static String in(String text, Span span) {
    return span == null ? null : span.in(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال المتحدث باسم وزارة الداخلية العراقية سعد معن قتل خمسة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة في بغداد.",
      "وقال الناطق الرسمي باسم الجيش السوداني نبيل عبد الله قتل سبعة مدنيين في قصف على مدينة الفاشر."})
  void theBodyWhoseSpokesmanSpeaksIsNoDoer(String text) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.events()).isNotEmpty().allSatisfy(e -> assertThat(e.actor1()).isNull());
  }

  @Test
  void theMediumInterviewedIsNoParty() {
    String text = "وقال أردوغان في مقابلة مع تلفزيون \" سمانيولو \" إن الحكومة وقعت اتفاقا مع حزب العمال الكردستاني.";
    EventMention e = only(text, EventType.AGREEMENT);
    assertThat(in(text, e.actor1())).isEqualTo("حزب العمال الكردستاني");
    assertThat(e.actor2()).isNull();
  }

  @Test
  void aMediumsCreditInBracketsIsNoParty() {
    String text = "الخرطوم ( رويترز ) - وقعت حركة العدل والمساواة اتفاقا مع حركة تحرير السودان.";
    assertThat(in(text, only(text, EventType.AGREEMENT).actor1())).startsWith("حركة العدل");
  }

  @Test
  void theAgencyThatReportsAnArrestIsNotTheArrested() {
    String text = "واعتقلت الشرطة التركية عشرات الأشخاص في إسطنبول، كما ذكرت وكالة أنباء الأناضول.";
    EventMention e = only(text, EventType.ARREST);
    assertThat(in(text, e.actor1())).isEqualTo("الشرطة التركية");
    assertThat(e.actor2()).isNull();
  }
  @Test
  void anOfficeATownANightAndAnAnnouncerAreNoSides() {
    String office = "وقتل مدير مديرية الشيخ عثمان أحمد سالم الحميدي برصاص مسلحين مجهولين في عدن.";
    assertThat(Extraction.of(org.isnad.model.Paragraphs.one(office)).events())
        .allSatisfy(e -> assertThat(in(office, e.actor1())).isNull());
    String town = "وهاجم مسلحون سجن مادالا ليل السبت، ما أدى إلى مقتل ثلاثة حراس.";
    assertThat(Extraction.of(org.isnad.model.Paragraphs.one(town)).events())
        .allSatisfy(e -> {
          assertThat(in(town, e.actor1())).isNull();
          assertThat(in(town, e.actor2())).isNull();
        });
    String announcer = "واعتقلت القوات الأمنية 12 مطلوبا في الرمادي، وأعلنت خلية الإعلام الأمني مقتل اثنين من عناصر داعش.";
    assertThat(in(announcer, only(announcer, EventType.ARREST).actor2())).isNull();
    String aside = "وأعادت الشرطة القبض على 40 من الفارين، مشيرة إلى أن السجن كان يضم مئات النزلاء بينهم عناصر من حركة الشباب.";
    assertThat(in(aside, only(aside, EventType.ARREST).actor2())).isNull();
  }

  @Test
  void theBodyArrestedInTheSameClauseStaysTheOtherSide() {
    String text = "واعتقلت القوات الأمنية خمسة عناصر من تنظيم داعش في الرمادي.";
    assertThat(in(text, only(text, EventType.ARREST).actor2())).contains("داعش");
  }
}
