package org.isnad.time;

import org.isnad.lang.TimeWord;
import org.isnad.lang.TimeWord.Kind;
import org.isnad.model.TokenKind;
import org.isnad.time.Expr.Dir;
import org.isnad.time.Grammar.Match;
import org.isnad.time.Words.Hit;

/** The grammar's calendar rules: dates with a day, months, years, ranges of days. Stateless. */
final class Dates {

  /**
   * A month as written: a name (Gregorian or Hijri) or "the current/last/next month". {@code
   * bracketed}: its other calendar's name was added in brackets ("نوفمبر (تشرين الثاني)"), so a
   * closing bracket may stand before the year.
   */
  private record MonthRef(Integer month, Integer shift, Dir dir, boolean hijri, int next,
      boolean bracketed) {
    MonthRef(Integer month, Integer shift, Dir dir, boolean hijri, int next) {
      this(month, shift, dir, hijri, next, false);
    }

    /** The year after the month, or null: "نوفمبر (تشرين الثاني) 2024" has its year after ")". */
    YearRef year(Words w) {
      if (!w.joined(next, bracketed ? ")" : "(")) {
        return null;
      }
      YearRef y = yearNumber(w, next, false);
      if (!bracketed && w.gap(next).contains("(")) {
        // "شباط ( 1948 )": the year in brackets; not "أرسل في أغسطس ( 2000 جندي )"
        return y != null && w.closedBefore(y.next()) && !(hijri && !y.hijri() && y.year() > 1500) ? y : null;
      }
      return y != null ? y : afterYearWord(w, next, hijri);
    }
  }

  /**
   * A year written after the word "year", maybe after "من", at token {@code k}: "ديسمبر / كانون الاول
   * عام 2000", "يناير ( كانون الثاني ) عام 2003", "سبتمبر من العام 2003", "27 من صفر سنة 636 هـ" (the
   * month took the latest such month before, a wrong year). After a Hijri month, a year past 1500
   * without its era is the Gregorian year ("رمضان عام 1992"): no year is read.
   */
  private static YearRef afterYearWord(Words w, int k, boolean hijriMonth) {
    int j = w.is(k, Kind.RANGE_FROM) && w.joined(k + 1) ? k + 1 : k;
    TimeWord t = w.role(j);
    boolean word = t != null && t.kind() == Kind.UNIT && t.code().equals("Y") && t.value() != 0
        && t.value() != 2 && w.joined(j + 1);
    YearRef y = word ? yearNumber(w, j + 1, true) : null;
    return y == null || hijriMonth && !y.hijri() && y.year() > 1500 ? null : y;
  }

  /** A year as written, with its era. */
  record YearRef(int year, boolean hijri, int next) {}

  private static final int MIN_BARE_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private Dates() {}

  /** "13 من كانون الأول", "اليوم الأحد 14 كانون الأول 2025", "بين 24 و27 نوفمبر". */
  static Match calendar(Words w, int i) {
    int j = i;
    String part = null;
    Integer shift = null;
    Integer weekday = null;
    if (w.is(j, Kind.PART) && w.joined(j + 1)) {
      part = w.role(j).code();
      j++;
    }
    if (w.is(j, Kind.DAY) && w.joined(j + 1)) {
      shift = w.role(j).value();
      j++;
    }
    if (Grammar.isDayNoun(w, j) && w.joined(j + 1) && w.is(j + 1, Kind.WEEKDAY)) {
      j++;
    } else if (Grammar.isDayNoun(w, j) && w.joined(j + 1) && (w.number(j + 1) != null || w.is(j + 1, Kind.ORDINAL))) {
      j++; // "يوم 23 يناير", "يوم الخامس عشر من أغسطس": the day noun before the date, no length
    }
    if (w.is(j, Kind.WEEKDAY)) {
      weekday = w.role(j).value();
      j++;
      if (w.joined(j, Grammar.commas()) && w.is(j, Kind.SAME_DAY)) {
        j++; // "الأربعاء الموافق 25 نونبر", "الأحد، الموافق 22 نوفمبر"
      }
    }
    if (j > i && !w.joined(j, Grammar.commas())) {
      return null;
    }
    Match core = dayCore(w, j);
    if (core == null || j > i && core.from() != j) {
      return core;
    }
    Expr.Calendar c = (Expr.Calendar) core.expr();
    return new Match(i, core.to(), new Expr.Calendar(c.year(), c.hijri(), c.month(), c.monthShift(),
        c.monthDir(), c.day(), c.dayEnd(), weekday, shift, part, null));
  }

  /** A day or range of days, then a month, then maybe a year; or a date in figures. */
  private static Match dayCore(Words w, int j) {
    Match figures = numeric(w, j);
    if (figures != null) {
      return figures;
    }
    boolean from = w.is(j, Kind.RANGE_FROM) && w.joined(j + 1);
    int k = from ? j + 1 : j;
    if (k > 0 && w.joined(k) && w.is(k - 1, Kind.ORDINAL) && w.is(k, Kind.ORDINAL)) {
      return null; // "الرابع والعشرين من الشهر الجاري": the tens of an ordinal, no day 20 of their own
    }
    Integer day = dayNumber(w, k);
    if (day == null) {
      return from ? null : ordinalDay(w, j);
    }
    k++;
    Integer end = null;
    if (w.joined(k) && w.is(k, Kind.RANGE_TO) && w.joined(k + 1) && dayNumber(w, k + 1) != null) {
      end = dayNumber(w, k + 1);
      k += 2;
    } else if (w.joined(k, Grammar.dashes()) && !w.gap(k).isBlank() && dayNumber(w, k) != null) {
      end = dayNumber(w, k);
      k++;
    }
    if (from && end == null) {
      return dayCore(w, j + 1);
    }
    if (w.is(k, Kind.RANGE_FROM) && w.joined(k) && w.joined(k + 1)) {
      k++; // "13 من كانون الأول"
    }
    MonthRef m = w.joined(k, "(") ? monthRef(w, k) : null;
    if (m == null || end != null && end <= day) {
      return null;
    }
    YearRef y = m.year(w);
    boolean hijri = m.hijri() || y != null && y.hijri();
    return new Match(j, y == null ? m.next() : y.next(), new Expr.Calendar(
        y == null ? null : y.year(), hijri, m.month(), m.shift(), m.dir(), day, end, null, null,
        null, null));
  }

  /**
   * A date in figures, day first as Arabic news writes it, or the year first: "13/12/1999", "30 - 8 -
   * 2006", "2006-08-30". Both separators are the same slash or dash, and the year has four digits (or
   * an era word), so a score ("3-1") or a fraction is no date.
   */
  private static Match numeric(Words w, int j) {
    if (j + 2 >= w.size() || w.token(j).kind() != TokenKind.NUMBER) {
      return null;
    }
    String sep = separator(w, j + 1);
    if (sep == null || !sep.equals(separator(w, j + 2))) {
      return null;
    }
    Hit a = w.number(j);
    Hit b = w.number(j + 1);
    if (a == null || b == null || a.next() != j + 1 || b.next() != j + 2) {
      return null;
    }
    YearRef last = yearNumber(w, j + 2, false);
    boolean yearFirst = last == null && w.norm(j).length() == 4;
    YearRef y = yearFirst ? yearNumber(w, j, false) : last;
    Hit dayFirst = yearFirst ? w.number(j + 2) : a;
    if (y == null || y.hijri() || yearFirst && (y.next() != j + 1 || dayFirst == null || dayFirst.next() != j + 3)) {
      return null;
    }
    long day = yearFirst ? dayFirst.value() : a.value();
    long month = b.value();
    if (day < 1 || month < 1 || month > 12 || day > java.time.YearMonth.of(y.year(), (int) month).lengthOfMonth()) {
      return null; // "31 / 4 / 2024": no such day; the year alone is read as before
    }
    return new Match(j, yearFirst ? j + 3 : y.next(), new Expr.Calendar(y.year(), false, (int) month,
        null, Dir.NONE, (int) day, null, null, null, null, null));
  }

  /** The slash or dash alone (spaces aside) between token {@code k - 1} and token {@code k}, or null. */
  private static String separator(Words w, int k) {
    if (k >= w.size() || w.token(k).kind() != TokenKind.NUMBER) {
      return null;
    }
    String gap = w.gap(k).strip();
    return gap.equals("/") || gap.length() == 1 && Grammar.dashes().contains(gap) ? gap : null;
  }

  /**
   * A day written as an ordinal, then "من" and a month, maybe a year: "العاشر من آذار"، "الحادي عشر
   * من أيلول 2001"، "الخامس والعشرين من كانون الأول". "من" is required: a bare ordinal before a month
   * name is too often another word's ("الأول" of a name, "أول").
   */
  private static Match ordinalDay(Words w, int j) {
    if (!w.is(j, Kind.ORDINAL) || j > 0 && w.joined(j) && OF_A_PART.contains(w.norm(j - 1))) {
      return null; // "الأسبوع الثاني من الشهر الماضي": the ordinal of a week, no day
    }
    int day = w.role(j).value();
    int k = j + 1;
    if (day < 10 && w.joined(k) && w.is(k, Kind.TEEN)) {
      day += 10;
      k++;
    } else if (day < 10 && w.joined(k) && w.is(k, Kind.ORDINAL) && w.role(k).value() == 20) {
      day += 20;
      k++;
    }
    if (day < 1 || day > 31 || !w.joined(k) || !w.is(k, Kind.RANGE_FROM) || !w.joined(k + 1)) {
      return null;
    }
    MonthRef m = monthRef(w, k + 1);
    if (m == null || m.month() == null && m.shift() == null) {
      return null; // "الخامس من الشهر الجاري": the month by its shift from the reference's
    }
    YearRef y = m.year(w);
    boolean hijri = m.hijri() || y != null && y.hijri();
    return new Match(j, y == null ? m.next() : y.next(), new Expr.Calendar(
        y == null ? null : y.year(), hijri, m.month(), m.shift(), m.dir(), day, null, null, null, null, null));
  }

  /** Nouns an ordinal qualifies before "من الشهر" that are no day (folded): "الأسبوع الثاني"، "النصف الأول". */
  private static final java.util.Set<String> OF_A_PART = java.util.Set.of("الاسبوع", "اسبوع", "النصف", "الربع",
      "الثلث", "العشر", "الايام", "الجمعه");

  private static Integer dayNumber(Words w, int k) {
    Hit h = w.number(k);
    return h != null && h.next() == k + 1 && h.value() >= 1 && h.value() <= 31 ? (int) h.value() : null;
  }

  private static MonthRef monthRef(Words w, int k) {
    TimeWord t = w.role(k);
    boolean unit = t != null && t.kind() == Kind.UNIT && t.code().equals("M") && t.value() == 1;
    if (unit && t.definite() && w.joined(k + 1) && Grammar.dir(w.role(k + 1)) != Dir.NONE) {
      Dir d = Grammar.dir(w.role(k + 1));
      return new MonthRef(null, d == Dir.PAST ? -1 : d == Dir.NEXT ? 1 : 0, Dir.NONE, false, k + 2);
    }
    int n = unit && w.joined(k + 1) ? k + 1 : k;
    Hit g = w.month(n);
    if (g != null) {
      return gregorian(w, g);
    }
    Hit h = w.hijriMonth(n);
    if (h == null) {
      return null;
    }
    Dir dir = w.joined(h.next()) ? Grammar.dir(w.role(h.next())) : Dir.NONE;
    return new MonthRef((int) h.value(), null, dir, true, dir == Dir.NONE ? h.next() : h.next() + 1);
  }

  private static MonthRef gregorian(Words w, Hit g) {
    int next = g.next();
    boolean bracketed = false;
    if (w.joined(next, Grammar.doubledMonthGap())) {
      Hit again = w.month(next);
      if (again != null && again.value() == g.value()) {
        bracketed = w.gap(next).contains("(");
        next = again.next(); // "نوفمبر/تشرين الثاني", "(نوفمبر) تشرين الثاني"
      }
    }
    Dir dir = w.joined(next, bracketed ? ")" : "") ? Grammar.dir(w.role(next)) : Dir.NONE;
    return new MonthRef((int) g.value(), null, dir, false, dir == Dir.NONE ? next : next + 1,
        bracketed && dir == Dir.NONE);
  }

  /**
   * A year in digits at token {@code k}, with its era word if one follows. Without an era a year is
   * 1800 to 2200 unless {@code marked} (after a word for "year").
   */
  static YearRef yearNumber(Words w, int k, boolean marked) {
    if (k >= w.size() || w.token(k).kind() != TokenKind.NUMBER) {
      return null;
    }
    Hit h = w.number(k);
    if (h == null || h.next() != k + 1 || h.value() < 1 || h.value() > MAX_YEAR) {
      return null;
    }
    boolean era = w.joined(k + 1) && w.is(k + 1, Kind.ERA);
    if (!era && !marked && (h.value() < MIN_BARE_YEAR || w.norm(k).length() != 4)) {
      return null;
    }
    boolean hijri = era && w.role(k + 1).code().equals("AH");
    return new YearRef((int) h.value(), hijri, era ? k + 2 : k + 1);
  }

  /** Same as {@link #yearNumber(Words, int, boolean)} unmarked, as a hit. */
  static Hit yearNumber(Words w, int k) {
    YearRef y = yearNumber(w, k, false);
    return y == null || y.hijri() ? null : new Hit(y.year(), y.next());
  }

  /** "نوفمبر الماضي", "أوائل شهر مارس", "رمضان 1447 هـ", "ابريل الجاري", "سبتمبر 2001". */
  static Match monthPeriod(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.PHASE) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j++;
    }
    MonthRef m = monthRef(w, j);
    if (m == null || m.month() == null) {
      return null;
    }
    Match figures = mod == null ? sameMonthInFigures(w, i, m) : null;
    if (figures != null) {
      return figures;
    }
    YearRef y = m.year(w);
    boolean hijri = m.hijri() || y != null && y.hijri();
    boolean lone = y == null && m.dir() == Dir.NONE && m.next() == j + 1;
    boolean named = m.next() > j + 1 || m.dir() != Dir.NONE; // "شهر رمضان", "ذي الحجة", "رمضان الماضي"
    if (m.hijri() && y == null && !(named && (monthWord(w, j) || m.dir() != Dir.NONE))
        || lone && w.norm(j).length() < 3) {
      return null; // a Hijri month alone, or a two-letter name, is more often another word
    }
    return new Match(i, y == null ? m.next() : y.next(), new Expr.Calendar(
        y == null ? null : y.year(), hijri, m.month(), null, m.dir(), null, null, null, null, null,
        mod));
  }

  /**
   * The month named at {@code i} then its date in figures in brackets, one date: "جريدة فلسطين / ايلول
   * ( 21 / 9 / 1929 )" is 1929-09-21 (the month alone was the latest September); null otherwise.
   */
  private static Match sameMonthInFigures(Words w, int i, MonthRef m) {
    if (m.hijri() || m.dir() != Dir.NONE || m.next() >= w.size() || !w.joined(m.next(), "(")
        || !w.gap(m.next()).contains("(")) {
      return null;
    }
    Match f = numeric(w, m.next());
    return f != null && f.expr() instanceof Expr.Calendar c && m.month().equals(c.month())
        ? new Match(i, f.to(), c) : null;
  }

  /** True when token {@code j} is the singular word "month" ("شهر رمضان"). */
  private static boolean monthWord(Words w, int j) {
    TimeWord t = w.role(j);
    return t != null && t.kind() == Kind.UNIT && t.code().equals("M") && t.value() == 1;
  }

  /**
   * {@code m} as a {@link Expr.Named} date when it is a day and month, or a month, without year, direction
   * or weekday, in construct after a noun that names an event or a movement by its date: "هجمات 11
   * سبتمبر" (2001), "قوى 14 آذار" (2005), "المتهم في هجمات سبتمبر" are no day of the latest September
   * or the next March. Any other match is returned as is.
   */
  static Match named(Words w, Match m) {
    if (m == null || !(m.expr() instanceof Expr.Calendar c) || c.year() != null || c.month() == null
        || c.monthDir() != Dir.NONE || c.weekday() != null || c.dayShift() != null || c.part() != null
        || c.mod() != null || m.from() == 0 || !w.joined(m.from()) || !w.namesByDate(m.from() - 1)) {
      return m;
    }
    return new Match(m.from(), m.to(), new Expr.Named(c));
  }

  /** "2015", "العام 1887", "عام 2003", "2002م", "1447 هـ". */
  static Match year(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.PHASE) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j++;
    }
    TimeWord t = w.role(j);
    boolean marked = t != null && t.kind() == Kind.UNIT && t.code().equals("Y") && t.value() != 0
        && t.value() != 2 && w.joined(j + 1);
    YearRef y = yearNumber(w, marked ? j + 1 : j, marked);
    if (y == null || mod != null && !marked && j == i) {
      return null;
    }
    return new Match(i, y.next(), new Expr.Calendar(y.year(), y.hijri(), null, null, Dir.NONE,
        null, null, null, null, null, mod));
  }
}
