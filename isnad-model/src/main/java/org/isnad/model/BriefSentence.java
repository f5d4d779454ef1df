package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One sentence of a story's brief, with the source characters it comes from.
 *
 * @param text the sentence (a source sentence as written, or a sentence stating a dispute)
 * @param citations the spans that support it, in every article that says it
 */
public record BriefSentence(String text, List<SourceRef> citations) {
  public BriefSentence {
    requireNonNull(text, "text must not be null");
    citations = List.copyOf(citations);
  }
}
