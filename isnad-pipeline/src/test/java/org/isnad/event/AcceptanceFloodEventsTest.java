package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.CopyDirection;
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
 * Cleaning, events, figures and speakers of the acceptance story "flood"
 * (org/isnad/acceptance/flood/EXPECTED.md, written before Isnad ran on it): flash floods in al-Mahra,
 * Yemen, whose dead the civil defence, a local official and the health ministry count differently
 * over two days; a Hijri date line, a Levantine and a Maghrebi month name.
 */
class AcceptanceFloodEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("flood");
    story = batch.stories().get(0);
  }

  private static Event floods() {
    return story.events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().toString().equals("2026-11-22")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  @Test
  void oneStoryDatedByAHijriLineALevantineAndAMaghrebiMonth() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "01_saba.txt").clean().published().date()).hasToString("2026-11-22");
    assertThat(AcceptanceStories.article(batch, "02_mayadeen.html").clean().published().date()).hasToString("2026-11-22");
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().published().date()).hasToString("2026-11-23");
  }

  @Test
  void theFloodsAreOneAccidentAtAlGhaydahWithNoSides() {
    Event e = floods();
    assertThat(name(e.place())).isEqualTo("الغيضة");
    assertThat(e.actor1()).isNull();
    assertThat(story.events()).noneMatch(x -> x.type().violent());
  }

  @Test
  void theDeadRiseFromTheCivilDefencesNineToTheMinistrysThirteenInWords() {
    Fact killed = fact(floods(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("9", "11", "13");
    assertThat(killed.best()).isEqualTo("13");
    assertThat(killed.high()).isEqualTo(13);
    assertThat(killed.status()).isIn(FactStatus.UPDATED, FactStatus.DISPUTED);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("13")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("وزارة الصحة");
      assertThat(v.sources()).isEqualTo(2);
    });
    assertThat(killed.values()).filteredOn(v -> v.value().equals("11")).singleElement()
        .satisfies(v -> assertThat(v.authority()).startsWith("مسؤول في السلطة المحلية"));
  }

  @Test
  void theWoundedAndTheMissingAreCounted() {
    assertThat(fact(floods(), "wounded").values()).extracting(FactValue::value).containsExactly("27");
    assertThat(fact(floods(), "missing").values()).extracting(FactValue::value).contains("14", "20", "8");
  }

  @Test
  void theFloodsOf2024AreAnEventOfTheirOwn() {
    Event mahwit = story.events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().getYear() == 2024).findFirst().orElseThrow();
    assertThat(fact(mahwit, "killed").values()).extracting(FactValue::value).containsExactly("30");
    assertThat(fact(floods(), "killed").values()).extracting(FactValue::value).doesNotContain("30");
  }

  @Test
  void theLocalOfficialSpeaksThroughTheAgencyAndTheSpokesmanByHisWholeName() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_mayadeen.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).startsWith("مسؤول في السلطة المحلية");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة فرانس برس");
      assertThat(q.text()).startsWith("السيول جرفت");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_jazeera.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("مبارك علي زعبنوت"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_saba.txt"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("عبدالله سعيد كدة"));
  }

  @Test
  void theCopierCopiesTheAgencysCivilDefenceParagraphs() {
    String saba = AcceptanceStories.article(batch, "01_saba.txt").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(saba);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
  }
}
