package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers, figures and authorities of the acceptance story "assassination"
 * (org/isnad/acceptance/assassination/EXPECTED.md, written before Isnad ran on it).
 */
class AcceptanceAssassinationEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("assassination");
    assertThat(stories).hasSize(1);
    story = stories.get(0);
  }

  private static List<FactValue> values(String slot) {
    return story.facts().stream().filter(f -> f.slot().equals(slot)).flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void theFourPagesAreOneStory() {
    assertThat(story.articles()).hasSize(4);
  }

  @Test
  void fiveKilledAreTheHospitalsWordNotTheMinistrys() {
    assertThat(values("killed")).filteredOn(v -> v.value().equals("5")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.authority()).doesNotContain("وزارة الداخلية"));
  }

  @Test
  void fourKilledAreTheMinistrysTheDirectorAndThreeOfHisGuards() {
    assertThat(values("killed")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("4");
      assertThat(v.authority()).startsWith("وزارة الداخلية");
    });
    assertThat(values("killed")).noneMatch(v -> v.value().equals("3"));
  }

  @Test
  void sixWoundedAreTheMinistrysAndNineTheHospitals() {
    assertThat(values("wounded")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("6");
      assertThat(v.authority()).startsWith("وزارة الداخلية");
    });
    assertThat(values("wounded")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("9");
      assertThat(v.authority()).doesNotContain("وزارة");
    });
  }

  @Test
  void theMedicalSourceBeforeItsVerbSpeaksNotTheMinistry() {
    assertThat(story.quotes()).anyMatch(q -> q.text().startsWith("حصيلة القتلى ارتفعت إلى خمسة")
        && q.speakerName() != null && q.speakerName().startsWith("مصدر"));
    assertThat(story.quotes()).noneMatch(q -> q.text().startsWith("حصيلة القتلى ارتفعت إلى خمسة")
        && q.speakerName() != null && q.speakerName().contains("وزارة"));
  }

  @Test
  void theDenialIsTheGroupsAndNoClaimIsTakenForAName() {
    assertThat(story.quotes()).extracting(Quote::speakerName)
        .noneMatch(n -> n != null && n.startsWith("صحة"));
    assertThat(story.quotes()).anyMatch(q -> q.verb().contains("نف") && "جماعة أنصار الله".equals(q.speakerName()));
  }

  @Test
  void theClaimOfResponsibilityIsAlQaedas() {
    assertThat(story.quotes()).anyMatch(q -> "تنظيم القاعدة في جزيرة العرب".equals(q.speakerName())
        && q.text().contains("المجاهدين استهدفوا"));
  }

  @Test
  void theWiresDatelineIsNoPartOfTheMinistrysWords() {
    assertThat(story.quotes()).filteredOn(q -> q.text().contains("قُتل مدير أمن مديرية المخا")).isNotEmpty()
        .allSatisfy(q -> assertThat(q.text()).startsWith("قُتل").doesNotContain("أ ف ب"));
  }

  @Test
  void theAttackWasOnMondayTheTwentyThird() {
    assertThat(values("date")).anyMatch(v -> v.value().equals("2026-11-23"));
  }
}
