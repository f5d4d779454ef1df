package org.isnad.lang.ar;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.NumberWords;

/**
 * Arabic cardinal numbers on folded text (hamza, alef, yeh and teh marbuta folded, as {@link
 * ArabicNormalizer} does): units in both genders and all cases (ثلاثه/ثلاث، اثنان/اثنين), teens
 * (خمسه عشر، احدي عشر), tens (تسعون/تسعين) joined with "و" (خمسه وتسعين), hundreds joined or apart
 * (ثلاثمئه، ثلاث مئه، مئتين), thousands and millions as multipliers (ثلاثه الاف، 3 ملايين), digits
 * with thousands separators, vague amounts and duals.
 *
 * <p>Vague amounts are read as the least they say, flagged {@link Form#VAGUE}: the plural of a
 * unit is at least two of it, so "tens" (عشرات، العشرات) 20, "hundreds" (مئات) 200, "thousands"
 * (الاف, not after a number) 2000, each below the next unit ({@link #vagueCeiling}: 99, 999, 9999);
 * "several" or "a number of" (عده، عدد من، بضعه) 10, as ACLED codes it. ACLED codes "dozens" 12, an
 * English unit Arabic does not count in.
 */
final class ArabicNumbers implements NumberWords {

  /** The code of "several" ("عدة"، "عدد من"، "بضعة"), as ACLED codes it. */
  private static final long SEVERAL = 10;

  static final ArabicNumbers INSTANCE = new ArabicNumbers();

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("احد", 1), Map.entry("احدي", 1),
      Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنا", 2), Map.entry("اثني", 2),
      Map.entry("اثنتان", 2), Map.entry("اثنتين", 2), Map.entry("اثنتا", 2), Map.entry("اثنتي", 2),
      Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
      Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
      Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثمان", 8), Map.entry("ثماني", 8),
      Map.entry("ثمانيه", 8), Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10),
      Map.entry("عشره", 10));

  private static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("عشرون", 20), Map.entry("عشرين", 20), Map.entry("ثلاثون", 30),
      Map.entry("ثلاثين", 30), Map.entry("اربعون", 40), Map.entry("اربعين", 40),
      Map.entry("خمسون", 50), Map.entry("خمسين", 50), Map.entry("ستون", 60), Map.entry("ستين", 60),
      Map.entry("سبعون", 70), Map.entry("سبعين", 70), Map.entry("ثمانون", 80),
      Map.entry("ثمانين", 80), Map.entry("تسعون", 90), Map.entry("تسعين", 90));

  /** The hundred and its dual, in the spellings with and without the silent alef. */
  private static final Map<String, Integer> HUNDREDS = Map.of(
      "ميه", 100, "مايه", 100, "ميتان", 200, "ميتين", 200, "ميتا", 200, "ميتي", 200,
      "مايتان", 200, "مايتين", 200, "مايتا", 200, "مايتي", 200);

  /** Multipliers: the plural form multiplies the number before it; the singular stands alone. */
  private static final Map<String, Long> SCALES = Map.of(
      "الف", 1_000L, "الاف", 1_000L, "مليون", 1_000_000L, "ملايين", 1_000_000L,
      "مليار", 1_000_000_000L, "مليارات", 1_000_000_000L);

  /**
   * The singular multiplier in the accusative, after a number from 11 to 99 ("70 ألفا", "سبعين
   * ألفا", "12 مليونا"); alone, "ألفا" is the construct dual ("ألفا شخص" = 2000).
   */
  private static final Map<String, Long> COUNTED_SCALES = Map.of(
      "الفا", 1_000L, "مليونا", 1_000_000L, "مليارا", 1_000_000_000L);

  private static final Map<String, Long> SCALE_DUALS = Map.of(
      "الفان", 2_000L, "الفين", 2_000L, "الفا", 2_000L, "الفي", 2_000L, "مليونان", 2_000_000L,
      "مليونين", 2_000_000L);

  private static final Map<String, Long> VAGUE = Map.of(
      "عشرات", 20L, "مئات", 200L, "ميات", 200L, "الاف", 2_000L, "عده", 10L, "بضعه", 10L,
      "بضع", 10L);

  /** Thousands or millions after a vague plural: "عشرات الآلاف" (20,000), "مئات الآلاف", "عشرات الملايين". */
  private static final Map<String, Long> VAGUE_SCALES = Map.of(
      "الالاف", 1_000L, "الاف", 1_000L, "الملايين", 1_000_000L, "ملايين", 1_000_000L);

  /**
   * Singular nouns whose dual is read as 2: countable nouns of news reports whose plural is broken
   * (جندي/جنود، عنصر/عناصر), so their "-ين/-ان" form can only be the dual.
   */
  private static final Set<String> DUAL_NOUNS = Set.of(
      "جندي", "عنصر", "شخص", "طفل", "رجل", "امراه", "ضابط", "شرطي", "عسكري", "قائد", "شاب",
      "فتي", "فتاه", "ولد", "جريح", "قتيل", "شهيد", "صحفي", "عامل", "طالب", "حارس", "مسلح", "مهاجم",
      "انتحاري", "قيادي", "مطلوب", "مشتبه", "متهم", "مدني", "مترجم", "مستشار", "طيار", "بحار",
      "سائق", "مسعف", "طبيب", "ممرض", "اسير", "رهينه", "معتقل", "موقوف", "لاجي", "مواطن",
      "مدنيه", "صاروخ", "طايره", "مسيره", "دبابه", "عربه", "سياره", "منزل", "بيت",
      "مبني", "قذيفه", "عبوه", "انفجار", "هجوم", "غاره", "يوم", "شهر", "عام", "سنه", "اسبوع",
      "ساعه", "دقيقه", "مره", "قريه", "بلده", "مدينه", "دوله", "حزب", "فصيل", "موقع", "هدف",
      // people whose plural is broken, so their dual is never a plural: "اعتقلت قوات الاحتلال شقيقين"
      "شقيق", "شقيقه", "ابن", "ابنه", "صبي", "شيخ", "تاجر", "جار", "زوج", "امام", "ضيف", "صديق");

  /**
   * Nouns whose dual and sound plural look alike in unvowelled writing: read as a dual only after
   * "اثنين" and never alone.
   */
  private static final Set<String> AMBIGUOUS_DUALS = Set.of(
      "مدني", "مترجم", "مسلح", "مهاجم", "انتحاري", "قيادي", "مطلوب", "مشتبه", "متهم", "صحفي",
      "عامل", "مستشار", "طيار", "بحار", "سائق", "مسعف", "ممرض", "معتقل", "موقوف", "مواطن",
      "عسكري");

  /** The proclitics a number word may carry, longest first (see {@link #withoutProclitic}). */
  private static final List<String> PROCLITICS = List.of("وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك");

  /**
   * Every written word that a number in words can start with: each word {@link #readWords} takes as
   * a first word, bare and after each proclitic {@link #withoutProclitic} removes. Any other word
   * starts no number, so one look-up rejects it (most words of a text) before it is cut.
   */
  private static final Set<String> FIRST_FORMS = firstForms();
  /** Rejects by hash code, before the set look-up, the words of {@link #FIRST_FORMS}' complement. */
  private static final org.isnad.lang.WordHashFilter FIRST_HASHES = new org.isnad.lang.WordHashFilter(FIRST_FORMS);

  private ArabicNumbers() {}

  private static Set<String> firstForms() {
    Set<String> first = new java.util.HashSet<>();
    List.of(VAGUE.keySet(), UNITS.keySet(), TENS.keySet(), HUNDREDS.keySet(), SCALE_DUALS.keySet(),
        SCALES.keySet(), Set.of("عدد")).forEach(first::addAll);
    UNITS.forEach((unit, value) -> {
      if (value >= 3 && value <= 9) {
        first.add(unit + "ميه");
        first.add(unit + "مايه");
      }
    });
    Set<String> forms = new java.util.HashSet<>(first);
    for (String w : first) {
      for (String p : PROCLITICS) {
        if (w.length() >= 3 && (!p.endsWith("ال") && !p.equals("لل") || !w.startsWith("اثن"))) {
          forms.add(p + w);
        }
      }
    }
    return java.util.Collections.unmodifiableSet(forms);
  }

  /** Every written word a number in words can start with (see {@link #FIRST_FORMS}). */
  static Set<String> numberStarts() {
    return FIRST_FORMS;
  }

  /** False when {@code w} starts no number in words, whatever proclitic it carries. */
  static boolean mayBeWord(String w) {
    return FIRST_HASHES.mayContain(w) && FIRST_FORMS.contains(w);
  }

  @Override
  public boolean firmFloor(long code) {
    return code != SEVERAL;
  }

  @Override
  public long vagueCeiling(long code) {
    return isTwoTimesPowerOfTen(code) ? code * 5 - 1 : code; // "عشرات": 20 to 99, "عشرات الآلاف": 20,000 to 99,999
  }

  private static boolean isTwoTimesPowerOfTen(long code) {
    long c = code;
    while (c >= 10 && c % 10 == 0) {
      c /= 10;
    }
    return c == 2 && code >= 20;
  }

  @Override
  public Reading read(List<String> norms, int from) {
    if (from < 0 || from >= norms.size()) {
      return null;
    }
    String first = norms.get(from);
    Reading digits = readDigits(norms, from, first);
    if (digits != null) {
      return digits;
    }
    if (!mayBeWord(first)) {
      return null;
    }
    for (String w : withoutProclitic(first)) {
      Reading r = readWords(norms, from, w);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** The word itself, then the word without one proclitic or the article, longest first. */
  private static List<String> withoutProclitic(String w) {
    List<String> out = new java.util.ArrayList<>(4);
    out.add(w);
    for (String p : PROCLITICS) {
      if (w.startsWith(p) && w.length() - p.length() >= 3) {
        String rest = w.substring(p.length());
        if (!p.endsWith("ال") && !p.equals("لل") || !rest.startsWith("اثن")) {
          out.add(rest);
        }
      }
    }
    return out;
  }

  private static Reading readDigits(List<String> norms, int from, String w) {
    long value = parseDigits(w);
    if (value < 0) {
      return null;
    }
    if (from + 1 < norms.size()) {
      Long scale = SCALES.getOrDefault(norms.get(from + 1), COUNTED_SCALES.get(norms.get(from + 1)));
      if (scale != null) {
        long scaled = Math.round(parseDecimal(w) * scale); // "2.5 مليون"
        long rest = from + 2 < norms.size() ? joinedDigits(norms.get(from + 2)) : -1;
        boolean apart = rest < 0 && from + 3 < norms.size() && norms.get(from + 2).equals("و");
        if (apart) {
          rest = parseDigits(norms.get(from + 3)); // the tokenizer wrote "و100" as "و" and "100"
        }
        return rest >= 0 && rest < scale
            ? new Reading(scaled + rest, apart ? 4 : 3, Form.DIGITS) // "70 ألفا و100"
            : new Reading(scaled, 2, Form.DIGITS);
      }
    }
    return new Reading(value, 1, Form.DIGITS);
  }

  /** Digits with a decimal fraction kept ("2.5"), for a number of thousands or millions. */
  private static double parseDecimal(String w) {
    int dot = w.indexOf('.');
    if (dot < 0 || dot == w.length() - 1) {
      return parseDigits(w);
    }
    long fraction = parseDigits(w.substring(dot + 1));
    return fraction < 0 ? parseDigits(w) : parseDigits(w) + fraction / Math.pow(10, w.length() - dot - 1);
  }

  /** The digits of "و100" (the rest of a number after its thousands), or -1. */
  private static long joinedDigits(String w) {
    return w.length() > 1 && w.charAt(0) == 'و' ? parseDigits(w.substring(1)) : -1;
  }

  /** Digits with optional thousands separators; the fraction of a decimal is dropped; -1 if not a number. */
  static long parseDigits(String w) {
    if (w.isEmpty() || w.length() > 18 || !Character.isDigit(w.charAt(0))) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
      } else if (c == ',' && i > 0) {
        continue;
      } else if (c == '.') {
        return v;
      } else {
        return -1;
      }
    }
    return v;
  }

  private Reading readWords(List<String> norms, int from, String first) {
    Long vague = VAGUE.get(first);
    if (vague != null) {
      Long scale = from + 1 < norms.size() && vague >= 20 ? VAGUE_SCALES.get(norms.get(from + 1)) : null;
      return scale == null ? new Reading(vague, 1, Form.VAGUE) : new Reading(vague * scale, 2, Form.VAGUE);
    }
    if (first.equals("عدد") && from + 1 < norms.size() && norms.get(from + 1).equals("من")) {
      return new Reading(10, 2, Form.VAGUE);
    }
    Sum sum = new Sum();
    int i = from;
    String w = first;
    while (sum.add(w, i == from)) {
      i++;
      if (i >= norms.size()) {
        break;
      }
      w = norms.get(i);
    }
    if (i == from) {
      return null;
    }
    return new Reading(sum.total(), i - from, Form.WORDS);
  }

  /** Accumulates number words left to right, knowing what may follow what. */
  private static final class Sum {
    private long total;
    private long current;
    private int lastUnit = -1;
    private boolean any;

    long total() {
      return total + current;
    }

    /** Adds the next word; false when it does not continue the number. */
    boolean add(String word, boolean first) {
      boolean joined = !first && word.startsWith("و") && word.length() > 2;
      String w = joined ? word.substring(1) : word;
      if (!first && !joined && !continuesWithoutWaw(w)) {
        return false;
      }
      return accept(w);
    }

    private boolean continuesWithoutWaw(String w) {
      return (lastUnit >= 1 && lastUnit <= 9 && (w.equals("عشر") || w.equals("عشره")))
          || HUNDREDS.containsKey(w) && lastUnit >= 3 && lastUnit <= 9
          || (SCALES.containsKey(w) || COUNTED_SCALES.containsKey(w)) && any;
    }

    private boolean accept(String w) {
      Integer unit = UNITS.get(w);
      if (unit != null) {
        if (unit == 10 && lastUnit >= 1 && lastUnit <= 9) {
          current += 10;
          lastUnit = 0;
        } else {
          current += unit;
          lastUnit = unit;
        }
        return any = true;
      }
      Integer tens = TENS.get(w);
      if (tens != null) {
        current += tens;
        lastUnit = 0;
        return any = true;
      }
      return acceptLarge(w);
    }

    private boolean acceptLarge(String w) {
      Integer hundred = HUNDREDS.get(w);
      if (hundred != null) {
        current = hundred == 100 && lastUnit >= 3 ? (current - lastUnit) + lastUnit * 100L : current + hundred;
        lastUnit = 0;
        return any = true;
      }
      int joined = joinedHundreds(w);
      if (joined > 0) {
        current += joined;
        lastUnit = 0;
        return any = true;
      }
      Long counted = any ? COUNTED_SCALES.get(w) : null;
      if (counted != null) { // "سبعين ألفا"
        total += current * counted;
        current = 0;
        lastUnit = 0;
        return true;
      }
      Long dual = SCALE_DUALS.get(w);
      if (dual != null) {
        total += dual;
        lastUnit = 0;
        return any = true;
      }
      Long scale = SCALES.get(w);
      if (scale != null) {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
        lastUnit = 0;
        return any = true;
      }
      return false;
    }
  }

  /** "ثلاثمئه", "خمسمايه", "تسعمئه": a unit joined to the hundred. */
  static int joinedHundreds(String w) {
    for (String h : List.of("ميه", "مايه")) {
      if (w.endsWith(h) && w.length() > h.length()) {
        Integer u = UNITS.get(w.substring(0, w.length() - h.length()));
        if (u != null && u >= 3 && u <= 9) {
          return u * 100;
        }
      }
    }
    return 0;
  }

  @Override
  public String dualSingular(String norm) {
    for (String p : List.of("", "و", "ب", "ل", "ال", "وال", "بال", "لل")) {
      if (!norm.startsWith(p)) {
        continue;
      }
      String w = norm.substring(p.length());
      String s = singularOfDual(w);
      if (s != null && (!AMBIGUOUS_DUALS.contains(s) || w.endsWith("ان"))) {
        return s; // the nominative dual ("مواطنان") never looks like a plural
      }
    }
    return null;
  }

  /** The singular whose dual {@code w} is, among the known nouns, or null. */
  static String singularOfDual(String w) {
    for (String suffix : List.of("ين", "ان", "تين", "تان")) {
      if (!w.endsWith(suffix) || w.length() <= suffix.length() + 1) {
        continue;
      }
      String stem = w.substring(0, w.length() - suffix.length());
      String singular = suffix.startsWith("ت") ? stem + "ه" : stem;
      if (DUAL_NOUNS.contains(singular) && (suffix.startsWith("ت") || !singular.endsWith("ه"))) {
        return singular;
      }
    }
    return null;
  }
}
