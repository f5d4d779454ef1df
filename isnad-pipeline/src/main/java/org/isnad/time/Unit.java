package org.isnad.time;

/** Units of time, with their TimeML duration letters. */
enum Unit {
  DAY("D", false), WEEK("W", false), MONTH("M", false), YEAR("Y", false), DECADE("DE", false),
  CENTURY("CE", false), HOUR("H", true), MINUTE("M", true);

  private final String letter;
  private final boolean clock;

  Unit(String letter, boolean clock) {
    this.letter = letter;
    this.clock = clock;
  }

  /** The unit a language's {@link org.isnad.lang.TimeWord} code names. */
  static Unit of(String code) {
    return switch (code) {
      case "D" -> DAY;
      case "W" -> WEEK;
      case "M" -> MONTH;
      case "Y" -> YEAR;
      case "DE" -> DECADE;
      case "CE" -> CENTURY;
      case "H" -> HOUR;
      case "MI" -> MINUTE;
      default -> throw new IllegalArgumentException("unknown unit code " + code);
    };
  }

  /**
   * The smaller unit a fraction of this one is counted in, and how many of it make this one: an hour
   * is 60 minutes, a year 12 months, a century 100 years; null when none divides it evenly (a month).
   */
  Unit smaller() {
    return switch (this) {
      case HOUR -> MINUTE;
      case DAY -> HOUR;
      case WEEK -> DAY;
      case YEAR -> MONTH;
      case DECADE, CENTURY -> YEAR;
      default -> null;
    };
  }

  /** How many {@link #smaller()} units make one of this unit. */
  int inSmaller() {
    return switch (this) {
      case HOUR -> 60;
      case DAY -> 24;
      case WEEK -> 7;
      case YEAR -> 12;
      case DECADE -> 10;
      case CENTURY -> 100;
      default -> 0;
    };
  }

  /** TimeML's duration for {@code amount} of this unit: P3D, P1CE, PT2H; X for an unknown amount. */
  String duration(long amount) {
    return (clock ? "PT" : "P") + (amount < 0 ? "X" : Long.toString(amount)) + letter;
  }
}
