package org.isnad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.isnad.model.DatePrecision;
import org.isnad.model.TimexType;
import org.isnad.time.Expr.Dir;

/**
 * Turns a read expression into a TimeML value and calendar days, against a reference date (the
 * publication date) or none. Rules:
 *
 * <ul>
 *   <li>A weekday alone is the latest such day on or before the reference; with a "next" word the
 *       first after it, with a "past" word the latest before it. A relative day with a weekday that
 *       disagrees ("اليوم الخميس" on a Friday: a text copied later) is the latest such day up to it.
 *   <li>A day and month without a year take the year that puts them nearest the reference (when that
 *       day is ahead and the weekday written with it falls on it only a year before, that year); a month
 *       with "الماضي" is the latest such month before the reference month, with "المقبل" the first
 *       after it, with "الجاري" the one of the reference year.
 *   <li>"قبل N وحدة" is the reference minus N units, at the unit's precision.
 *   <li>A decade named by its tens is the latest one that began on or before the reference year.
 * </ul>
 *
 * Without a reference, whatever needs it stays unresolved: {@code XXXX} for the year, {@code
 * XXXX-XX-XX} for a day, and the mention is anchored. Stateless.
 */
final class Resolver {

  /** A resolved expression: what a {@link org.isnad.model.TimeMention} carries beyond its span. */
  record Resolution(TimexType type, String value, String mod, LocalDate start, LocalDate end,
      DatePrecision precision, boolean anchored) {

    static Resolution plain(TimexType type, String value, String mod) {
      return new Resolution(type, value, mod, null, null, null, false);
    }
  }

  static final String UNKNOWN_DAY = "XXXX-XX-XX";

  private Resolver() {}

  /** The resolution of {@code e} against {@code ref}, or null when the expression is impossible. */
  static Resolution resolve(Expr e, LocalDate ref) {
    return switch (e) {
      case Expr.Calendar c -> c.hijri() ? Hijri.resolve(c, ref) : calendar(c, ref);
      case Expr.Named n -> resolve(n.date(), null);
      case Expr.DayShift d -> ref == null
          ? unresolved(d.part() == null ? UNKNOWN_DAY : UNKNOWN_DAY + "T" + d.part(), d.part())
          : day(named(ref.plusDays(d.days()), d.weekday()), d.part(), true);
      case Expr.Weekday w -> weekday(w, ref);
      case Expr.Shift s -> Periods.shift(s, ref);
      case Expr.Duration d -> Resolution.plain(TimexType.DURATION, d.unit().duration(d.amount()), d.mod());
      case Expr.Season s -> Periods.season(s, ref);
      case Expr.Decade d -> Periods.decade(d, ref);
      case Expr.Century c -> Periods.century(c, ref);
      case Expr.Ref r -> Resolution.plain(TimexType.DATE, r.code(), null);
      case Expr.Every v -> Resolution.plain(TimexType.SET, v.unit().duration(v.amount()), null);
    };
  }

  static Resolution unresolved(String value, String part) {
    return new Resolution(part == null ? TimexType.DATE : TimexType.TIME, value, null, null, null,
        null, true);
  }

  /** One day, with a part of the day when given. */
  static Resolution day(LocalDate d, String part, boolean anchored) {
    String value = part == null ? d.toString() : d + "T" + part;
    return new Resolution(part == null ? TimexType.DATE : TimexType.TIME, value, null, d, d,
        DatePrecision.DAY, anchored);
  }

  /**
   * The day a relative day names when its weekday disagrees with it: the latest day up to it with
   * that weekday, or the next day when the weekday is the next's (a page dated before local midnight).
   * A text copied a day later keeps "اليوم الخميس" in a Friday page: the Thursday is meant.
   */
  private static LocalDate named(LocalDate day, Integer weekday) {
    if (weekday == null || day.getDayOfWeek().getValue() == weekday) {
      return day;
    }
    DayOfWeek dow = DayOfWeek.of(weekday);
    return day.plusDays(1).getDayOfWeek() == dow ? day.plusDays(1)
        : day.with(TemporalAdjusters.previous(dow));
  }

  private static Resolution weekday(Expr.Weekday w, LocalDate ref) {
    if (ref == null) {
      return unresolved("XXXX-WXX-" + w.dow() + (w.part() == null ? "" : "T" + w.part()), w.part());
    }
    DayOfWeek dow = DayOfWeek.of(w.dow());
    LocalDate d = switch (w.dir()) {
      case NEXT -> ref.with(TemporalAdjusters.next(dow));
      case PAST -> ref.with(TemporalAdjusters.previous(dow));
      default -> ref.with(TemporalAdjusters.previousOrSame(dow));
    };
    return day(d, w.part(), true);
  }

  private static Resolution calendar(Expr.Calendar c, LocalDate ref) {
    Integer month = c.month();
    Integer year = c.year();
    if (month == null && c.monthShift() != null) {
      if (ref == null) {
        return unresolved(c.day() == null ? "XXXX-XX" : UNKNOWN_DAY, c.part());
      }
      YearMonth ym = YearMonth.from(ref).plusMonths(c.monthShift());
      month = ym.getMonthValue();
      year = ym.getYear();
    }
    if (month == null) {
      return yearOnly(year, c.mod());
    }
    if (c.day() != null && !validDay(year, month, c.dayEnd() != null ? c.dayEnd() : c.day())) {
      return null;
    }
    boolean anchored = year == null;
    if (year == null && ref == null) {
      return unanchoredMonth(c, month);
    }
    int y = year != null ? year : yearNear(c, month, ref);
    return dated(c, y, month, anchored);
  }

  private static boolean validDay(Integer year, int month, int day) {
    return YearMonth.of(year == null ? 2024 : year, month).isValidDay(day);
  }

  /** A number with leading zeros to {@code width} characters, as {@code %0Nd} formats it. */
  static String pad(int n, int width) {
    if (n < 0) {
      return String.format(java.util.Locale.ROOT, "%0" + width + "d", n);
    }
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static Resolution yearOnly(int year, String mod) {
    return new Resolution(TimexType.DATE, pad(year, 4), mod,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
  }

  private static Resolution unanchoredMonth(Expr.Calendar c, int month) {
    String mm = "XXXX-" + pad(month, 2);
    if (c.day() == null) {
      return new Resolution(TimexType.DATE, mm, c.mod(), null, null, null, true);
    }
    String v = mm + "-" + pad(c.day(), 2);
    if (c.dayEnd() != null) {
      v = v + "/" + mm + "-" + pad(c.dayEnd(), 2);
    }
    return unresolved(c.part() == null || c.dayEnd() != null ? v : v + "T" + c.part(), c.dayEnd() == null ? c.part() : null);
  }

  private static int yearNear(Expr.Calendar c, int month, LocalDate ref) {
    YearMonth r = YearMonth.from(ref);
    YearMonth same = YearMonth.of(ref.getYear(), month);
    if (c.monthDir() == Dir.PAST) {
      return same.isBefore(r) ? ref.getYear() : ref.getYear() - 1;
    }
    if (c.monthDir() == Dir.NEXT) {
      return same.isAfter(r) ? ref.getYear() : ref.getYear() + 1;
    }
    if (c.monthDir() == Dir.CURRENT) {
      return ref.getYear();
    }
    int day = c.day() == null ? 15 : Math.min(c.day(), 28);
    int best = ref.getYear();
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      long dist = Math.abs(LocalDate.of(y, month, day).toEpochDay() - ref.toEpochDay());
      long bestDist = Math.abs(LocalDate.of(best, month, day).toEpochDay() - ref.toEpochDay());
      if (dist < bestDist) {
        best = y;
      }
    }
    // "يوم السبت 28 حزيران" in March 2026: the nearest is ahead and not a Saturday, the June before is one
    boolean ahead = LocalDate.of(best, month, day).isAfter(ref);
    if (ahead && !agreesWithWeekday(c, best, month) && agreesWithWeekday(c, best - 1, month)) {
      return best - 1;
    }
    return best;
  }

  /** True when the calendar day names no weekday, or the weekday it names is that day's in {@code year}. */
  private static boolean agreesWithWeekday(Expr.Calendar c, int year, int month) {
    if (c.weekday() == null || c.day() == null || !YearMonth.of(year, month).isValidDay(c.day())) {
      return c.weekday() == null;
    }
    return LocalDate.of(year, month, c.day()).getDayOfWeek().getValue() == c.weekday();
  }

  private static Resolution dated(Expr.Calendar c, int year, int month, boolean anchored) {
    if (c.day() == null) {
      YearMonth ym = YearMonth.of(year, month);
      return new Resolution(TimexType.DATE, ym.toString(), c.mod(), ym.atDay(1), ym.atEndOfMonth(),
          DatePrecision.MONTH, anchored);
    }
    LocalDate start = LocalDate.of(year, month, c.day());
    if (c.dayEnd() == null) {
      return day(start, c.part(), anchored);
    }
    LocalDate end = LocalDate.of(year, month, c.dayEnd());
    return new Resolution(TimexType.DATE, start + "/" + end, c.mod(), start, end,
        DatePrecision.RANGE, anchored);
  }

  /** The ISO week value of a day: 2025-W50. */
  static String week(LocalDate d) {
    return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }
}
