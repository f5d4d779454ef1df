package org.isnad.lang;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The temporal vocabulary of a language: the role each word plays in a date, time or duration, and
 * the months of the Islamic (Hijri) calendar. Gregorian months are {@link MonthNames}. Thread-safe.
 */
public interface TimeWords {

  /**
   * The role of one normalised word, or empty. Implementations try the word as written and without
   * its attached conjunctions and prepositions ({@code وبالأمس} reads as {@code الأمس}).
   */
  Optional<TimeWord> word(String normalized);

  /**
   * How many leading letters of a normalised word are attached conjunctions and prepositions that
   * {@link #word} had to strip to find it ({@code 1} for {@code والعام}); 0 when none.
   */
  int clitics(String normalized);

  /**
   * The Hijri month (1 Muharram to 12 Dhu al-Hijja) named by a normalised word or two, or empty.
   */
  OptionalInt hijriMonth(String normalized);

  /** Whether a Hijri month name may start with this normalised word (false skips the look-ups). */
  default boolean mayStartHijriMonth(String normalizedWord) {
    return true;
  }
}
