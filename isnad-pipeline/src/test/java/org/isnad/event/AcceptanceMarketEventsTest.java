package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, days and sides of the acceptance story "market" (org/isnad/acceptance/market/EXPECTED.md):
 * four pages copied as text about a drone strike on a market in El Obeid.
 */
class AcceptanceMarketEventsTest {

  private static Story story;
  private static BatchResult batch;
  private static List<AnalysedArticle> articles;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("market");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
    articles = batch.articles();
  }

  private static CleanArticle article(String file) {
    return AcceptanceStories.article(batch, file).clean();
  }

  private static Event strike() {
    return story.events().stream().filter(e -> e.place() != null && e.place().contains("obeid")).findFirst().orElseThrow();
  }

  @Test
  void aMastheadWithATaglineAndATickerAreNoTitle() {
    assertThat(article("02_sudantoday.txt").title()).startsWith("الدعم السريع تنفي استهداف سوق الأبيض");
    assertThat(article("01_tayar.txt").dateline().place()).isEqualTo("الأبيض");
  }

  @Test
  void theStrikeIsOneDroneStrikeOnMondayByTheAccusedSide() {
    assertThat(story.events()).filteredOn(e -> e.place() != null && e.place().contains("obeid")).hasSize(1);
    Event e = strike();
    assertThat(e.type()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.start()).hasToString("2026-11-16");
    assertThat(e.actor1()).isEqualTo("rsf");
    assertThat(e.mentions()).extracting(m -> m.article()).containsAll(articles.stream().map(AnalysedArticle::id).toList());
  }

  @Test
  void theTollRoseFrom23To31() {
    Fact killed = story.facts().stream().filter(f -> f.event().equals(strike().id()) && f.slot().equals("killed"))
        .findFirst().orElseThrow();
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("31");
  }

  @Test
  void theEarlierStrikeIsNotDatedAfterTheArticle() {
    assertThat(story.events()).filteredOn(e -> e.place() != null && e.place().contains("kadugli"))
        .allSatisfy(e -> assertThat(e.start()).isNull());
  }
}
