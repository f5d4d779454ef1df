package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A word or number of the article body.
 *
 * @param span where it is in the original text
 * @param kind word or number
 * @param norm the normalised form (letters folded, diacritics and tatweel removed, digits ASCII)
 * @param key the matching key: the normalised form with clitics and affixes stripped, so that
 *     {@code والمعتقلين} and {@code المعتقلون} share one key
 */
public record Token(Span span, TokenKind kind, String norm, String key) {

  public Token {
    requireNonNull(span, "span must not be null");
    requireNonNull(kind, "kind must not be null");
    requireNonNull(norm, "norm must not be null");
    requireNonNull(key, "key must not be null");
  }
}
