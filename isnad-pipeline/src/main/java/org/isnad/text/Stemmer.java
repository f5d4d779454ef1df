package org.isnad.text;

/**
 * Reduces a normalised word to its matching key by stripping clitics and inflectional affixes.
 * Stateless and thread-safe.
 */
@FunctionalInterface
public interface Stemmer {

  /** The key of {@code normalizedWord}, never empty for a non-empty word. */
  String key(String normalizedWord);
}
