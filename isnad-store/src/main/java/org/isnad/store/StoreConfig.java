package org.isnad.store;

import static java.util.Objects.requireNonNull;

import org.isnad.pipeline.PipelineConfig;

/**
 * How a store analyses and commits.
 *
 * @param pipeline the analysis every ingested article goes through
 * @param commitEvery articles per transaction during a large ingest: each commit acknowledges its
 *     articles (a kill loses at most the batch being written, never an acknowledged one)
 * @param cachedArticles analysed articles kept decoded in memory for story rebuilding
 * @param storyDelayMillis how long, during a large ingest, the stories that committed articles joined
 *     may wait to be rebuilt, at least (0: after every transaction); longer when rebuilds are slow
 *     (see {@link StaleStories}); an ingest call always rebuilds them before it returns
 */
public record StoreConfig(PipelineConfig pipeline, int commitEvery, int cachedArticles, long storyDelayMillis) {

  public StoreConfig {
    requireNonNull(pipeline, "pipeline must not be null");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, not " + commitEvery);
    }
    if (cachedArticles < 0) {
      throw new IllegalArgumentException("cachedArticles must not be negative, not " + cachedArticles);
    }
    if (storyDelayMillis < 0) {
      throw new IllegalArgumentException("storyDelayMillis must not be negative, not " + storyDelayMillis);
    }
  }

  public static StoreConfig defaults() {
    return new StoreConfig(PipelineConfig.defaults(), 256, 4096, 2000);
  }

  public StoreConfig withPipeline(PipelineConfig p) {
    return new StoreConfig(p, commitEvery, cachedArticles, storyDelayMillis);
  }

  public StoreConfig withCommitEvery(int n) {
    return new StoreConfig(pipeline, n, cachedArticles, storyDelayMillis);
  }

  public StoreConfig withStoryDelayMillis(long millis) {
    return new StoreConfig(pipeline, commitEvery, cachedArticles, millis);
  }
}
