package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;

/** Test helper: short articles written for a test, analysed by the default pipeline into their one story. */
final class OneStory {

  private OneStory() {
  }

  /** Writes each text as a file in {@code dir}, analyses the folder and returns its only story. */
  static Story of(Path dir, String... texts) throws IOException {
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(dir.resolve(i + ".txt"), texts[i]);
    }
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    return stories.get(0);
  }

  /** The first fact of {@code slot} of the one story the texts make. */
  static org.isnad.model.Fact fact(Path dir, String slot, String... texts) throws IOException {
    return of(dir, texts).facts().stream().filter(f -> f.slot().equals(slot)).findFirst().orElseThrow();
  }
}
