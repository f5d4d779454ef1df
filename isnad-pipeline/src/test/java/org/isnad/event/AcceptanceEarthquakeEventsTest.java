package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events, figures and speakers of the acceptance story "earthquake"
 * (org/isnad/acceptance/earthquake/EXPECTED.md, written before Isnad ran on it): an earthquake in the
 * Latakia countryside whose toll the health ministry, the civil defence and the UN office count
 * differently over two days.
 */
class AcceptanceEarthquakeEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("earthquake");
    story = batch.stories().get(0);
  }

  private static Event quake() {
    return story.events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().toString().equals("2026-11-03")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  @Test
  void theQuakeIsOneAccidentWithNoSidesAndNoAttack() {
    assertThat(batch.stories()).hasSize(1);
    Event e = quake();
    assertThat(e.actor1()).isNull();
    assertThat(e.actor2()).isNull();
    assertThat(story.events()).noneMatch(x -> x.type().violent());
  }

  @Test
  void theDeadAreDisputedBetweenTheLatestTalliesNotTheFirstMorningsNine() {
    Fact killed = fact(quake(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("9", "17", "21", "24", "26");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(killed.best()).isIn("21", "24", "26");
    assertThat(killed.low()).isEqualTo(9);
    assertThat(killed.high()).isEqualTo(26);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("26")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("17")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("الدفاع المدني السوري"));
  }

  @Test
  void theWoundedAndTheMissingAreCounted() {
    assertThat(fact(quake(), "wounded").values()).extracting(FactValue::value).contains("47", "86", "112", "118", "140");
    assertThat(fact(quake(), "missing").values()).extracting(FactValue::value).contains("30", "12");
    assertThat(fact(quake(), "wounded").best()).isNotEqualTo("47");
  }

  @Test
  void perTownBreakdownsAreNoTolls() {
    assertThat(fact(quake(), "killed").values()).extracting(FactValue::value).doesNotContain("11", "15", "6", "3", "2");
  }

  @Test
  void theQuakeOf2023IsAnEventOfItsOwn() {
    assertThat(story.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(e.start().getYear()).isEqualTo(2023);
    });
  }

  @Test
  void theUnOfficeClaimsItsFiguresAfterAmmaAndTheCopierCopiesTheChannel() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_enab.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية");
      assertThat(q.text()).startsWith("26 قتيلا");
    });
    assertThat(story.reuse()).isNotEmpty();
  }
}
