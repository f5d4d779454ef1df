package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * Why an article joined the story it did: the explanation of one clustering decision.
 *
 * @param articleId the article
 * @param storyId the story it joined or started; null when it has no words to cluster (no usable
 *     text after cleaning)
 * @param started whether it started a new story
 * @param score its similarity to the story it joined (0 when it started one)
 * @param runnerUp the next best candidate story, or null when there was none
 * @param runnerUpScore the runner-up's score (0 when none)
 * @param duplicateOf the earlier article it duplicates, or null
 */
public record StoryAssignment(String articleId, String storyId, boolean started, double score,
    String runnerUp, double runnerUpScore, String duplicateOf) {

  public StoryAssignment {
    requireNonNull(articleId, "articleId must not be null");
  }

  /** The decision for an article with no words: it joins no story. */
  public static StoryAssignment unassigned(String articleId) {
    return new StoryAssignment(articleId, null, false, 0, null, 0, null);
  }
}
