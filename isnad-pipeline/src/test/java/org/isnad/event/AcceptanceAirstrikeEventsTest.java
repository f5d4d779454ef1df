package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events, figures and speakers of the acceptance story "airstrike"
 * (org/isnad/acceptance/airstrike/EXPECTED.md, written before Isnad ran on it): a Turkish drone strike
 * near Sinjar whose dead the Turkish defence ministry calls three neutralised militants and the Iraqi
 * authorities four, then five, civilians; a denial, a foreign ministry's protest, an earlier strike.
 */
class AcceptanceAirstrikeEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("airstrike");
    story = batch.stories().get(0);
  }

  private static Event strike(String day) {
    return story.events().stream().filter(e -> e.type() == EventType.AIRSTRIKE && e.start() != null
        && e.start().toString().equals(day)).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  @Test
  void oneStoryAndAPageDatedOnlyByItsMetadata() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "03_rudaw.html").clean().published().date()).hasToString("2026-10-15");
  }

  @Test
  void theStrikeIsTurkeysOnWednesdayNearSinjar() {
    Event e = strike("2026-10-14");
    assertThat(name(e.place())).isIn("سنجار", "سنوني");
    assertThat(name(e.actor1())).isEqualTo("تركيا");
  }

  @Test
  void theArmysNeutralisedTheLocalCiviliansAndTheHospitalsLatestToll() {
    Fact killed = fact(strike("2026-10-14"), "killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("3", "4", "5").doesNotContain("1");
    assertThat(killed.best()).isEqualTo("5");
    assertThat(killed.status()).isEqualTo(org.isnad.model.FactStatus.DISPUTED);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("3")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("وزارة الدفاع التركية"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("4")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("دائرة صحة نينوى"));
    assertThat(fact(strike("2026-10-14"), "wounded").values()).extracting(FactValue::value).containsExactly("2");
  }

  @Test
  void theStrikeOfAugustIsAnEventOfItsOwnAtSinuniNotAnkara() {
    Event august = strike("2026-08-22");
    assertThat(name(august.place())).isEqualTo("سنوني");
    assertThat(fact(august, "killed").values()).extracting(FactValue::value).containsExactly("3");
  }

  @Test
  void theGroupDeniesTheAgencyPassesOnTheCommandsSourceAndTheQaimaqamSpeaksByHisWholeName() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_rudaw.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("وحدات مقاومة سنجار");
      assertThat(q.verb()).isEqualTo("نفت");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_rudaw.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصدر في قيادة العمليات المشتركة");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة الأنباء العراقية");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_shafaq.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("خديدا حجي إلياس"));
    assertThat(story.reuse()).isNotEmpty();
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_anadolu.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("وزارة الدفاع التركية");
      assertThat(q.text()).startsWith("تحييد 3 إرهابيين");
    });
  }
}
