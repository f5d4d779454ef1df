package org.isnad.model;

/** The kind of a temporal expression, as TimeML's TIMEX3 {@code type} names it. */
public enum TimexType {
  /** A calendar date or period: "السبت 13 من كانون الأول", "الشهر الماضي", "2015". */
  DATE,
  /** A time of day: "صباح اليوم", "الساعة الثالثة". */
  TIME,
  /** A length of time: "ثلاثة أيام", "أكثر من عشرة أشهر". */
  DURATION,
  /** A recurrence: "كل يوم", "أسبوعيا". */
  SET
}
