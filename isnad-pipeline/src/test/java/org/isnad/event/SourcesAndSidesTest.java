package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceType;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Source markers without a verb ("وحسب", "وفقا ل"), anonymous sources with the body they belong
 * to, and the sides of arrests and attacks written verb first; on sentences written for these
 * tests, with the bundled entity recogniser.
 */
class SourcesAndSidesTest {

  private static AnalysedArticle extract(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return Extraction.of(clean);
  }

  private static String in(String text, Span span) {
    return span == null ? null : span.in(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وحسب مصادر محلية، قتل 5 أشخاص في غارة على بلدة في ريف دارفور.|مصادر محلية",
      "وقتل 5 أشخاص في غارة على بلدة في ريف دارفور، وحسب مصادر محلية.|مصادر محلية",
      "وأصيب 7 مواطنين برصاص الاحتلال قرب رام الله، وفقا لمصادر طبية.|مصادر طبية",
      "وفقا لوكالة الأنباء الفلسطينية، أصيب 7 مواطنين برصاص الاحتلال.|وكالة الأنباء الفلسطينية",
      "وقال مصدر بوزارة الداخلية العراقية إن 3 عناصر قتلوا في الهجوم.|مصدر بوزارة الداخلية العراقية",
  })
  void theFigureIsOnTheWordOfTheSourceAfterTheMarker(String text, String source) {
    List<Figure> figures = extract(text).events().stream().flatMap(e -> e.figures().stream()).toList();
    assertThat(figures).as(text).singleElement().satisfies(f -> assertThat(f.authority()).isEqualTo(source));
  }

  @Test
  void onlyIsNoSourceMarker() {
    assertThat(extract("لم يكن الأمر كذلك وحسب، بل تجاوزه إلى ما هو أبعد.").quotes()).isEmpty();
  }

  @Test
  void anAgencyAfterWifqanIsAMedium() {
    QuoteMention q = extract("وفقا لوكالة الأنباء الفلسطينية، أصيب 7 مواطنين برصاص الاحتلال.").quotes().get(0);
    assertThat(q.speaker()).isEqualTo("وكالة الأنباء الفلسطينية");
    assertThat(q.sourceType()).isEqualTo(SourceType.MEDIA);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال مسؤول في الأمم المتحدة إن الوضع الإنساني في القطاع كارثي.|مسؤول في الأمم المتحدة",
      "وقال مسؤولون في وزارة الصحة إن المستشفى خرج عن الخدمة.|مسؤولون في وزارة الصحة",
      "وقال مصدر في الجيش اللبناني إن الدورية تعرضت لإطلاق نار.|مصدر في الجيش اللبناني",
  })
  void anAnonymousSourceKeepsTheBodyItBelongsTo(String text, String speaker) {
    AnalysedArticle a = extract(text);
    QuoteMention q = a.quotes().get(0);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
    assertThat(a.entities()).anyMatch(m -> q.speakerSpan().contains(m.span()) && m.type() == org.isnad.model.EntityType.ORG);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واعتقلت القوات الإسرائيلية 18 فلسطينيا خلال مداهمات في الضفة الغربية.|القوات الإسرائيلية|",
      "واعتقل الجيش اللبناني عنصرين من تنظيم داعش في طرابلس.|الجيش اللبناني|تنظيم داعش",
      "وأعلن الجيش الإسرائيلي اعتقال قيادي في حركة حماس.|الجيش الإسرائيلي|حركة حماس",
  })
  void theForceAfterAnArrestVerbMadeTheArrest(String text, String actor1, String actor2) {
    EventMention e = extract(text).events().stream().filter(m -> m.type() == EventType.ARREST).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isEqualTo(actor1);
    assertThat(in(text, e.actor2())).isEqualTo(actor2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال الجيش الإسرائيلي إنه استهدف مسلحا من حركة حماس في غارة على المخيم.|الجيش الإسرائيلي|حركة حماس",
      "وأعلن الجيش السوداني أن قواته قصفت مواقع لقوات الدعم السريع شرق المدينة.|الجيش السوداني|قوات الدعم السريع",
  })
  void aSpeakerThatSaysItStruckIsTheSideThatActs(String text, String actor1, String actor2) {
    EventMention e = extract(text).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isEqualTo(actor1);
    assertThat(in(text, e.actor2())).isEqualTo(actor2);
  }

  @Test
  void thePronounOfTheMatterBeforeAPassiveNamesNoSide() {
    String text = "وكان الجيش الإسرائيلي قد أعلن مساء الجمعة أنه \"تم اعتراض الصاروخ الذي أطلق من اليمن\".";
    EventMention e = extract(text).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isNull();
    String jara = "وكان الجيش الإسرائيلي قد أعلن مساء الجمعة أنه جرى اعتراض الصاروخ الذي أطلق من اليمن.";
    EventMention j = extract(jara).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(jara, j.actor1())).isNull();
  }

  @Test
  void whoCondemnsAStrikeIsNoSideOfIt() {
    String text = "وأدانت الحكومة اللبنانية الغارة التي أسفرت عن مقتل شخصين في بلدة جنوبية.";
    EventMention e = extract(text).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isNull();
  }

  @Test
  void theCourtThatSentencedIsNoSideOfTheBombing() {
    String text = "أصدرت محكمة الجنايات المركزية في بغداد حكما بالإعدام بحق خمسة مدانين بالتفجير الذي ضرب سوقا شعبيا "
        + "وأسفر عن مقتل 14 شخصا.";
    EventMention e = extract(text).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isNull();
  }

  @Test
  void theMediumAnUnnamedSourceToldIsNoSide() {
    String text = "وأدين ستة أشخاص بتنفيذ تفجير سوق شعبي في مدينة الصدر أسفر عن مقتل 14 شخصا، وفق ما أفاد مصدر قضائي "
        + "للسومرية نيوز.";
    EventMention e = extract(text).events().stream().filter(m -> m.type().violent()).findFirst().orElseThrow();
    assertThat(in(text, e.actor1())).isNull();
  }

  @Test
  void theBodyOfTheVictimsCountedIsTheSideAttacked() {
    String text = "وقتل 3 عناصر من الجيش السوري في هجوم لتنظيم داعش في البادية.";
    EventMention e = extract(text).events().get(0);
    assertThat(in(text, e.actor1())).isEqualTo("تنظيم داعش");
    assertThat(in(text, e.actor2())).isEqualTo("الجيش السوري");
  }
}
