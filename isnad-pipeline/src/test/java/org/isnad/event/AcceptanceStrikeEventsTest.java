package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Event;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.EventType;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures, authorities and quotations of the acceptance story "strike"
 * (org/isnad/acceptance/strike/EXPECTED.md, written before Isnad ran on it).
 */
class AcceptanceStrikeEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("strike");
    assertThat(stories).hasSize(1);
    story = stories.get(0);
  }

  private static Event strike() {
    return story.events().stream().filter(e -> e.type() == EventType.AIRSTRIKE)
        .filter(e -> e.start() != null && e.start().toString().equals("2026-03-15")).findFirst().orElseThrow();
  }

  private static List<FactValue> values(String slot) {
    return story.facts().stream().filter(f -> f.event().equals(strike().id()) && f.slot().equals(slot))
        .flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void anOfficialTallyNamedByItsAdjectivesIsNoBodyCutInHalf() {
    assertThat(values("killed")).noneMatch(v -> v.authority() != null && v.authority().startsWith("الرسمية"));
  }

  @Test
  void anEarlierSimilarStrikeElsewhereIsNotCountedInThisStrikesToll() {
    assertThat(values("killed")).extracting(FactValue::value).doesNotContain("1");
  }

  @Test
  void aTollSinceTheCeasefireTookEffectIsNoFigureOfTheStrike() {
    assertThat(values("killed")).extracting(FactValue::value).doesNotContain("340");
  }

  @Test
  void theCivilDefencesTwoWoundedDisputeTheMinistrysOne() {
    Fact wounded = story.facts().stream().filter(f -> f.event().equals(strike().id()) && f.slot().equals("wounded"))
        .findFirst().orElseThrow();
    assertThat(wounded.values()).extracting(FactValue::value).contains("1", "2");
    assertThat(wounded.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(wounded.values()).filteredOn(v -> v.value().equals("2"))
        .allSatisfy(v -> assertThat(v.authority()).contains("الدفاع المدني"));
  }

  @Test
  void theStrikeIsInTheTownNotItsDistrictNorTheCountryThatClaimsIt() {
    String place = story.entities().stream().filter(x -> x.id().equals(strike().place())).findFirst().orElseThrow().canonical();
    assertThat(place).isEqualTo("طيردبا");
    assertThat(values("place")).extracting(FactValue::value).doesNotContain("إسرائيل");
  }

  @Test
  void theHealthEmergencyCentreSpeaksForItsMinistryWhichIsNoMediumTold() {
    assertThat(story.quotes()).noneMatch(q -> q.chain().stream().anyMatch(c -> c.name().startsWith("لوزارة")));
    assertThat(story.quotes()).anyMatch(q -> q.speakerName() != null && q.speakerName().startsWith("وزارة الصحة")
        && q.text().contains("استشهاد مواطنين اثنين"));
  }

  @Test
  void fiveHillsNameNoLibyanTown() {
    assertThat(story.entities()).noneMatch(e -> e.canonical().equals("الخمس"));
  }
}
