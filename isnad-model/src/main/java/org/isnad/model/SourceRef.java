package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * Characters of one article: what every story-level statement cites.
 *
 * @param article the article id
 * @param span the characters, in the article's original text
 */
public record SourceRef(String article, Span span) {
  public SourceRef {
    requireNonNull(article, "article must not be null");
    requireNonNull(span, "span must not be null");
  }
}
