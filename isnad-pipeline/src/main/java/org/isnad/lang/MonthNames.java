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

  /** The longest month name, in words: how far a caller must look ahead. */
  int maxWords();
}
