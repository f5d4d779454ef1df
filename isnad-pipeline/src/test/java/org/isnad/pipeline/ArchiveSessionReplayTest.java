package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Story;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * A session that replays stored analyses (as a store does on opening) builds the same stories as
 * the session that analysed them, copied passages included, though it finds those passages only
 * when a story is built.
 */
class ArchiveSessionReplayTest {

  @Test
  void replayedArticlesBuildTheSameStoriesWithTheSameCopiedPassages() {
    Pipeline pipeline = Pipeline.create(PipelineConfig.defaults());
    Map<String, AnalysedArticle> byId = new HashMap<>();
    ArchiveSession first = pipeline.session(byId::get);
    ArchiveSession.Update update = first.add(pipeline.ingester().ingest(Seeds.files()).articles());
    update.articles().forEach(a -> byId.put(a.id(), a));
    List<Story> built = first.build(first.storyIds());
    assertThat(built.stream().mapToInt(s -> s.reuse().size()).sum()).as("the seeds copy paragraphs").isPositive();

    ArchiveSession replayed = pipeline.session(byId::get);
    update.articles().forEach(replayed::replay);
    assertThat(replayed.storyIds()).isEqualTo(first.storyIds());
    List<Story> again = replayed.build(replayed.storyIds());
    assertThat(again).isEqualTo(built);
    assertThat(replayed.build(replayed.storyIds().get(0))).as("built twice, aligned once").isEqualTo(built.get(0));
  }
}
