package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A passage copied, verbatim or nearly, between two articles.
 *
 * @param aSpan the passage in article a's original text
 * @param bSpan the passage in article b's original text
 * @param words its length in words (the shorter of the two sides)
 * @param similarity the share of the longer side's words that the two sides have in common, in
 *     order: 1.0 for a verbatim copy
 */
public record Passage(Span aSpan, Span bSpan, int words, double similarity) {

  public Passage {
    requireNonNull(aSpan, "aSpan must not be null");
    requireNonNull(bSpan, "bSpan must not be null");
    if (words <= 0) {
      throw new IllegalArgumentException("words must be positive, got " + words);
    }
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
    }
  }
}
