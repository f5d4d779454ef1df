package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.AnalysedArticle;
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
 * Events, figures and speakers of the acceptance story "shipwreck"
 * (org/isnad/acceptance/shipwreck/EXPECTED.md, written before Isnad ran on it): a migrant boat that
 * capsized off Zuwara, its dead counted over two days by the coast guard, IOM and the Red Crescent.
 */
class AcceptanceShipwreckEventsTest {

  private static List<Story> stories;
  private static List<AnalysedArticle> articles;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    BatchResult batch = AcceptanceStories.batch("shipwreck");
    stories = batch.stories();
    articles = batch.articles();
  }

  /** The story of the coast guard's first report (the wire report of IOM's figures is still a story of its own). */
  private static Story story() {
    String first = articles.stream().filter(a -> a.clean().source().endsWith("01_wasat.html")).findFirst().orElseThrow().id();
    return stories.stream().filter(s -> s.articles().contains(first)).findFirst().orElseThrow();
  }

  private static Event wreck() {
    return story().events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().toString().equals("2026-07-16")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return story().facts().stream().filter(f -> f.event().equals(e.id()) && f.slot().equals(slot)).findFirst().orElseThrow();
  }

  @Test
  void theWreckIsOneAccidentAtZuwaraOnThursdayWithNoSidesAndNoAttack() {
    Event e = wreck();
    assertThat(e.place()).isNotNull();
    assertThat(e.actor1()).isNull();
    assertThat(story().events()).noneMatch(x -> x.type().violent());
  }

  @Test
  void theDeadRiseFromTheCoastGuardsTwelveToTheRedCrescentsTwentyThree() {
    Fact killed = fact(wreck(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("12", "23");
    assertThat(killed.best()).isEqualTo("23");
    assertThat(killed.status()).isIn(FactStatus.UPDATED, FactStatus.DISPUTED);
  }

  @Test
  void theRescuedAreDisputedBetweenTheCoastGuardAndIom() {
    Fact rescued = fact(wreck(), "rescued");
    assertThat(rescued.values()).extracting(FactValue::value).contains("41", "38");
    assertThat(rescued.values()).filteredOn(v -> v.value().equals("38")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("المنظمة الدولية للهجرة"));
  }

  @Test
  void theMissingAreCounted() {
    assertThat(fact(wreck(), "missing").values()).extracting(FactValue::value).contains("17");
  }

  @Test
  void theEarlierWreckOffTobrukIsAnEventOfItsOwn() {
    Event tobruk = story().events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().toString().startsWith("2026-06")).findFirst().orElseThrow();
    assertThat(fact(tobruk, "missing").values()).extracting(FactValue::value).containsExactly("61");
  }

  @Test
  void theWireReportHasTheAccidentWithIomsFiguresAndNoAttackOfTheYear() {
    String wire = articles.stream().filter(a -> a.clean().source().endsWith("02_mutawassit.txt")).findFirst().orElseThrow().id();
    Story s = stories.stream().filter(x -> x.articles().contains(wire)).findFirst().orElseThrow();
    assertThat(s.events()).noneMatch(e -> e.type().violent());
    assertThat(s.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ACCIDENT));
  }

  @Test
  void theCopierCopiesTheCoastGuardParagraphs() {
    assertThat(story().reuse()).isNotEmpty();
  }
}
