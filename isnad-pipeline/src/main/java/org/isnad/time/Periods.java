package org.isnad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.isnad.model.DatePrecision;
import org.isnad.model.TimexType;
import org.isnad.time.Expr.Dir;
import org.isnad.time.Resolver.Resolution;

/**
 * Resolution of periods: shifted units, seasons, decades, centuries. Seasons are meteorological
 * (spring March to May, summer June to August, autumn September to November, winter December to
 * February, named by the year of its December). Stateless.
 */
final class Periods {

  private Periods() {}

  static Resolution shift(Expr.Shift s, LocalDate ref) {
    if (s.amount() == Long.MIN_VALUE) {
      return Resolution.plain(TimexType.DATE, "PAST_REF", null);
    }
    if (ref == null) {
      return new Resolution(TimexType.DATE, unknownValue(s.unit()), s.mod(), null, null, null, true);
    }
    return switch (s.unit()) {
      case DAY -> Resolver.day(ref.plusDays(s.amount()), null, true);
      case WEEK -> week(ref.plusWeeks(s.amount()), s.mod());
      case MONTH -> month(YearMonth.from(ref).plusMonths(s.amount()), s.mod());
      case YEAR -> years(ref.getYear() + (int) s.amount(), 1, DatePrecision.YEAR, s.mod());
      case DECADE -> years((ref.getYear() / 10 + (int) s.amount()) * 10, 10, DatePrecision.DECADE, s.mod());
      case CENTURY -> years((ref.getYear() / 100 + (int) s.amount()) * 100, 100, DatePrecision.CENTURY, s.mod());
      case HOUR, MINUTE -> Resolver.day(ref, null, true);
    };
  }

  private static String unknownValue(Unit u) {
    return switch (u) {
      case DAY, HOUR, MINUTE -> Resolver.UNKNOWN_DAY;
      case WEEK -> "XXXX-WXX";
      case MONTH -> "XXXX-XX";
      case DECADE -> "XXX";
      case CENTURY -> "XX";
      default -> "XXXX";
    };
  }

  private static Resolution week(LocalDate d, String mod) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Resolution(TimexType.DATE, Resolver.week(d), mod, monday, monday.plusDays(6),
        DatePrecision.WEEK, true);
  }

  private static Resolution month(YearMonth ym, String mod) {
    return new Resolution(TimexType.DATE, ym.toString(), mod, ym.atDay(1), ym.atEndOfMonth(),
        DatePrecision.MONTH, true);
  }

  /** {@code span} years from {@code first}, valued as TimeML writes a year, decade or century. */
  private static Resolution years(int first, int span, DatePrecision p, String mod) {
    String value = span == 1 ? Resolver.pad(first, 4)
        : span == 10 ? Resolver.pad(first / 10, 3) : Resolver.pad(first / 100, 2); // no formatter per value
    return new Resolution(TimexType.DATE, value, mod, LocalDate.of(first, 1, 1),
        LocalDate.of(first + span - 1, 12, 31), p, true);
  }

  static Resolution season(Expr.Season s, LocalDate ref) {
    if (s.year() == null && ref == null) {
      return new Resolution(TimexType.DATE, "XXXX-" + s.code(), null, null, null, null, true);
    }
    int year = s.year() != null ? s.year()
        : s.yearShift() != null ? ref.getYear() + s.yearShift() : seasonYear(s, ref);
    LocalDate start = seasonStart(s.code(), year);
    LocalDate end = start.plusMonths(3).minusDays(1);
    return new Resolution(TimexType.DATE, year + "-" + s.code(), null, start, end,
        DatePrecision.SEASON, s.year() == null);
  }

  private static int seasonYear(Expr.Season s, LocalDate ref) {
    int y = ref.getYear();
    if (s.dir() == Dir.PAST) {
      return seasonStart(s.code(), y).plusMonths(3).isAfter(ref) ? y - 1 : y;
    }
    if (s.dir() == Dir.NEXT) {
      return seasonStart(s.code(), y).isAfter(ref) ? y : y + 1;
    }
    return y;
  }

  private static LocalDate seasonStart(String code, int year) {
    int month = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    return LocalDate.of(year, month, 1);
  }

  static Resolution decade(Expr.Decade d, LocalDate ref) {
    if (ref == null) {
      return new Resolution(TimexType.DATE, "XX" + d.digit(), null, null, null, null, true);
    }
    int century = ref.getYear() / 100;
    if (century * 100 + d.digit() * 10 > ref.getYear()) {
      century--;
    }
    return years(century * 100 + d.digit() * 10, 10, DatePrecision.DECADE, null);
  }

  static Resolution century(Expr.Century c, LocalDate ref) {
    if (c.ordinal() != null) {
      Resolution r = years((c.ordinal() - 1) * 100, 100, DatePrecision.CENTURY, c.mod());
      return new Resolution(r.type(), r.value(), r.mod(), r.start(), r.end(), r.precision(), false);
    }
    if (ref == null) {
      return new Resolution(TimexType.DATE, "XX", c.mod(), null, null, null, true);
    }
    return years((ref.getYear() / 100 + c.shift()) * 100, 100, DatePrecision.CENTURY, c.mod());
  }
}
