package org.isnad.time;

/**
 * A temporal expression as read from the words, before it is resolved against a reference date.
 * Each kind is one rule of the grammar in {@link Grammar}; {@link Resolver} turns it into a value.
 */
sealed interface Expr {

  /** Direction of a neighbour word: the one before, the current one, the one after; or none. */
  enum Dir { PAST, CURRENT, NEXT, NONE }

  /**
   * A calendar date or period with some fields known: "السبت 13 من كانون الأول 2025", "بين 24
   * و27 نوفمبر", "ابريل الجاري", "رمضان 1447 هـ", "2015".
   *
   * @param year the year as written (Hijri when {@code hijri}), or null
   * @param month the month (1-12), or null
   * @param monthShift when {@code month} is null, a month relative to the reference ("من الشهر
   *     الجاري" = 0), or null
   * @param monthDir the direction word after a month name ("نوفمبر الماضي")
   * @param day the day of month, or null
   * @param dayEnd the last day of a range, or null
   * @param weekday the ISO day of week written with the date, or null
   * @param dayShift the day word written with it ("اليوم الأحد 14 ..." = 0, "أمس" = -1), or null
   * @param part TimeML part of day, or null
   * @param mod TimeML mod, or null
   */
  record Calendar(Integer year, boolean hijri, Integer month, Integer monthShift, Dir monthDir,
      Integer day, Integer dayEnd, Integer weekday, Integer dayShift, String part, String mod)
      implements Expr {}

  /**
   * A date without its year that names a past event or a movement ("هجمات 11 سبتمبر", "قوى 14 آذار",
   * "أحداث سبتمبر"): not the nearest such day to the reference; its year stays unknown.
   */
  record Named(Calendar date) implements Expr {}

  /** A day relative to the reference: "أمس", "غدا", "صباح اليوم", "أمس الجمعة". */
  record DayShift(int days, Integer weekday, String part) implements Expr {}

  /** A day of the week: "السبت", "يوم الخميس المقبل", "مساء الأحد". */
  record Weekday(int dow, Dir dir, String part) implements Expr {}

  /** A period relative to the reference: "الشهر الماضي", "هذا العام", "قبل يومين" (-2 days). */
  record Shift(Unit unit, long amount, String mod) implements Expr {}

  /** A length of time: "ثلاثة أيام", "أكثر من عشرة أشهر"; amount -1 when unknown. */
  record Duration(long amount, Unit unit, String mod) implements Expr {}

  /**
   * A season: "الصيف", "شتاء 2015", "الصيف الماضي"; {@code yearShift} is the year relative to the
   * reference's when a relative year follows in construct ("شتاء العام الماضي" = -1), or null.
   */
  record Season(String code, Integer year, Dir dir, Integer yearShift) implements Expr {}

  /** A decade named by its tens: "الخمسينيات" (digit 5). */
  record Decade(int digit) implements Expr {}

  /** A century: "القرن العشرين" (ordinal 20), "القرن الماضي" (shift -1). */
  record Century(Integer ordinal, int shift, String mod) implements Expr {}

  /** A vague reference: PAST_REF, PRESENT_REF, FUTURE_REF. */
  record Ref(String code) implements Expr {}

  /** A recurrence: "كل يوم", "يوميا", "كل عامين". */
  record Every(long amount, Unit unit) implements Expr {}
}
