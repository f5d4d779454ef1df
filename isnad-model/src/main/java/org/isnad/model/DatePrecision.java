package org.isnad.model;

/**
 * How precisely a date is known, coarsest last. ACLED's time precision maps onto it: 1 = {@link
 * #DAY}, 2 = {@link #RANGE} or {@link #WEEK}, 3 = {@link #MONTH} or coarser.
 */
public enum DatePrecision {
  DAY,
  /** A span of days given by its ends: "بين 24 و27 نوفمبر". */
  RANGE,
  WEEK,
  MONTH,
  SEASON,
  YEAR,
  DECADE,
  CENTURY;

  /** ACLED's {@code time_precision} code: 1 day, 2 within a week, 3 within a month or coarser. */
  public int acledCode() {
    return switch (this) {
      case DAY -> 1;
      case RANGE, WEEK -> 2;
      default -> 3;
    };
  }
}
