package org.isnad.time;

import org.isnad.lang.TimeWord;
import org.isnad.lang.TimeWord.Kind;
import org.isnad.time.Expr.Dir;
import org.isnad.time.Words.Hit;

/**
 * The rules that read temporal expressions from a sentence's tokens. Every rule starts at one token
 * and returns the tokens it covers and what they say; {@link #match} keeps the longest. The rules
 * work on the roles a language's {@link org.isnad.lang.TimeWords} gives words, so they name no
 * word of any language. Stateless.
 */
final class Grammar {

  /** Tokens {@code [from, to)} read as {@code expr}. */
  record Match(int from, int to, Expr expr) {}

  private static final String DOUBLED_MONTH = "/()\\-";
  private static final String DASHES = "-\u2013\u2014";
  private static final String COMMAS = ",\u060C";

  private Grammar() {}

  /** The longest expression starting at token {@code i}, or null. */
  static Match match(Words w, int i) {
    Match best = null;
    for (Match m : new Match[] {
        Dates.calendar(w, i), Dates.monthPeriod(w, i), Dates.year(w, i), relativeDay(w, i),
        weekday(w, i), Lengths.unitShift(w, i), Lengths.prepShift(w, i), Lengths.duration(w, i),
        season(w, i), decade(w, i), century(w, i), ref(w, i), Lengths.every(w, i)}) {
      if (m != null && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    if (best != null && best.expr() instanceof Expr.DayShift d && d.days() == 0 && d.weekday() == null
        && d.part() == null && best.to() == i + 1 && w.joined(i) && w.sameOrOne(i - 1)) {
      return null; // "في ذات اليوم", "في نفس اليوم": the same day as one named before, not today
    }
    return Dates.named(w, best);
  }

  static Dir dir(TimeWord t) {
    if (t == null || t.kind() != Kind.NEIGHBOUR) {
      return Dir.NONE;
    }
    return Dir.valueOf(t.code());
  }

  /** "أمس", "صباح اليوم", "أول أمس", "بعد غد", "أمس الجمعة", "اليوم التالي". */
  static Match relativeDay(Words w, int i) {
    int j = i;
    String part = null;
    boolean construct = false;
    if (w.is(j, Kind.PART) && w.joined(j + 1)) {
      part = w.role(j).code();
      j++;
      construct = true;
    } else if (isDayNoun(w, j) && w.joined(j + 1) && w.is(j + 1, Kind.DAY) && w.role(j + 1).value() != 0) {
      j++; // "يوم غد", "يوم أمس": the day noun in construct with the day word, one date
      construct = true;
    }
    if (!w.is(j, Kind.DAY)) {
      return beforeAfterTomorrow(w, i);
    }
    TimeWord day = w.role(j);
    int shift = day.value();
    if (shift == 1 && !construct && w.bareNoun(j)) {
      return null; // "غد أفضل", "نحو غد مشرق": the noun "tomorrow" (the future); the date is "غدا", "يوم غد"
    }
    part = part != null ? part : emptyToNull(day.code());
    j++;
    if (shift == -1 && w.joined(j) && w.is(j, Kind.ORDINAL) && w.role(j).value() == 1) {
      shift = -2; // "أمس الأول"
      j++;
    } else if (w.joined(j) && w.is(j, Kind.ORDINAL) || w.plainDefinite(j)) {
      return null; // "اليوم الأول", "اليوم العالمي": a day of something, not today
    } else if (shift == 0 && w.joined(j) && dir(w.role(j)) != Dir.NONE) {
      shift = dir(w.role(j)) == Dir.NEXT ? 1 : dir(w.role(j)) == Dir.PAST ? -1 : 0;
      j++;
    }
    Integer weekday = null;
    if (w.joined(j) && w.is(j, Kind.WEEKDAY)) {
      weekday = w.role(j).value();
      j++;
    }
    return new Match(i, j, new Expr.DayShift(shift, weekday, part));
  }

  private static Match beforeAfterTomorrow(Words w, int i) {
    // "أول أمس" and "بعد غد": an ordinal or preposition before the day word
    if (w.is(i, Kind.ORDINAL) && w.role(i).value() == 1 && w.joined(i + 1) && w.is(i + 1, Kind.DAY)
        && w.role(i + 1).value() == -1) {
      return withWeekday(w, i, -2);
    }
    if (w.is(i, Kind.PREP) && w.role(i).code().equals("AFTER") && w.joined(i + 1)
        && w.is(i + 1, Kind.DAY) && w.role(i + 1).value() == 1) {
      return withWeekday(w, i, 2);
    }
    return null;
  }

  /**
   * "أول أمس" or "بعد غد" at {@code i}, with the weekday that may follow: "يفتتح بعد غد الثلاثاء" is
   * one day, named twice, as "غدا الاثنين" is.
   */
  private static Match withWeekday(Words w, int i, int shift) {
    int j = i + 2;
    Integer weekday = null;
    if (w.joined(j) && w.is(j, Kind.WEEKDAY)) {
      weekday = w.role(j).value();
      j++;
    }
    return new Match(i, j, new Expr.DayShift(shift, weekday, null));
  }

  /** "السبت", "يوم الخميس", "مساء الأحد", "الأحد القادم". */
  static Match weekday(Words w, int i) {
    int j = i;
    String part = null;
    boolean context = false;
    if (w.is(j, Kind.PART) && w.joined(j + 1)) {
      part = w.role(j).code();
      j++;
      context = true;
    }
    if (isDayNoun(w, j) && w.joined(j + 1) && w.is(j + 1, Kind.WEEKDAY)) {
      j++;
      context = true;
    }
    if (!w.is(j, Kind.WEEKDAY)) {
      return null;
    }
    int dow = w.role(j).value();
    j++;
    Dir dir = Dir.NONE;
    if (w.joined(j) && dir(w.role(j)) != Dir.NONE) {
      dir = dir(w.role(j));
      j++;
      context = true;
    }
    if (!context && dow == 1) {
      return null; // Monday's name also means "the two": only with a day word or a direction
    }
    if (!context && marketDay(w, i)) {
      return null; // "حي سوق الجمعة", "بلدة سوق الأحد": a place named for its market day
    }
    return new Match(i, j, new Expr.Weekday(dow, dir, part));
  }

  /**
   * Whether the weekday at {@code i} follows "سوق" without the article (a clitic preposition or "و" may
   * stand before it), in construct: the name of a place, no date. "أغلق السوق الجمعة" stays a date.
   */
  private static boolean marketDay(Words w, int i) {
    if (i == 0 || !w.joined(i)) {
      return false;
    }
    String before = w.norm(i - 1);
    return before.equals("سوق") || before.length() == 4 && before.endsWith("سوق") && "وبلف".indexOf(before.charAt(0)) >= 0;
  }

  /** True for the bare singular noun "day" (as in "يوم الخميس"). */
  static boolean isDayNoun(Words w, int i) {
    TimeWord t = w.role(i);
    return t != null && t.kind() == Kind.UNIT && t.code().equals("D") && t.value() == 1
        && !t.definite();
  }

  /** "الصيف", "صيف 2015", "الشتاء الماضي". */
  static Match season(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.PHASE) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j++;
    }
    if (!w.is(j, Kind.SEASON) || w.plainDefinite(j + 1)) {
      return null;
    }
    String code = w.role(j).code();
    j++;
    Dir dir = dir(w.joined(j) ? w.role(j) : null);
    if (dir != Dir.NONE) {
      j++;
    }
    Hit year = w.joined(j) ? Dates.yearNumber(w, j) : null;
    Match relative = dir == Dir.NONE && year == null && w.joined(j) && !w.norm(j - 1).startsWith("\u0627\u0644")
        ? Lengths.unitShift(w, j) : null;
    if (relative != null && relative.expr() instanceof Expr.Shift shift && shift.unit() == Unit.YEAR
        && shift.mod() == null) {
      // "شتاء العام الماضي", "صيف هذا العام": the season of that year, one expression
      return new Match(i, relative.to(), new Expr.Season(code, null, Dir.NONE, (int) shift.amount()));
    }
    return new Match(i, year != null ? year.next() : j,
        new Expr.Season(code, year == null ? null : (int) year.value(), dir, null));
  }

  /** "الخمسينيات". */
  static Match decade(Words w, int i) {
    return w.is(i, Kind.DECADE) ? new Match(i, i + 1, new Expr.Decade(w.role(i).value())) : null;
  }

  /** "القرن العشرين", "أواخر القرن التاسع عشر", "القرن الماضي". */
  static Match century(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.PHASE) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j++;
    }
    TimeWord t = w.role(j);
    if (t == null || t.kind() != Kind.UNIT || !t.code().equals("CE") || !t.definite()
        || t.value() != 1 || !w.joined(j + 1)) {
      return null;
    }
    j++;
    Dir dir = dir(w.role(j));
    if (dir != Dir.NONE) {
      return new Match(i, j + 1, new Expr.Century(null, dir == Dir.PAST ? -1 : dir == Dir.NEXT ? 1 : 0, mod));
    }
    if (!w.is(j, Kind.ORDINAL)) {
      return null;
    }
    int ordinal = w.role(j).value();
    j++;
    if (w.joined(j) && w.is(j, Kind.TEEN) && ordinal < 10) {
      ordinal += 10;
      j++;
    } else if (w.joined(j) && w.is(j, Kind.ORDINAL) && w.role(j).value() == 20 && ordinal < 10) {
      ordinal += 20;
      j++;
    }
    return new Match(i, j, new Expr.Century(ordinal, 0, mod));
  }

  /** "مؤخرا", "حاليا", "الآن". */
  static Match ref(Words w, int i) {
    if (w.is(i, Kind.REF)) {
      return new Match(i, i + 1, new Expr.Ref(w.role(i).code()));
    }
    return null;
  }

  static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  static String doubledMonthGap() {
    return DOUBLED_MONTH;
  }

  static String dashes() {
    return DASHES;
  }

  static String commas() {
    return COMMAS;
  }
}
