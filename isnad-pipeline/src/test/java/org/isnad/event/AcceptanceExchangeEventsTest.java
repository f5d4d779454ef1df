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
 * Events, figures and speakers of the acceptance story "exchange"
 * (org/isnad/acceptance/exchange/EXPECTED.md, written before Isnad ran on it): a prisoner exchange
 * between the Yemeni government and the Houthis, mediated by Oman, its released counted differently
 * by the Houthis, the ICRC and the government.
 */
class AcceptanceExchangeEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("exchange");
    story = batch.stories().get(0);
  }

  private static Event exchange() {
    return story.events().stream().filter(e -> e.type() == EventType.RELEASE && e.start() != null
        && e.start().toString().equals("2026-10-15")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  @Test
  void theFourPagesAreOneStoryAndTheCopierCopiesTheNewspaper() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(story.reuse()).isNotEmpty();
  }

  @Test
  void theExchangeIsOneReleaseOnThursdayAndNoAttackOrArrest() {
    Event e = exchange();
    assertThat(e.place()).isNotEqualTo("place-om"); // the mediator is no place of the exchange
    assertThat(story.events()).noneMatch(x -> x.type().violent() || x.type() == EventType.ARREST);
  }

  @Test
  void theReleasedAreCountedOnEachSidesWord() {
    // as EXPECTED.md: each side's released compared apart (215 against 210, 160 against 152), the total on its own
    List<Fact> released = story.facts().stream()
        .filter(f -> f.event().equals(exchange().id()) && f.slot().equals("released")).toList();
    assertThat(released).hasSize(3);
    assertThat(released).anySatisfy(f -> {
      assertThat(f.values()).extracting(FactValue::value).containsExactlyInAnyOrder("215", "210");
      assertThat(f.status()).isEqualTo(org.isnad.model.FactStatus.DISPUTED);
    });
    assertThat(released).anySatisfy(f -> {
      assertThat(f.values()).extracting(FactValue::value).containsExactlyInAnyOrder("160", "152");
      assertThat(f.values()).filteredOn(v -> v.value().equals("152")).singleElement()
          .satisfies(v -> assertThat(v.authority()).contains("الحكومة اليمنية"));
    });
    assertThat(released).anySatisfy(f -> {
      assertThat(f.group()).isNull();
      assertThat(f.values()).singleElement().satisfies(v -> {
        assertThat(v.value()).isEqualTo("371");
        assertThat(v.authority()).contains("اللجنة الدولية للصليب الأحمر");
      });
    });
    assertThat(released).flatExtracting(Fact::values).extracting(FactValue::value)
        .doesNotContain("8", "216", "161", "373");
  }

  @Test
  void theExchangeOfApril2023IsAnEventOfItsOwn() {
    Event earlier = story.events().stream().filter(e -> e.type() == EventType.RELEASE && e.start() != null
        && e.start().toString().startsWith("2023-04")).findFirst().orElseThrow();
    assertThat(fact(earlier, "released").values()).extracting(FactValue::value).containsExactly("900");
  }

  @Test
  void theNegotiatorSpeaksInTheNewspaperAndItsCopyWithTheNewspaperInTheChain() {
    List<Quote> his = story.quotes().stream().filter(q -> "مروان باعباد".equals(q.speakerName())).toList();
    assertThat(his.stream().map(q -> q.source().article()).distinct()).hasSize(2);
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_aawsat.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مروان باعباد");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("الشرق الأوسط");
    });
    assertThat(story.quotes()).noneSatisfy(q -> assertThat(q.verb()).isEqualTo("أعلنها"));
    assertThat(story.quotes()).noneSatisfy(q -> assertThat(q.speakerName()).isIn("مبدأ", "الشرق الأوسط"));
  }

  @Test
  void theIcrcSpeaksThroughReutersAndTheOmaniMinistryInAStatement() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_jazeera.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("كريستين لوبلان");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة رويترز");
    }).anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("وزارة الخارجية العمانية"));
  }
}
