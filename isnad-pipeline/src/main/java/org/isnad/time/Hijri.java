package org.isnad.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.model.DatePrecision;
import org.isnad.model.TimexType;
import org.isnad.time.Resolver.Resolution;

/**
 * Hijri dates converted to the Gregorian calendar with ICU's Umm al-Qura calendar (the civil
 * calendar of Saudi Arabia, which most Arab outlets print). A day is one Gregorian day; a month or a
 * year is the range of Gregorian days it covers, valued {@code start/end}. A day and month without
 * a year take the Hijri year that puts them nearest the reference. Thread-safe: ICU calendars are
 * built per conversion because they are mutable, and conversions are remembered in a bounded memo.
 */
final class Hijri {

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private Hijri() {}

  static Resolution resolve(Expr.Calendar c, LocalDate ref) {
    if (c.year() == null && ref == null) {
      return Resolver.unresolved(Resolver.UNKNOWN_DAY, c.part());
    }
    if (c.month() == null) {
      return range(toGregorian(c.year(), 1, 1), toGregorian(c.year() + 1, 1, 1).minusDays(1),
          DatePrecision.YEAR, c.mod(), false);
    }
    int year = c.year() != null ? c.year() : c.monthDir() != Expr.Dir.NONE && c.day() == null
        ? yearByDirection(c, ref) : nearestYear(c, ref);
    if (c.day() == null) {
      LocalDate start = toGregorian(year, c.month(), 1);
      LocalDate end = (c.month() == 12 ? toGregorian(year + 1, 1, 1) : toGregorian(year, c.month() + 1, 1)).minusDays(1);
      return range(start, end, DatePrecision.MONTH, c.mod(), c.year() == null);
    }
    if (c.day() > 30 || c.dayEnd() != null && c.dayEnd() > 30) {
      return null;
    }
    LocalDate start = toGregorian(year, c.month(), c.day());
    if (c.dayEnd() == null) {
      return Resolver.day(start, c.part(), c.year() == null);
    }
    return range(start, toGregorian(year, c.month(), c.dayEnd()), DatePrecision.RANGE, c.mod(), c.year() == null);
  }

  private static Resolution range(LocalDate start, LocalDate end, DatePrecision p, String mod, boolean anchored) {
    return new Resolution(TimexType.DATE, start + "/" + end, mod, start, end, p, anchored);
  }

  /**
   * The Hijri year of a month written with a direction word: "رمضان الماضي" is the latest that ended
   * before the reference (said during Ramadan, last year's), "رمضان المقبل" the first that starts after
   * it, "رمضان الجاري" the one that holds it (else the nearest).
   */
  private static int yearByDirection(Expr.Calendar c, LocalDate ref) {
    int y = hijriYear(ref);
    for (int k = c.monthDir() == Expr.Dir.PAST ? y : y - 1; k >= y - 1 && k <= y + 1;
        k += c.monthDir() == Expr.Dir.PAST ? -1 : 1) {
      LocalDate start = toGregorian(k, c.month(), 1);
      LocalDate end = (c.month() == 12 ? toGregorian(k + 1, 1, 1) : toGregorian(k, c.month() + 1, 1)).minusDays(1);
      boolean fits = switch (c.monthDir()) {
        case PAST -> end.isBefore(ref);
        case NEXT -> start.isAfter(ref);
        default -> !start.isAfter(ref) && !end.isBefore(ref);
      };
      if (fits) {
        return k;
      }
    }
    return nearestYear(c, ref);
  }

  private static int nearestYear(Expr.Calendar c, LocalDate ref) {
    int y = hijriYear(ref);
    int best = y;
    int day = c.day() == null ? 15 : c.day();
    for (int k = y - 1; k <= y + 1; k++) {
      long dist = Math.abs(toGregorian(k, c.month(), day).toEpochDay() - ref.toEpochDay());
      if (dist < Math.abs(toGregorian(best, c.month(), day).toEpochDay() - ref.toEpochDay())) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Conversions already made, by packed Hijri date or Gregorian epoch day: an ICU calendar is costly
   * to build, and news names the same few months again and again. Bounded (cleared when full) and
   * thread-safe; the conversions are pure, so a cached one is the one that would be computed.
   */
  private static final int MEMO_SIZE = 4096;
  private static final Map<Long, LocalDate> GREGORIAN = new ConcurrentHashMap<>();
  private static final Map<Long, Integer> HIJRI_YEARS = new ConcurrentHashMap<>();

  /** The Gregorian day of a Hijri date (month 1 to 12). */
  static LocalDate toGregorian(int year, int month, int day) {
    if (month < 0 || month > 0xFFFF || day < 0 || day > 0xFFFF) {
      return computeGregorian(year, month, day);
    }
    Long key = (long) year << 32 | (long) month << 16 | day;
    LocalDate d = GREGORIAN.get(key);
    if (d == null) {
      d = computeGregorian(year, month, day);
      remember(GREGORIAN, key, d);
    }
    return d;
  }

  private static <V> void remember(Map<Long, V> memo, Long key, V value) {
    if (memo.size() >= MEMO_SIZE) {
      memo.clear();
    }
    memo.put(key, value);
  }

  private static LocalDate computeGregorian(int year, int month, int day) {
    IslamicCalendar cal = calendar();
    cal.clear();
    cal.set(year, month - 1, day);
    GregorianCalendar g = new GregorianCalendar(UTC);
    g.setTimeInMillis(cal.getTimeInMillis());
    return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
  }

  private static int hijriYear(LocalDate d) {
    Long key = d.toEpochDay();
    Integer y = HIJRI_YEARS.get(key);
    if (y == null) {
      y = computeHijriYear(d);
      remember(HIJRI_YEARS, key, y);
    }
    return y;
  }

  private static int computeHijriYear(LocalDate d) {
    GregorianCalendar g = new GregorianCalendar(UTC);
    g.clear();
    g.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
    IslamicCalendar cal = calendar();
    cal.setTimeInMillis(g.getTimeInMillis());
    return cal.get(Calendar.EXTENDED_YEAR);
  }

  private static IslamicCalendar calendar() {
    IslamicCalendar cal = new IslamicCalendar(UTC);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return cal;
  }
}
