package org.isnad.lang;

import java.util.OptionalInt;

/** Month names of a language, in every naming system it uses. Thread-safe. */
public interface MonthNames {

  /**
   * The Gregorian month (1 to 12) named by a normalised word, or empty. Accepts every name set of
   * the language (for Arabic both {@code يناير} and {@code كانون الثاني}).
   *
   * @param normalized the normalised name, one or two words
   */
  OptionalInt month(String normalized);

  /**
   * Whether a month name may start with this normalised word: false lets a caller skip the
   * look-ups of one- and two-word names at a word that begins none (most words).
   */
  default boolean mayStart(String normalizedWord) {
    return true;
  }

  /** The longest month name, in words: how far a caller must look ahead. */
  int maxWords();
}
