package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The body the counted victims belong to is their side, never the doer: named in the breakdown of the
 * count or in its description, or in the group of people abducted; the force whose fire or shells hit
 * them is the doer. Sentences written for these tests.
 */
class VictimsOwnBodyTest {

  private static EventMention only(String text, EventType type) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.events()).filteredOn(e -> e.type() == type).hasSize(1);
    return a.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  private static String in(String text, org.isnad.model.Span span) {
    return span == null ? null : span.in(text);
  }

  @Test
  void aBodyInTheBreakdownAfterTheCountIsTheVictimsSide() {
    String text = "وأسفرت الغارة عن مقتل أربعة أشخاص بينهم قيادي في حركة حماس قرب مدينة رفح.";
    EventMention e = only(text, EventType.AIRSTRIKE);
    assertThat(e.actor1()).isNull();
    assertThat(in(text, e.actor2())).isEqualTo("حركة حماس");
  }

  @Test
  void aBodyTheVictimsAreDescribedByIsTheirSideAndWhoFiredActs() {
    String text = "وقتل الشبان الأربعة وهم أعضاء في حركة فتح بقذائف أطلقها الجيش الإسرائيلي قرب جنين.";
    EventMention e = only(text, EventType.SHELLING);
    assertThat(in(text, e.actor1())).isEqualTo("الجيش الإسرائيلي");
    assertThat(in(text, e.actor2())).isEqualTo("حركة فتح");
  }

  @Test
  void theForceWhoseFireHitTheVictimsActs() {
    String text = "وأصيب سبعة شبان بينهم اثنان من عناصر حزب الله بنيران الجيش الإسرائيلي في بلدة الخيام.";
    EventMention e = only(text, EventType.ATTACK);
    assertThat(in(text, e.actor1())).isEqualTo("الجيش الإسرائيلي");
    assertThat(in(text, e.actor2())).isEqualTo("حزب الله");
  }

  @Test
  void theBodyOfThoseAbductedIsNoAbductor() {
    String text = "وقال شهود إن مسلحين خطفوا ثلاثة من عناصر حركة فتح في مدينة غزة.";
    assertThat(only(text, EventType.ABDUCTION).actor1()).isNull();
  }
}
