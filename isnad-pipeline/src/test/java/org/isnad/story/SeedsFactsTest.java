package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.BriefSentence;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.SourceRef;
import org.isnad.model.Story;
import org.isnad.model.TimelineEntry;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fact table, brief and timeline of the seed story, as the "done when" states them. */
class SeedsFactsTest {

  private static Story story;
  private static Map<String, AnalysedArticle> articles;

  @BeforeAll
  static void analyse() {
    BatchResult r = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(Seeds.dir()));
    story = r.stories().get(0);
    articles = r.articles().stream().collect(Collectors.toMap(AnalysedArticle::id, Function.identity()));
  }

  private static Fact fact(String slot, String value) {
    return story.facts().stream().filter(f -> f.slot().equals(slot))
        .filter(f -> f.values().stream().anyMatch(v -> v.value().equals(value)))
        .max((a, b) -> Integer.compare(a.values().size(), b.values().size())).orElseThrow();
  }

  @Test
  void oneBodyIsNamedOnceAmongAValuesAuthorities() {
    // "القيادة المركزية للجيش الأميركي" and "سنتكوم" resolve to one story entity: named once, canonically
    for (Fact f : story.facts()) {
      for (FactValue v : f.values()) {
        if (v.authority() != null) {
          assertThat(v.authority()).as(f.slot() + " " + v.value()).doesNotContain("سنتكوم");
          List<String> names = List.of(v.authority().split("، "));
          assertThat(names).doesNotHaveDuplicates();
        }
      }
    }
  }

  @Test
  void theBriefListsAuthoritiesAsAnArabicList() {
    BriefSentence dispute = story.brief().stream().filter(b -> b.text().startsWith("تتباين")).findFirst().orElseThrow();
    assertThat(dispute.text()).contains("3 بحسب ").contains(" ووسائل إعلام أخرى").doesNotContain("، وسائل");
  }

  @Test
  void theBriefTellsTheArrestsAnEventWithFiguresBeforeEventsWithout() {
    Fact arrested = fact("arrested", "5");
    List<SourceRef> spans = arrested.values().stream().flatMap(v -> v.spans().stream()).toList();
    assertThat(story.brief()).anySatisfy(b -> assertThat(b.citations()).anySatisfy(c -> assertThat(spans)
        .anyMatch(f -> f.article().equals(c.article()) && c.span().contains(f.span()))));
  }

  @Test
  void killedIsAgreedAtThree() {
    Fact killed = fact("killed", "3");
    assertThat(killed.status()).isEqualTo(FactStatus.AGREED);
    assertThat(killed.values()).allMatch(v -> v.value().equals("3"));
    assertThat(killed.best()).isEqualTo("3");
  }

  @Test
  void woundedIsDisputedThreeAgainstTwoOnTheInteriorMinistrysWord() {
    Fact wounded = fact("wounded", "2");
    assertThat(wounded.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(wounded.low()).isEqualTo(2);
    assertThat(wounded.high()).isEqualTo(3);
    assertThat(wounded.best()).isEqualTo("3");
    assertThat(wounded.values()).anyMatch(v -> v.value().equals("2") && v.authority() != null
        && v.authority().contains("الداخ"));
  }

  @Test
  void arrestedIsAgreedAtFiveWithThePlaceDisputed() {
    Fact arrested = fact("arrested", "5");
    assertThat(arrested.status()).isEqualTo(FactStatus.AGREED);
    Fact place = story.facts().stream().filter(f -> f.event().equals(arrested.event()) && f.slot().equals("place"))
        .findFirst().orElseThrow();
    assertThat(place.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(place.values()).hasSizeGreaterThan(1);
  }

  @Test
  void everyBriefSentenceIsCitedBySpansThatSayIt() {
    assertThat(story.brief()).hasSizeBetween(5, 11);
    for (BriefSentence b : story.brief()) {
      assertThat(b.citations()).as(b.text()).isNotEmpty();
      SourceRef first = b.citations().get(0);
      String cited = first.span().in(articles.get(first.article()).clean().original()).strip();
      if (!cited.equals(b.text())) {
        // a sentence of the brief's own: it states a disputed figure, citing the figures' spans
        Fact disputed = story.facts().stream().filter(f -> f.status() == FactStatus.DISPUTED && f.low() != null)
            .filter(f -> f.values().stream().flatMap(v -> v.spans().stream()).toList().containsAll(b.citations()))
            .findFirst().orElseThrow(() -> new AssertionError("uncited sentence: " + b.text()));
        for (FactValue v : disputed.values()) {
          assertThat(b.text()).contains(v.value());
        }
      }
    }
    assertThat(story.brief().stream().map(BriefSentence::text)).doesNotHaveDuplicates();
  }

  @Test
  void theTimelineIsInOrderAndCited() {
    assertThat(story.timeline()).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < story.timeline().size(); i++) {
      assertThat(story.timeline().get(i).start()).isAfterOrEqualTo(story.timeline().get(i - 1).start());
    }
    for (TimelineEntry t : story.timeline()) {
      SourceRef first = t.citations().get(0);
      assertThat(first.span().in(articles.get(first.article()).clean().original()).strip()).isEqualTo(t.text());
    }
  }
}
