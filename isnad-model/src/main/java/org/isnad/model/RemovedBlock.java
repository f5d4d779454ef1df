package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A block of page text the cleaning stage removed.
 *
 * @param span where it is in the original text
 * @param reason why it was removed
 * @param text exactly the characters {@code span} names in the original
 */
public record RemovedBlock(Span span, RemovalReason reason, String text) {

  public RemovedBlock {
    requireNonNull(span, "span must not be null");
    requireNonNull(reason, "reason must not be null");
    requireNonNull(text, "text must not be null");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " != span " + span);
    }
  }

  public static RemovedBlock of(String original, Span span, RemovalReason reason) {
    return new RemovedBlock(span, reason, span.in(original));
  }
}
