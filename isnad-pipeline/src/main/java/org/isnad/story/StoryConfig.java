package org.isnad.story;

import java.time.Duration;

/**
 * Parameters of online story clustering.
 *
 * @param window how long a story stays active after its last article, in publication time
 * @param threshold the least similarity for an article to join a story
 * @param articleTerms how many terms of an article (by weight) represent it
 * @param storyTerms how many terms a story's centroid keeps
 * @param queryTerms how many of an article's terms are looked up in the inverted index
 * @param maxPosting posting lists longer than this are too common to select candidates
 * @param maxCandidates how many candidates, ranked by shared terms, are scored in full
 * @param anchorWeight how much the cosine of the anchors (towns, sites and people) adds to the cosine
 *     of the words when the article or the story reports an event; 0 leaves anchors out
 */
public record StoryConfig(Duration window, double threshold, int articleTerms, int storyTerms,
    int queryTerms, int maxPosting, int maxCandidates, double anchorWeight) {

  public static final StoryConfig DEFAULTS =
      new StoryConfig(Duration.ofDays(7), 0.18, 48, 96, 16, 20_000, 64, 0.3);

  public StoryConfig {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, got " + window);
    }
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    if (articleTerms < 1 || storyTerms < 1 || queryTerms < 1 || maxPosting < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("term and candidate limits must be positive");
    }
    if (!(anchorWeight >= 0) || anchorWeight > 1) {
      throw new IllegalArgumentException("anchorWeight must be in [0, 1], got " + anchorWeight);
    }
  }

  public StoryConfig withWindow(Duration w) {
    return new StoryConfig(w, threshold, articleTerms, storyTerms, queryTerms, maxPosting, maxCandidates, anchorWeight);
  }

  public StoryConfig withThreshold(double t) {
    return new StoryConfig(window, t, articleTerms, storyTerms, queryTerms, maxPosting, maxCandidates, anchorWeight);
  }

  public StoryConfig withAnchorWeight(double w) {
    return new StoryConfig(window, threshold, articleTerms, storyTerms, queryTerms, maxPosting, maxCandidates, w);
  }
}
