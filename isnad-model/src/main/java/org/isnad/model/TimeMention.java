package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A temporal expression of an article, with its normalised value.
 *
 * @param span where the expression is in the original text
 * @param text the expression as written
 * @param type date, time, duration or set
 * @param value the TimeML-style normalised value: {@code 2025-12-13}, {@code 2025-12}, {@code
 *     2025-W50}, {@code 2025-SU}, {@code 2015}, {@code 201} (decade), {@code 20} (century), {@code
 *     P3D}, {@code PAST_REF}; for a range, {@code 2025-11-24/2025-11-27}; {@code XXXX-12-13} when a
 *     needed reference date was unknown
 * @param mod TimeML's {@code mod} ({@code START}, {@code END}, {@code MORE_THAN}, ...), or null
 * @param start the first day the expression can denote, or null when it is not a calendar date or
 *     could not be resolved
 * @param end the last day (inclusive), or null as for {@code start}
 * @param precision how precisely {@code start..end} is known, or null when not a calendar date
 * @param anchored true when the value depends on the reference date (relative or underspecified
 *     expressions: "أمس", "السبت", "13 كانون الأول"), so a story can resolve it again against a
 *     better reference
 */
public record TimeMention(Span span, String text, TimexType type, String value, String mod,
    LocalDate start, LocalDate end, DatePrecision precision, boolean anchored) {

  public TimeMention {
    requireNonNull(span, "span must not be null");
    requireNonNull(text, "text must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(value, "value must not be null");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("start and end must both be set or both be null");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** True when the expression resolved to days of the calendar. */
  public boolean resolved() {
    return start != null;
  }
}
