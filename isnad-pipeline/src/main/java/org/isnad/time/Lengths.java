package org.isnad.time;

import org.isnad.lang.TimeWord;
import org.isnad.lang.TimeWord.Kind;
import org.isnad.time.Expr.Dir;
import org.isnad.time.Grammar.Match;
import org.isnad.time.Words.Hit;

/**
 * The grammar's rules built on units of time: durations, periods relative to the reference ("الشهر
 * الماضي", "قبل يومين") and recurrences. Stateless.
 */
final class Lengths {

  /** An amount of a unit read at some tokens; amount -1 when vague ("عدة أيام"). */
  private record Length(long amount, Unit unit, int next) {}

  private Lengths() {}

  /**
   * An amount of a unit at token {@code j}: a number then a unit noun, a dual noun, or (when
   * {@code single}) a singular noun meaning one.
   */
  private static Length length(Words w, int j, boolean single) {
    TimeWord t = w.role(j);
    if (t != null && t.kind() == Kind.UNIT && !t.definite() && t.value() != 0) {
      boolean one = t.value() == 1 || single && t.value() == -1;
      if (t.value() == 2 || one && !w.plainDefinite(j + 1) && !monthNamed(w, j + 1)) {
        return new Length(t.value() == 2 ? 2 : 1, Unit.of(t.code()), j + 1);
      }
      return null;
    }
    Hit n = w.number(j);
    if (n == null || !w.joined(n.next())) {
      return null;
    }
    TimeWord u = w.role(n.next());
    if (u == null || u.kind() != Kind.UNIT || u.value() == 2 || n.value() == 1 && u.value() == 0) {
      return null; // "أحد أشهر الفنانين", "صباح أحد الأيام": one of the ..., no length of one unit
    }
    return new Length(n.value(), Unit.of(u.code()), n.next() + 1);
  }

  /**
   * True when a month name follows the word "month" at {@code next - 1}: "خلال شهر رمضان" names the
   * month, it is no length of one month.
   */
  private static boolean monthNamed(Words w, int next) {
    return w.joined(next) && (w.month(next) != null || w.hijriMonth(next) != null);
  }

  /** "ثلاثة أيام", "26 عاما", "يومين", "أكثر من عشرة أشهر", "نحو قرن", "العامين". */
  static Match duration(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.QUANT) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j += w.is(j + 1, Kind.RANGE_FROM) && w.joined(j + 2) ? 2 : 1;
    }
    TimeWord t = w.role(j);
    if (t != null && t.kind() == Kind.UNIT && t.definite() && t.value() == 0) {
      return definitePlural(w, i, j, mod);
    }
    if (t != null && t.kind() == Kind.UNIT && t.definite() && t.value() == 2) {
      int end = w.joined(j + 1) && Grammar.dir(w.role(j + 1)) == Dir.PAST ? j + 2 : j + 1;
      return new Match(i, end, new Expr.Duration(2, Unit.of(t.code()), mod));
    }
    boolean before = j == i && w.joined(i) && w.fraction(i - 1, false) > 0;
    boolean single = mod != null || before || w.joined(j + 1) && w.fraction(j + 1, true) == 2;
    Length len = length(w, j, single);
    if (len == null) {
      return null;
    }
    Length half = plusHalf(w, len);
    if (half != null) {
      return new Match(i, half.next(), new Expr.Duration(half.amount(), half.unit(), mod));
    }
    if (before) {
      // "نصف ساعة", "ربع قرن"; a fraction that is no whole number of a smaller unit gives nothing
      Length part = len.amount() == 1 ? partOf(w, i - 1, len) : null;
      return part == null ? null
          : new Match(i - 1, part.next(), new Expr.Duration(part.amount(), part.unit(), mod));
    }
    if (mod == null && j == i && w.role(i) != null && w.role(i).kind() == Kind.UNIT) {
      Match idiom = oneDay(w, i, len);
      if (idiom != null) {
        return idiom.expr() == null ? null : idiom;
      }
    }
    return new Match(i, len.next(), new Expr.Duration(len.amount(), len.unit(), mod));
  }

  /**
   * The singular unit noun at {@code i} in an idiom that is no length: "ذات يوم", "في يوم من الأيام",
   * "يوما ما" (one day, some day: a match with no expression); "يوما بعد يوم", "عاما بعد عام" (day
   * after day: a recurrence, and "بعد يوم" no day to come). Null when none applies.
   */
  private static Match oneDay(Words w, int i, Length len) {
    int next = len.next();
    if (w.joined(i) && w.sameOrOne(i - 1)) {
      return new Match(i, next, null);
    }
    if (!w.joined(next)) {
      return null;
    }
    TimeWord after = w.role(next + 1);
    boolean sameUnit = after != null && after.kind() == Kind.UNIT && after.code().equals(w.role(i).code());
    if (w.some(next) || w.is(next, Kind.RANGE_FROM) && w.joined(next + 1) && sameUnit && after.definite()
        && after.value() == 0) {
      return new Match(i, next, null);
    }
    if (w.is(next, Kind.PREP) && w.role(next).code().equals("AFTER") && w.joined(next + 1) && sameUnit
        && !after.definite() && Math.abs(after.value()) == 1) {
      return new Match(i, next + 2, new Expr.Every(1, len.unit()));
    }
    return null;
  }

  /**
   * "ساعة ونصف", "ثلاث سنوات ونصف", "عاما ونصف العام", "قرن ونصف": the length and a half, counted in
   * the smaller unit (PT90M, P42M, P18M, P150Y); null when no "ونصف" follows or no smaller unit
   * divides the unit in two.
   */
  private static Length plusHalf(Words w, Length len) {
    Unit small = len.unit().smaller();
    int per = len.unit().inSmaller();
    if (small == null || per % 2 != 0 || len.amount() < 1 || !w.joined(len.next())
        || w.fraction(len.next(), true) != 2) {
      return null;
    }
    int next = len.next() + 1;
    TimeWord again = w.joined(next) ? w.role(next) : null;
    if (again != null && again.kind() == Kind.UNIT && again.definite() && Math.abs(again.value()) == 1
        && Unit.of(again.code()) == len.unit()) {
      next++; // "ونصف العام"
    }
    return new Length(len.amount() * per + per / 2, small, next);
  }

  /**
   * "نصف ساعة" PT30M, "ربع قرن" P25Y, "نصف عام" P6M: the fraction at {@code at} of the single unit
   * {@code one}, counted in the smaller unit; null when that is no whole number (a quarter of a week).
   */
  private static Length partOf(Words w, int at, Length one) {
    int d = w.fraction(at, false);
    Unit small = one.unit().smaller();
    if (d == 0 || small == null || one.unit().inSmaller() % d != 0) {
      return null;
    }
    return new Length(one.unit().inSmaller() / d, small, one.next());
  }

  /**
   * A definite plural unit, then its number, maybe a direction word: "الأشهر الثلاثة الماضية",
   * "السنوات الخمس المقبلة", "خلال الأيام العشرة" are lengths of that many units (the plural without a
   * number, "الأيام الماضية", is a vague reference, {@link #unitShift}).
   */
  private static Match definitePlural(Words w, int i, int j, String mod) {
    int at = j + 1;
    // "الساعات الـ24 الماضية": the article written apart before the figures
    boolean apart = w.joined(at) && w.norm(at).equals("\u0627\u0644") && w.joined(at + 1);
    if (apart) {
      at++;
    }
    Hit n = w.joined(at) ? w.number(at) : null;
    if (n == null || n.value() < 2 || !apart && !w.norm(j + 1).startsWith("\u0627\u0644")) {
      // the number agrees with the noun, article and all; "السنوات 2010 و2011" lists years
      return null;
    }
    int end = n.next();
    long amount = n.value();
    Hit tens = amount < 10 && w.joined(end) && w.norm(end).startsWith("\u0648") ? w.number(end) : null;
    if (tens != null && tens.value() >= 20 && tens.value() <= 90 && tens.value() % 10 == 0) {
      amount += tens.value(); // "الساعات الأربع والعشرين الماضية": 24, not 4
      end = tens.next();
    }
    Dir dir = w.joined(end) ? Grammar.dir(w.role(end)) : Dir.NONE;
    if (dir == Dir.PAST || dir == Dir.NEXT) {
      end++;
    }
    return new Match(i, end, new Expr.Duration(amount, Unit.of(w.role(j).code()), mod));
  }

  /** "قبل يومين", "قبل خمسة وتسعين عاما", "بعد أسبوع". */
  static Match prepShift(Words w, int i) {
    TimeWord p = w.role(i);
    if (p == null || p.kind() != Kind.PREP || !w.joined(i + 1)) {
      return null;
    }
    int sign = switch (p.code()) {
      case "BEFORE" -> -1;
      case "AFTER" -> 1;
      default -> 0;
    };
    Length len = sign == 0 ? null : length(w, i + 1, true);
    if (len == null || len.unit() == Unit.HOUR || len.unit() == Unit.MINUTE || fromAnEvent(w, len.next(), sign > 0)
        || sign > 0 && (len.unit() == Unit.YEAR || len.unit() == Unit.DECADE || len.unit() == Unit.CENTURY)) {
      // "وصلت الطرود بعد 8 سنوات", "توقف التصدير بعد ثلاثة عقود": years after a past event, no
      // year to come; the length alone stays a duration
      return null;
    }
    long amount = len.amount() < 0 ? Long.MIN_VALUE : sign * len.amount();
    return new Match(i, len.next(), new Expr.Shift(len.unit(), amount, null));
  }

  /**
   * True when "من" (or, after "بعد", "على": {@link Words#countedFrom}) and a word that is no time word
   * follow the length ("قبل خمسة وتسعين عاما على التل" is on the hill): "بعد يومين من هجوم للجماعة"، "قبل أسبوع من الانتخابات"، "بعد ثلاثة أيام على الهجوم" count
   * from another event, not from the article's day (the length alone
   * stays a duration).
   */
  private static boolean fromAnEvent(Words w, int next, boolean after) {
    return w.joined(next) && (w.is(next, Kind.RANGE_FROM) || after && w.countedFrom(next)) && w.joined(next + 1)
        && w.role(next + 1) == null && w.number(next + 1) == null;
  }

  /** "الشهر الماضي", "العام المقبل", "هذا العام", "أواخر العام الماضي", "الأيام الماضية". */
  static Match unitShift(Words w, int i) {
    int j = i;
    String mod = null;
    if (w.is(j, Kind.PHASE) && w.joined(j + 1)) {
      mod = w.role(j).code();
      j++;
    }
    boolean thisWord = w.is(j, Kind.THIS) && w.joined(j + 1);
    int u = thisWord ? j + 1 : j;
    TimeWord t = w.role(u);
    if (t == null || t.kind() != Kind.UNIT || !t.definite() || t.value() == 2) {
      return null;
    }
    Dir dir = thisWord ? Dir.CURRENT : w.joined(u + 1) ? Grammar.dir(w.role(u + 1)) : Dir.NONE;
    if (dir == Dir.NONE) {
      return null;
    }
    int end = thisWord ? u + 1 : u + 2;
    if (t.value() == 0) {
      String code = dir == Dir.PAST ? "PAST_REF" : dir == Dir.NEXT ? "FUTURE_REF" : "PRESENT_REF";
      return new Match(i, end, new Expr.Ref(code));
    }
    long amount = dir == Dir.PAST ? -1 : dir == Dir.NEXT ? 1 : 0;
    return new Match(i, end, new Expr.Shift(Unit.of(t.code()), amount, mod));
  }

  /** "كل يوم", "كل عامين", "يوميا". */
  static Match every(Words w, int i) {
    if (w.is(i, Kind.SET)) {
      return new Match(i, i + 1, new Expr.Every(w.role(i).value(), Unit.of(w.role(i).code())));
    }
    if (!w.is(i, Kind.EVERY) || !w.joined(i + 1)) {
      return null;
    }
    Length len = length(w, i + 1, true);
    return len == null ? null : new Match(i, len.next(), new Expr.Every(len.amount(), len.unit()));
  }
}
