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
 * Tolls, authorities, dates and speakers of the acceptance story "hospital" (org/isnad/acceptance/hospital/EXPECTED.md,
 * written before Isnad ran on it): a drone strike on a hospital in El Fasher, the WHO's toll against the state health
 * ministry's, the RSF's denial, a UN condemnation passed on by a spokesman, and an earlier shelling of the hospital.
 */
class AcceptanceHospitalEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("hospital");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  private static List<FactValue> values(String slot) {
    return story.facts().stream().filter(f -> f.slot().equals(slot)).flatMap(f -> f.values().stream()).toList();
  }

  private static List<FactValue> valuesOn(String date, String slot) {
    var events = story.facts().stream()
        .filter(f -> f.slot().equals("date") && f.values().stream().anyMatch(v -> v.value().equals(date)))
        .map(f -> f.event()).toList();
    return story.facts().stream().filter(f -> f.slot().equals(slot) && events.contains(f.event()))
        .flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void theFourPagesAreOneStory() {
    assertThat(story.articles()).hasSize(4);
  }

  @Test
  void nineteenKilledAreTheWhosAndTwentyFourTheMinistrys() {
    assertThat(valuesOn("2026-12-06", "killed")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("19");
      assertThat(v.authority()).isEqualTo("منظمة الصحة العالمية");
    }).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("24");
      assertThat(v.authority()).startsWith("وزارة الصحة");
    });
    assertThat(valuesOn("2026-12-06", "wounded")).extracting(FactValue::value).containsOnly("27", "31");
  }

  @Test
  void neitherTheMedicalStaffAmongTheDeadNorTheDailyPatientsAreACount() {
    assertThat(values("killed")).extracting(FactValue::value).doesNotContain("3", "400");
    assertThat(values("wounded")).extracting(FactValue::value).doesNotContain("3", "400");
  }

  @Test
  void theEarlierShellingKeepsItsOwnDateAndToll() {
    assertThat(valuesOn("2026-11-14", "killed")).extracting(FactValue::value).containsExactly("8");
    assertThat(valuesOn("2026-12-06", "killed")).extracting(FactValue::value).doesNotContain("8");
    assertThat(valuesOn("2026-12-06", "wounded")).extracting(FactValue::value).doesNotContain("15");
  }

  @Test
  void theStrikeWasOnSundayNotOnTheDayOfTheCondemnation() {
    assertThat(values("date")).extracting(FactValue::value).contains("2026-12-06").doesNotContain("2026-12-07");
  }

  @Test
  void theUnCoordinatorSpeaksThroughTheSpokesman() {
    assertThat(story.quotes()).filteredOn(q -> q.speakerName().contains("سورنسن")).singleElement()
        .satisfies(q -> assertThat(q.chain()).anySatisfy(l -> assertThat(l.name()).contains("ريتشارد كامبل")));
  }

  @Test
  void theRsfSpokesmanTheDirectorAndTheWhoRepresentativeSpeak() {
    assertThat(story.quotes()).extracting(Quote::speakerName)
        .contains("عثمان حامد الطاهر", "عبد الرحيم بشير النور", "مارتن أوكيلو", "قوات الدعم السريع");
  }

  @Test
  void theCopierTookTwoParagraphsOfTheWire() {
    var wire = AcceptanceStories.article(batch, "01_reuters.txt");
    var copier = AcceptanceStories.article(batch, "04_copier.txt");
    assertThat(story.reuse()).anySatisfy(r -> {
      assertThat(List.of(r.a(), r.b())).containsExactlyInAnyOrder(wire.id(), copier.id());
      assertThat(r.passages()).hasSize(2);
    });
  }

  @Test
  void theWiresDatelineIsElFasherAndTheNewspapersSloganIsNoTitle() {
    var wire = AcceptanceStories.article(batch, "01_reuters.txt");
    assertThat(wire.clean().dateline()).isNotNull();
    assertThat(wire.clean().dateline().credit()).isEqualTo("رويترز");
    var paper = AcceptanceStories.article(batch, "03_alsudani.txt");
    assertThat(paper.clean().title()).isEqualTo("الفاشر تودع ضحايا قصف المستشفى السعودي وسط نقص حاد في الأدوية");
    assertThat(paper.clean().outlet().name()).isEqualTo("السوداني");
  }

  @Test
  void theHospitalsNameIsNoAttackingCountry() {
    assertThat(story.events()).allSatisfy(e -> assertThat(e.actor1()).isNotEqualTo("place-sa"));
  }
}
