package org.isnad.pipeline;

import static java.util.Objects.requireNonNull;

import org.isnad.clean.CleanConfig;
import org.isnad.ingest.IngestConfig;
import org.isnad.lang.Language;
import org.isnad.reuse.ReuseConfig;
import org.isnad.story.StoryConfig;

/**
 * Everything that configures a pipeline.
 *
 * @param ingest limits on input
 * @param clean the cleaning stage's language and outlet table
 * @param language the language component of the text stage
 * @param stories online story clustering
 * @param reuse copy detection
 * @param entities whether to recognise and resolve named entities (needs the bundled NER model)
 * @param parallel whether article-level stages may run on several threads (results keep input order)
 * @param extraPlaces a gazetteer file extending the bundled one (from {@code isnad gazetteer
 *     import}), or null
 * @param briefLength how many sentences each story's brief has (before the sentences stating
 *     disputes)
 */
public record PipelineConfig(IngestConfig ingest, CleanConfig clean, Language language,
    StoryConfig stories, ReuseConfig reuse, boolean entities, boolean parallel, java.nio.file.Path extraPlaces,
    int briefLength) {

  /** The default length of a story's brief. */
  public static final int BRIEF_LENGTH = org.isnad.brief.BriefWriter.DEFAULT_LENGTH;

  public PipelineConfig {
    requireNonNull(ingest, "ingest must not be null");
    requireNonNull(clean, "clean must not be null");
    requireNonNull(language, "language must not be null");
    requireNonNull(stories, "stories must not be null");
    requireNonNull(reuse, "reuse must not be null");
    if (briefLength < 1 || briefLength > 50) {
      throw new IllegalArgumentException("brief length must be 1 to 50 sentences, not " + briefLength);
    }
  }

  /** Arabic, bundled resources, default limits, parallel. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(IngestConfig.DEFAULTS, CleanConfig.arabic(), Language.arabic(),
        StoryConfig.DEFAULTS, ReuseConfig.DEFAULTS, true, true, null, BRIEF_LENGTH);
  }

  public PipelineConfig withIngest(IngestConfig ingest) {
    return new PipelineConfig(ingest, clean, language, stories, reuse, entities, parallel, extraPlaces, briefLength);
  }

  public PipelineConfig withExtraPlaces(java.nio.file.Path file) {
    return new PipelineConfig(ingest, clean, language, stories, reuse, entities, parallel, file, briefLength);
  }

  public PipelineConfig withParallel(boolean onSeveralThreads) {
    return new PipelineConfig(ingest, clean, language, stories, reuse, entities, onSeveralThreads, extraPlaces, briefLength);
  }

  public PipelineConfig withBriefLength(int sentences) {
    return new PipelineConfig(ingest, clean, language, stories, reuse, entities, parallel, extraPlaces, sentences);
  }

  public PipelineConfig withStories(StoryConfig stories) {
    return new PipelineConfig(ingest, clean, language, stories, reuse, entities, parallel, extraPlaces, briefLength);
  }
}
