package org.isnad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.isnad.time.RuleTimeTagger.Found;

/** The rule of {@link TimeTagger#inferReference}. Stateless. */
final class Inference {

  /** How far back a weekday may place a year: a day and month repeat their weekday within 11 years. */
  private static final int MAX_YEARS_BACK = 28;

  private Inference() {}

  static Optional<LocalDate> infer(List<Found> found, LocalDate notAfter) {
    int floor = Math.min(notAfter.getYear(), latestYear(found));
    LocalDate today = null;
    LocalDate weekdayFixed = null;
    for (Found f : found) {
      if (!(f.expr() instanceof Expr.Calendar c) || c.hijri() || c.month() == null || c.day() == null) {
        continue;
      }
      LocalDate d = fix(c, floor, notAfter);
      if (d == null) {
        continue;
      }
      if (c.dayShift() != null) {
        today = d.minusDays(c.dayShift());
      } else if (c.weekday() != null && !d.isAfter(notAfter)) {
        weekdayFixed = later(weekdayFixed, d);
      }
    }
    return Optional.ofNullable(today != null ? today : weekdayFixed);
  }

  /**
   * The article's day from a relative day written with its weekday ("اليوم الاثنين", "أمس الأحد"): the
   * day named is the one with that weekday from five days before {@code around}, the story's day, to
   * the day after it, and the article's day is as many days from it as written. "أمس السبت" in
   * a story of Saturday 5 December names that Saturday, in an article of the Sunday after; "اليوم
   * الأربعاء" in a follow-up of a story of Tuesday 24 March is the 25th, not the Wednesday a week
   * before; "اليوم الاثنين" in a copy of a story of Tuesday is the day before. The latest such day
   * when several are written; empty when none is.
   */
  static Optional<LocalDate> byWeekday(List<Found> found, LocalDate around) {
    LocalDate today = null;
    for (Found f : found) {
      if (f.expr() instanceof Expr.DayShift d && d.weekday() != null) {
        LocalDate named = around.minusDays(WEEKDAY_REACH);
        while (named.getDayOfWeek() != DayOfWeek.of(d.weekday())) {
          named = named.plusDays(1);
        }
        today = later(today, named.minusDays(d.days()));
      }
    }
    return Optional.ofNullable(today);
  }

  /**
   * How many days before the story's day a weekday written in a member may name: five; the day after
   * it is the only one after (a follow-up of the next day; a copy names the story's day or one before).
   */
  private static final int WEEKDAY_REACH = 5;

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  /** The day a calendar expression fixes, or null. */
  private static LocalDate fix(Expr.Calendar c, int floor, LocalDate notAfter) {
    int day = c.dayEnd() != null ? c.dayEnd() : c.day();
    if (c.year() != null) {
      return YearMonth.of(c.year(), c.month()).isValidDay(day) ? LocalDate.of(c.year(), c.month(), day) : null;
    }
    if (c.weekday() == null) {
      return null;
    }
    for (int y = notAfter.getYear(); y >= Math.max(floor, notAfter.getYear() - MAX_YEARS_BACK); y--) {
      if (!YearMonth.of(y, c.month()).isValidDay(c.day())) {
        continue;
      }
      LocalDate d = LocalDate.of(y, c.month(), c.day());
      if (!d.isAfter(notAfter) && d.getDayOfWeek() == DayOfWeek.of(c.weekday())) {
        return c.dayEnd() != null ? LocalDate.of(y, c.month(), day) : d;
      }
    }
    return null;
  }

  private static int latestYear(List<Found> found) {
    int latest = Integer.MIN_VALUE;
    for (Found f : found) {
      if (f.expr() instanceof Expr.Calendar c && !c.hijri() && c.year() != null) {
        latest = Math.max(latest, c.year());
      }
    }
    return latest;
  }
}
