package org.isnad.lang;

import static java.util.Objects.requireNonNull;

/**
 * What one word contributes to a temporal expression, as a language's {@link TimeWords} reads it.
 *
 * @param kind the word's role
 * @param value a number whose meaning depends on the kind: the day offset of {@link Kind#DAY}
 *     ({@code -1} for "yesterday"), the ISO day of week of {@link Kind#WEEKDAY} (1 Monday to 7
 *     Sunday), the count a {@link Kind#UNIT} noun carries by itself (1 singular, 2 dual, 0 plural, -1 a
 *     singular that alone is no length because it has another sense),
 *     the decade digit of {@link Kind#DECADE}, the ordinal of {@link Kind#ORDINAL}; 0 otherwise
 * @param code a code whose meaning depends on the kind: the unit of {@link Kind#UNIT} and {@link
 *     Kind#SET} ({@code D W M Y DE CE H MI}), TimeML's part of day ({@code MO AF EV NI}), season
 *     ({@code SP SU FA WI}), reference ({@code PAST_REF}), mod ({@code MORE_THAN}, {@code START}),
 *     direction of {@link Kind#NEIGHBOUR} ({@code PAST NEXT CURRENT}), era ({@code AD AH}), the
 *     preposition of {@link Kind#PREP} ({@code BEFORE AFTER SINCE DURING}); empty otherwise
 * @param definite true when the word carries the definite article (a unit noun: "العام" is "this
 *     year" or "the year", "عام" is "a year")
 */
public record TimeWord(Kind kind, int value, String code, boolean definite) {

  public TimeWord {
    requireNonNull(kind, "kind must not be null");
    requireNonNull(code, "code must not be null");
  }

  /** The roles a word can play in a temporal expression. */
  public enum Kind {
    /** A day named relative to the reference: today, yesterday, tomorrow, tonight. */
    DAY,
    /** A day of the week. */
    WEEKDAY,
    /** A part of the day: morning, evening, night. */
    PART,
    /** A unit of time: day, week, month, year, decade, century, hour, minute. */
    UNIT,
    /** Past, next or current after a unit or month: "الماضي", "المقبل", "الجاري". */
    NEIGHBOUR,
    /** A demonstrative before a unit: "هذا العام". */
    THIS,
    /** A preposition that turns a length into a date or a duration: before, after, since, during. */
    PREP,
    /** A quantity modifier before a length: more than, less than, about. */
    QUANT,
    /** The start, middle or end of a period: "أوائل", "منتصف", "أواخر". */
    PHASE,
    /** A season. */
    SEASON,
    /** A decade named by its tens: "الخمسينيات". */
    DECADE,
    /** An ordinal: "العشرين" in "القرن العشرين". */
    ORDINAL,
    /** The "-teen" word after an ordinal unit: "التاسع عشر". */
    TEEN,
    /** A vague reference to the past, present or future: "مؤخرا", "حاليا". */
    REF,
    /** An era after a year: AD or AH. */
    ERA,
    /** An adverb of recurrence: "يوميا". */
    SET,
    /** "every": "كل". */
    EVERY,
    /** The start of a range: "بين", "من". */
    RANGE_FROM,
    /** The link of a range: "و", "إلى", "حتى". */
    RANGE_TO,
    /** A word that joins a weekday to its date: "الموافق" ("الأربعاء الموافق 25 نونبر"). */
    SAME_DAY
  }
}
