package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.isnad.model.TimelineEntry;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events, figures, speakers, chains and entities of the acceptance story "abduction"
 * (org/isnad/acceptance/abduction/EXPECTED.md, written before Isnad ran on it): aid workers abducted
 * in Abyan and released four days later; a ministry source through an agency; a copier.
 */
class AcceptanceAbductionEventsTest {

  private static Story story;
  private static BatchResult batch;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("abduction");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  private static Event abduction() {
    return story.events().stream().filter(e -> e.type() == EventType.ABDUCTION && e.start() != null
        && e.start().toString().equals("2026-06-16")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static List<Quote> quotesOf(String file) {
    return AcceptanceStories.quotesOf(batch, story, file);
  }

  @Test
  void fourAbductedWithTheDriverAgainstThreeIsADispute() {
    Fact abducted = fact(abduction(), "abducted");
    assertThat(abducted.values()).extracting(FactValue::value).contains("3", "4");
    assertThat(abducted.status()).isEqualTo(FactStatus.DISPUTED);
  }

  @Test
  void theEarlierAbductionInFebruaryIsAnEventOfItsOwnWithTwoAbducted() {
    Event earlier = story.events().stream().filter(e -> e.type() == EventType.ABDUCTION && e.start() != null
        && e.start().toString().equals("2026-02-01")).findFirst().orElseThrow();
    assertThat(fact(earlier, "abducted").values()).extracting(FactValue::value).containsExactly("2");
  }

  @Test
  void theGroupAccusedOfTheAbductionDidNotMakeTheArrests() {
    Event arrest = story.events().stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
    assertThat(fact(arrest, "arrested").values()).extracting(FactValue::value).containsExactly("2");
    assertThat(arrest.actor1()).isNull();
  }

  @Test
  void theTimelineTellsTheAbductionByASentenceOfItsDayNotOfThePeriodSinceJanuary() {
    TimelineEntry entry = story.timeline().stream().filter(t -> t.event().equals(abduction().id())).findFirst().orElseThrow();
    assertThat(entry.text()).doesNotContain("منذ مطلع العام");
  }

  @Test
  void theMinistrySourceSpeaksThroughTheAgencyAndTheCopyIsOneQuotation() {
    assertThat(quotesOf("03_anadolu.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصدر في وزارة الداخلية");
      assertThat(q.chain()).extracting(ChainLink::name).anyMatch(n -> n.contains("وكالة الأنباء اليمنية"));
    });
    Quote wire = quotesOf("03_anadolu.html").get(0);
    assertThat(quotesOf("04_copier.html")).anyMatch(q -> q.group().equals(wire.group()));
  }

  @Test
  void theCountryDirectorNamedBetweenCommasSpeaksNotTheGovernment() {
    assertThat(quotesOf("02_masdar.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("كلير دوبوا");
      assertThat(q.text()).contains("بصحة جيدة");
    });
  }

  @Test
  void theCoordinatorWhoCondemnedGoesOnSpeakingAfterWaQaal() {
    assertThat(quotesOf("03_anadolu.html")).anySatisfy(q -> {
      assertThat(q.text()).startsWith("استهداف العاملين");
      assertThat(q.speakerName()).startsWith("منسق");
    });
  }

  @Test
  void theItalianWorkerWrittenTwoWaysIsOnePerson() {
    assertThat(story.entities()).filteredOn(e -> e.canonical().startsWith("ماركو")).singleElement()
        .satisfies(e -> assertThat(e.aliases()).hasSize(2));
  }

  @Test
  void theWireParagraphsAreCopiedByTheCopier() {
    assertThat(story.reuse()).isNotEmpty();
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
