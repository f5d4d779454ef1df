package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures, authorities and quotations of the acceptance story "protest"
 * (org/isnad/acceptance/protest/EXPECTED.md, written before Isnad ran on it).
 */
class AcceptanceProtestEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("protest");
    assertThat(stories).hasSize(1);
    story = stories.get(0);
  }

  private static Event protest() {
    return story.events().stream().filter(e -> e.type() == EventType.PROTEST)
        .filter(e -> e.start() != null && e.start().toString().equals("2026-04-25")).findFirst().orElseThrow();
  }

  private static List<FactValue> values(Event e, String slot) {
    return story.facts().stream().filter(f -> f.event().equals(e.id()) && f.slot().equals(slot))
        .flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void theWoundedAreTheDispersedProtestsNotAnEarlierEventsOfTheSameWords() {
    assertThat(values(protest(), "wounded")).extracting(FactValue::value).contains("14", "23");
    assertThat(story.events()).filteredOn(e -> e.start() != null && e.start().getYear() < 2026)
        .allSatisfy(e -> assertThat(e.figures()).noneMatch(r -> r.figure().value() == 14));
  }

  @Test
  void aProtestDispersedWithKillingIsCodedAsExcessiveForce() {
    // a protester died of his wounds (killed 1) and 14 to 23 were wounded: not a peaceful protest
    assertThat(values(protest(), "killed")).extracting(FactValue::value).contains("1");
    assertThat(protest().acledSubEventType()).isEqualTo("Excessive force against protesters");
  }

  @Test
  void aBreakdownOfTheWoundedIsNoCountOfItsOwn() {
    assertThat(values(protest(), "wounded")).extracting(FactValue::value).doesNotContain("3", "4");
  }

  @Test
  void theWoundsAProtesterDiedOfAreNoWoundedCount() {
    assertThat(values(protest(), "wounded")).extracting(FactValue::value).doesNotContain("1");
  }

  @Test
  void theHealthDirectorateOfTheGovernorateIsTheAuthorityOfItsTallies() {
    assertThat(values(protest(), "wounded")).filteredOn(v -> v.value().equals("23")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("دائرة صحة ذي قار"));
    assertThat(values(protest(), "wounded")).filteredOn(v -> v.value().equals("14")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("دائرة صحة ذي قار").doesNotContain("إحصائية"));
  }

  @Test
  void thePoliceCommandOfTheGovernorateSpeaks() {
    var police = story.quotes().stream().filter(q -> "قيادة شرطة ذي قار".equals(q.speakerName())).toList();
    assertThat(police.stream().map(q -> q.source().article()).distinct()).hasSizeGreaterThanOrEqualTo(2);
    // a denial and the participle after it ("ونفت ... استخدام الرصاص الحي، مؤكدة أن ...") are two quotations, no double
    assertThat(police).extracting(q -> q.source().article() + q.source().span()).doesNotHaveDuplicates();
  }

  @Test
  void theOrganisersDozensOfArrestsAndTheirFortyWoundedDisputeTheOfficialCounts() {
    for (String slot : List.of("wounded", "arrested")) {
      org.isnad.model.Fact fact = story.facts().stream().filter(f -> f.slot().equals(slot))
          .filter(f -> f.values().stream().anyMatch(v -> v.value().equals("14") || v.value().equals("12")))
          .findFirst().orElseThrow();
      assertThat(fact.status()).as(slot).isEqualTo(org.isnad.model.FactStatus.DISPUTED);
    }
  }

  @Test
  void theArrestsAreOneEventAndTheReleaseMorningDoesNotSplitThem() {
    List<Event> arrests = story.events().stream().filter(e -> e.type() == EventType.ARREST).toList();
    assertThat(arrests).hasSize(1);
    assertThat(values(arrests.get(0), "arrested")).filteredOn(v -> v.value().equals("12")).singleElement()
        .satisfies(v -> assertThat(v.articles()).hasSize(4))
        .satisfies(v -> assertThat(v.authority()).doesNotContain("تعطيل"));
  }

  @Test
  void protestsEverySummerAreNotDatedThisSummer() {
    assertThat(story.events()).noneMatch(e -> e.start() != null && e.start().toString().equals("2026-06-01"));
  }

  @Test
  void theProtesterWhoDiedOfHisWoundsIsOneKilled() {
    assertThat(values(protest(), "killed")).extracting(FactValue::value).containsExactly("1");
  }
}
