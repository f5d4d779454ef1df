package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A sentence of the article body.
 *
 * @param span where it is in the original text, without surrounding white space
 * @param firstToken index of its first token in the article's token list
 * @param tokenCount how many tokens it has
 */
public record Sentence(Span span, int firstToken, int tokenCount) {

  public Sentence {
    requireNonNull(span, "span must not be null");
    if (firstToken < 0 || tokenCount < 0) {
      throw new IllegalArgumentException("negative token range " + firstToken + "+" + tokenCount);
    }
  }
}
