package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tolls, authorities and speakers of the acceptance story "checkpoint" (org/isnad/acceptance/checkpoint/EXPECTED.md,
 * written before Isnad ran on it): an ISIS attack on an army checkpoint in Diyala, the security media cell's toll
 * against a police source's, and the search operation after it.
 */
class AcceptanceCheckpointEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("checkpoint");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  private static List<FactValue> values(String slot) {
    return story.facts().stream().filter(f -> f.slot().equals(slot)).flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void theFourPagesAreOneStory() {
    assertThat(story.articles()).hasSize(4);
  }

  @Test
  void threeKilledAreTheCellsAndFourThePoliceSources() {
    assertThat(values("killed")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("3");
      assertThat(v.authority()).isEqualTo("خلية الإعلام الأمني");
    });
    assertThat(values("killed")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("4");
      assertThat(v.authority()).startsWith("مصدر");
    });
  }

  @Test
  void noUnitNumberNorClaimOfKilledAndWoundedIsACount() {
    assertThat(values("killed")).extracting(FactValue::value).doesNotContain("20", "9", "2");
    assertThat(values("wounded")).extracting(FactValue::value).containsOnly("2", "3");
  }

  @Test
  void theTwoTerroristsKilledAreTheAttackers() {
    assertThat(values("perpetrators_killed")).extracting(FactValue::value).isNotEmpty().containsOnly("2");
  }

  @Test
  void fiveArrestedAreTheCellsAndSevenThePoliceSources() {
    assertThat(values("arrested")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("5");
      assertThat(v.authority()).contains("خلية الإعلام الأمني");
    });
    assertThat(values("arrested")).anySatisfy(v -> assertThat(v.value()).isEqualTo("7"));
  }

  @Test
  void theAgencyThatReceivedTheStatementIsNoSpeaker() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_ina.txt")).isNotEmpty()
        .allSatisfy(q -> assertThat(q.speakerName()).isEqualTo("خلية الإعلام الأمني"));
  }

  @Test
  void theAttackWasOnThursdayTheThird() {
    assertThat(values("date")).anyMatch(v -> v.value().equals("2026-12-03"));
  }

  @Test
  void theAgencysDatelineIsBaghdad() {
    var a = AcceptanceStories.article(batch, "01_ina.txt");
    assertThat(a.clean().dateline()).isNotNull();
    assertThat(a.clean().dateline().place()).isEqualTo("بغداد");
    assertThat(a.clean().dateline().credit()).isEqualTo("واع");
  }

  @Test
  void theNewspapersSloganIsNoTitleAndItsMoreIsNoText() {
    var a = AcceptanceStories.article(batch, "03_almada.txt");
    assertThat(a.clean().title()).isEqualTo("ديالى تشيّع ضحايا هجوم المخيسة وعشائرها تطالب بحماية القرى");
    assertThat(a.clean().text()).doesNotContain("المزيد من المحليات").doesNotContain("جريدة يومية");
  }

  @Test
  void theColonelAndTheTribalSheikhSpeak() {
    assertThat(story.quotes()).extracting(Quote::speakerName).contains("سلام العبيدي", "مزهر التميمي", "عدنان الربيعي");
  }
}
