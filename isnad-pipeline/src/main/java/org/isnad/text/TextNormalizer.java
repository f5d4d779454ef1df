package org.isnad.text;

/**
 * Folds text to the form used for matching, keeping an alignment back to the original.
 *
 * <p>Contract: the result's normalised text never contains a char the normaliser would change again
 * (normalising is idempotent); every normalised char maps to an original char inside the given
 * range; null is rejected. Implementations are stateless and thread-safe.
 */
public interface TextNormalizer {

  /** Normalises {@code text[start, end)}; the alignment gives indexes into {@code text}. */
  AlignedText normalize(CharSequence text, int start, int end);

  /** The normalised text of {@code text[start, end)} alone, for callers that need no alignment. */
  default String normalizedText(CharSequence text, int start, int end) {
    return normalize(text, start, end).normalized();
  }

  default AlignedText normalize(CharSequence text) {
    return normalize(text, 0, text.length());
  }

  /** The normalised form of a short string, without an alignment. */
  default String fold(CharSequence text) {
    return normalize(text).normalized();
  }
}
