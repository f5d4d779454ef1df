package org.isnad.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.BriefSentence;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Briefs of acceptance stories (org/isnad/acceptance/NAME/EXPECTED.md), as a reader of the brief alone sees them. */
class AcceptanceBriefTest {

  private static List<String> brief(String name) throws URISyntaxException {
    Story story = AcceptanceStories.of(name).get(0);
    return story.brief().stream().map(BriefSentence::text).toList();
  }

  /**
   * A sentence that tells an earlier report ("وكانت منظمة يونيسف قد أعلنت أن أكثر من 11 ألف طفل قتلوا...")
   * is background, not the lede: the landmine story opens on the blast that killed the children.
   */
  @ParameterizedTest
  @ValueSource(strings = {"landmine", "airstrike"})
  void theLedeIsNoEarlierReport(String name) throws URISyntaxException {
    List<String> brief = brief(name);
    assertThat(brief).isNotEmpty();
    assertThat(brief.get(0)).doesNotStartWith("كان");
    assertThat(brief.get(1)).doesNotStartWith("كان");
  }

  /**
   * Every "sources differ" sentence names two values at least: in examples/same-event the mourners of
   * "وشيّع المئات الشهيدين" once made a second killed value, set aside as no tally, and the brief said
   * "تتباين المصادر في القتلى: 2 بحسب ..." with the one value left.
   */
  @Test
  void aDisputeSentenceNamesTwoValues() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("basedir", "."), "..", "examples", "same-event");
    List<java.nio.file.Path> files;
    try (var s = java.nio.file.Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    List<Story> stories = new java.util.ArrayList<>(org.isnad.pipeline.Pipeline.create(org.isnad.pipeline.PipelineConfig.defaults())
        .analyze(files).stories());
    for (String name : List.of("landmine", "airstrike", "car-bomb", "raid", "market")) {
      stories.addAll(AcceptanceStories.of(name));
    }
    List<String> disputes = stories.stream().flatMap(st -> st.brief().stream()).map(BriefSentence::text)
        .filter(t -> t.startsWith("تتباين المصادر")).toList();
    assertThat(disputes).isNotEmpty().allSatisfy(t -> assertThat(t.split("بحسب", -1)).as(t).hasSizeGreaterThanOrEqualTo(3));
  }
}
