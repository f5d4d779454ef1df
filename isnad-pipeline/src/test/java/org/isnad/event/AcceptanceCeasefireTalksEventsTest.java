package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.SourceType;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers, chains and figures of the acceptance story "ceasefire-talks"
 * (org/isnad/acceptance/ceasefire-talks/EXPECTED.md, written before Isnad ran on it).
 */
class AcceptanceCeasefireTalksEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("ceasefire-talks");
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
  void theEgyptianMinisterIsNamedWithoutTheWordOfHisClaim() {
    assertThat(story.quotes()).anyMatch(q -> "هشام عبد الحميد".equals(q.speakerName()) && q.text().startsWith("دعم بلاده"));
    assertThat(story.quotes()).extracting(Quote::speakerName).noneMatch(n -> n != null && n.endsWith(" دعم"));
  }

  @Test
  void theLeakIsTheAnonymousDiplomatsNeverTheOutlets() {
    List<Quote> leak = story.quotes().stream().filter(q -> q.text().contains("اقتربا من التوافق")).toList();
    assertThat(leak).hasSize(2).allSatisfy(q -> {
      assertThat(q.speakerName()).startsWith("دبلوماسي");
      assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
    });
    assertThat(story.quotes()).anyMatch(q -> q.speakerName() != null && q.speakerName().startsWith("دبلوماسي")
        && q.chain().stream().anyMatch(c -> c.toString().contains("رويترز")));
  }

  @Test
  void theDelegationsDenialKeepsItsSourceWhole() {
    assertThat(story.quotes()).anyMatch(q -> "مصدر في الوفد الحكومي".equals(q.speakerName()) && q.text().startsWith("صحة"));
  }

  @Test
  void theSpokesmanDeniesAndTheMediatorSpeaks() {
    assertThat(story.quotes()).anyMatch(q -> "عمر الطيب".equals(q.speakerName()) && q.verb().contains("نفى"));
    assertThat(story.quotes()).anyMatch(q -> "ماركو بيلّيني".equals(q.speakerName()));
  }

  @Test
  void theShellingOfSouqAlJumaaWasOnTuesdayNotAFriday() {
    org.isnad.model.Event shelling = story.events().stream()
        .filter(e -> e.figures().stream().anyMatch(f -> f.figure().value() == 7)).findFirst().orElseThrow();
    assertThat(shelling.start()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
    assertThat(values("date")).noneMatch(v -> v.value().equals("2026-11-27"));
  }

  @Test
  void theTollsDisagreeByAuthority() {
    assertThat(values("killed")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("7");
      assertThat(v.authority()).contains("وزارة الصحة");
    });
    assertThat(values("killed")).anyMatch(v -> v.value().equals("9"));
  }
}
