package org.isnad.text;

/**
 * Reduces a normalised word to its matching key by stripping clitics and inflectional affixes.
 * Stateless and thread-safe.
 */
@FunctionalInterface
public interface Stemmer {

  /** The key of {@code normalizedWord}, never empty for a non-empty word. */
  String key(String normalizedWord);

  /**
   * The key of the word {@code text[start, end)}; may avoid copying the word. The default copies.
   */
  default String key(CharSequence text, int start, int end) {
    return key(text.subSequence(start, end).toString());
  }
}
