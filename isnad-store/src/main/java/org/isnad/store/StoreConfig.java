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
 */
public record StoreConfig(PipelineConfig pipeline, int commitEvery, int cachedArticles) {

  public StoreConfig {
    requireNonNull(pipeline, "pipeline must not be null");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, not " + commitEvery);
    }
    if (cachedArticles < 0) {
      throw new IllegalArgumentException("cachedArticles must not be negative, not " + cachedArticles);
    }
  }

  public static StoreConfig defaults() {
    return new StoreConfig(PipelineConfig.defaults(), 64, 4096);
  }

  public StoreConfig withPipeline(PipelineConfig p) {
    return new StoreConfig(p, commitEvery, cachedArticles);
  }

  public StoreConfig withCommitEvery(int n) {
    return new StoreConfig(pipeline, n, cachedArticles);
  }
}
