package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events, figures and speakers of the acceptance story "ship-attack"
 * (org/isnad/acceptance/ship-attack/EXPECTED.md, written before Isnad ran on it): a Houthi missile and
 * drone attack on a ship in the Red Sea, contradictory claims, US strikes on Ras Isa two days later.
 */
class AcceptanceShipAttackEventsTest {

  private static Story story;
  private static BatchResult batch;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("ship-attack");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  private static Event on(String day) {
    return story.events().stream().filter(e -> e.start() != null && e.start().toString().equals(day))
        .findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static List<Quote> quotesOf(String file) {
    return AcceptanceStories.quotesOf(batch, story, file);
  }

  @Test
  void theAttackOnTheShipIsOneEventOnMondayInTheRedSeaNoRaid() {
    assertThat(story.events().stream().filter(e -> e.start() != null && e.start().toString().equals("2026-08-03")))
        .singleElement().satisfies(e -> {
          assertThat(e.type().violent()).isTrue();
          assertThat(e.place()).isNotNull();
        });
    assertThat(story.events()).noneMatch(e -> e.type() == EventType.RAID);
  }

  @Test
  void theUsStrikesAreOnWednesdayAtRasIsaWithTheMinistrysDeadAndNoHouthiDoer() {
    Event strikes = on("2026-08-05");
    assertThat(strikes.type()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(strikes.actor1()).isNull();
    assertThat(fact(strikes, "killed").values()).extracting(FactValue::value).containsExactly("3");
    assertThat(fact(strikes, "wounded").values()).extracting(FactValue::value).containsExactly("9");
    assertThat(story.facts()).filteredOn(f -> f.event().equals(on("2026-08-03").id()) && f.slot().equals("killed")).isEmpty();
  }

  @Test
  void theOperatorsOneWoundedSailorIsTheShipAttacks() {
    Fact wounded = fact(on("2026-08-03"), "wounded");
    assertThat(wounded.values()).singleElement().satisfies(v -> {
      assertThat(v.value()).isEqualTo("1");
      assertThat(v.authority()).contains("بوسيدون مارين");
    });
  }

  @Test
  void ukmtoSpeaksUnderItsWholeName() {
    assertThat(quotesOf("02_adentime.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("هيئة عمليات التجارة البحرية البريطانية");
      assertThat(q.text()).contains("سقوط مقذوف");
    });
    assertThat(quotesOf("03_erem.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("هيئة عمليات التجارة البحرية البريطانية");
      assertThat(q.text()).contains("تلقت بلاغا");
    });
  }

  @Test
  void theParticipleAfterAClaimOrACondemnationIsTheSubjects() {
    assertThat(quotesOf("01_masirah.html")).anySatisfy(q -> {
      assertThat(q.text()).startsWith("الإصابة كانت");
      assertThat(q.speakerName()).isEqualTo("القوات المسلحة اليمنية");
    });
    assertThat(quotesOf("02_adentime.txt")).anySatisfy(q -> {
      assertThat(q.text()).contains("تهديد خطير");
      assertThat(q.speakerName()).startsWith("الحكومة اليمنية");
    });
  }

  @Test
  void theHouthiClaimWithZaamaIsTheirs() {
    assertThat(quotesOf("04_copier.txt")).anySatisfy(q -> {
      assertThat(q.text()).startsWith("إصابة السفينة");
      assertThat(q.speakerName()).isEqualTo("جماعة أنصار الله");
    });
  }

  @Test
  void theCopierCopiesTheUkmtoParagraph() {
    assertThat(story.reuse()).isNotEmpty();
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
