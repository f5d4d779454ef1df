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

  /** TimeML's duration for {@code amount} of this unit: P3D, P1CE, PT2H; X for an unknown amount. */
  String duration(long amount) {
    return (clock ? "PT" : "P") + (amount < 0 ? "X" : Long.toString(amount)) + letter;
  }
}
