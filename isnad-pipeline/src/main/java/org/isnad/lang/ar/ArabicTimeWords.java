package org.isnad.lang.ar;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.isnad.lang.EndingFilter;
import org.isnad.lang.TimeWord;
import org.isnad.lang.TimeWord.Kind;
import org.isnad.lang.TimeWords;
import org.isnad.lang.WordHashFilter;

/**
 * Arabic words of dates, times and durations, folded with {@link ArabicNormalizer}. A word is looked
 * up as written, then without a leading conjunction ({@code و ف}), then also without a leading
 * preposition ({@code ب ل ك}; {@code لل} reads as {@code ال}), so {@code وبالأمس} is {@code الأمس}
 * and {@code للعام} is {@code العام}. Hijri month names come from ICU's Arabic Islamic-calendar
 * symbols plus the genitive and alternative spellings news uses ({@code ذي الحجة}, {@code ربيع
 * الآخر}). Immutable and thread-safe.
 */
final class ArabicTimeWords implements TimeWords {

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final String DEFINITE = "\u0627\u0644";

  /** word, kind, value, code. */
  private static final String[][] WORDS = {
    {"اليوم", "DAY", "0", ""}, {"امس", "DAY", "-1", ""}, {"الامس", "DAY", "-1", ""},
    {"البارحة", "DAY", "-1", ""}, {"غدا", "DAY", "1", ""}, {"غد", "DAY", "1", ""},
    {"الغد", "DAY", "1", ""}, {"الليلة", "DAY", "0", "NI"},
    {"الاثنين", "WEEKDAY", "1", ""}, {"الثلاثاء", "WEEKDAY", "2", ""},
    {"الاربعاء", "WEEKDAY", "3", ""}, {"الخميس", "WEEKDAY", "4", ""},
    {"الجمعة", "WEEKDAY", "5", ""}, {"السبت", "WEEKDAY", "6", ""}, {"الاحد", "WEEKDAY", "7", ""},
    {"صباح", "PART", "0", "MO"}, {"صباحا", "PART", "0", "MO"}, {"فجر", "PART", "0", "MO"},
    {"ظهر", "PART", "0", "AF"}, {"ظهيرة", "PART", "0", "AF"}, {"عصر", "PART", "0", "AF"},
    {"مساء", "PART", "0", "EV"}, {"مساءا", "PART", "0", "EV"}, {"ليل", "PART", "0", "NI"},
    {"ليلة", "PART", "0", "NI"}, {"ليلا", "PART", "0", "NI"},
    {"الماضي", "NEIGHBOUR", "0", "PAST"}, {"الماضية", "NEIGHBOUR", "0", "PAST"},
    {"الماضيين", "NEIGHBOUR", "0", "PAST"}, {"المنصرم", "NEIGHBOUR", "0", "PAST"},
    {"المنصرمة", "NEIGHBOUR", "0", "PAST"}, {"الفائت", "NEIGHBOUR", "0", "PAST"},
    {"الفائتة", "NEIGHBOUR", "0", "PAST"}, {"السابق", "NEIGHBOUR", "0", "PAST"},
    {"السابقة", "NEIGHBOUR", "0", "PAST"},
    {"المقبل", "NEIGHBOUR", "0", "NEXT"}, {"المقبلة", "NEIGHBOUR", "0", "NEXT"},
    {"القادم", "NEIGHBOUR", "0", "NEXT"}, {"القادمة", "NEIGHBOUR", "0", "NEXT"},
    {"المقبلين", "NEIGHBOUR", "0", "NEXT"}, {"القادمين", "NEIGHBOUR", "0", "NEXT"},
    {"التالي", "NEIGHBOUR", "0", "NEXT"}, {"التالية", "NEIGHBOUR", "0", "NEXT"},
    {"اللاحق", "NEIGHBOUR", "0", "NEXT"}, {"اللاحقة", "NEIGHBOUR", "0", "NEXT"},
    {"الجاري", "NEIGHBOUR", "0", "CURRENT"}, {"الجارية", "NEIGHBOUR", "0", "CURRENT"},
    {"الحالي", "NEIGHBOUR", "0", "CURRENT"}, {"الحالية", "NEIGHBOUR", "0", "CURRENT"},
    {"هذا", "THIS", "0", ""}, {"هذه", "THIS", "0", ""},
    {"قبل", "PREP", "0", "BEFORE"}, {"بعد", "PREP", "0", "AFTER"}, {"منذ", "PREP", "0", "SINCE"},
    {"مذ", "PREP", "0", "SINCE"}, {"خلال", "PREP", "0", "DURING"}, {"طوال", "PREP", "0", "DURING"},
    {"طيلة", "PREP", "0", "DURING"}, {"لمدة", "PREP", "0", "DURING"},
    {"اكثر", "QUANT", "0", "MORE_THAN"}, {"ازيد", "QUANT", "0", "MORE_THAN"},
    {"اقل", "QUANT", "0", "LESS_THAN"}, {"نحو", "QUANT", "0", "APPROX"},
    {"حوالي", "QUANT", "0", "APPROX"}, {"قرابة", "QUANT", "0", "APPROX"},
    {"زهاء", "QUANT", "0", "APPROX"},
    {"اوائل", "PHASE", "0", "START"}, {"مطلع", "PHASE", "0", "START"},
    {"بداية", "PHASE", "0", "START"}, {"اواسط", "PHASE", "0", "MID"},
    {"منتصف", "PHASE", "0", "MID"}, {"اواخر", "PHASE", "0", "END"}, {"نهاية", "PHASE", "0", "END"},
    {"الصيف", "SEASON", "0", "SU"}, {"صيف", "SEASON", "0", "SU"}, {"صيفا", "SEASON", "0", "SU"},
    {"الشتاء", "SEASON", "0", "WI"}, {"شتاء", "SEASON", "0", "WI"}, {"شتاءا", "SEASON", "0", "WI"},
    {"الربيع", "SEASON", "0", "SP"}, {"ربيعا", "SEASON", "0", "SP"},
    {"الخريف", "SEASON", "0", "FA"}, {"خريفا", "SEASON", "0", "FA"},
    {"العشرينيات", "DECADE", "2", ""}, {"الثلاثينيات", "DECADE", "3", ""},
    {"الاربعينيات", "DECADE", "4", ""}, {"الخمسينيات", "DECADE", "5", ""},
    {"الستينيات", "DECADE", "6", ""}, {"السبعينيات", "DECADE", "7", ""},
    {"الثمانينيات", "DECADE", "8", ""}, {"التسعينيات", "DECADE", "9", ""},
    {"العشرينات", "DECADE", "2", ""}, {"الثلاثينات", "DECADE", "3", ""},
    {"الاربعينات", "DECADE", "4", ""}, {"الخمسينات", "DECADE", "5", ""},
    {"الستينات", "DECADE", "6", ""}, {"السبعينات", "DECADE", "7", ""},
    {"الثمانينات", "DECADE", "8", ""}, {"التسعينات", "DECADE", "9", ""},
    {"الاول", "ORDINAL", "1", ""}, {"اول", "ORDINAL", "1", ""}, {"الحادي", "ORDINAL", "1", ""}, {"الثاني", "ORDINAL", "2", ""},
    {"الثالث", "ORDINAL", "3", ""}, {"الرابع", "ORDINAL", "4", ""}, {"الخامس", "ORDINAL", "5", ""},
    {"السادس", "ORDINAL", "6", ""}, {"السابع", "ORDINAL", "7", ""}, {"الثامن", "ORDINAL", "8", ""},
    {"التاسع", "ORDINAL", "9", ""}, {"العاشر", "ORDINAL", "10", ""},
    {"العشرين", "ORDINAL", "20", ""}, {"والعشرين", "ORDINAL", "20", ""}, {"عشر", "TEEN", "10", ""},
    {"مؤخرا", "REF", "0", "PAST_REF"}, {"سابقا", "REF", "0", "PAST_REF"},
    {"انذاك", "REF", "0", "PAST_REF"}, {"حينذاك", "REF", "0", "PAST_REF"},
    {"الان", "REF", "0", "PRESENT_REF"}, {"حاليا", "REF", "0", "PRESENT_REF"},
    {"راهنا", "REF", "0", "PRESENT_REF"}, {"مستقبلا", "REF", "0", "FUTURE_REF"},
    {"قريبا", "REF", "0", "FUTURE_REF"}, {"لاحقا", "REF", "0", "FUTURE_REF"},
    {"م", "ERA", "0", "AD"}, {"ميلادي", "ERA", "0", "AD"}, {"ميلادية", "ERA", "0", "AD"},
    {"الميلاد", "ERA", "0", "AD"}, {"ه", "ERA", "0", "AH"}, {"هجري", "ERA", "0", "AH"},
    {"هجرية", "ERA", "0", "AH"}, {"الهجرة", "ERA", "0", "AH"},
    {"يوميا", "SET", "1", "D"}, {"اليومية", "SET", "1", "D"}, {"اليومي", "SET", "1", "D"},
    {"اسبوعيا", "SET", "1", "W"}, {"شهريا", "SET", "1", "M"}, {"سنويا", "SET", "1", "Y"},
    {"كل", "EVERY", "0", ""}, {"الموافق", "SAME_DAY", "0", ""}, {"والموافق", "SAME_DAY", "0", ""},
    {"بين", "RANGE_FROM", "0", ""}, {"من", "RANGE_FROM", "0", ""},
    {"و", "RANGE_TO", "0", ""}, {"الى", "RANGE_TO", "0", ""}, {"حتى", "RANGE_TO", "0", ""},
    {"لغاية", "RANGE_TO", "0", ""},
  };

  /**
   * Unit nouns: singular, accusative singular, dual (two forms), plurals; by unit code. A singular
   * marked {@code *} is not a length by itself ("عام" is also "general", "سنة" "Sunni", "عقد"
   * "contract", "دقيقة" "precise").
   */
  private static final String[][] UNITS = {
    {"D", "يوم", "يوما", "يومين", "يومان", "ايام"},
    {"W", "اسبوع", "اسبوعا", "اسبوعين", "اسبوعان", "اسابيع"},
    {"M", "شهر", "شهرا", "شهرين", "شهران", "اشهر", "شهور"},
    {"Y", "عام*", "عاما", "عامين", "عامان", "اعوام", "اعواما"},
    {"Y", "سنة*", "سنة*", "سنتين", "سنتان", "سنوات", "سنين"},
    {"DE", "عقد*", "عقدا", "عقدين", "عقدان", "عقود"},
    {"CE", "قرن", "قرنا", "قرنين", "قرنان", "قرون"},
    {"H", "ساعة", "ساعة", "ساعتين", "ساعتان", "ساعات"},
    {"MI", "دقيقة*", "دقيقة*", "دقيقتين", "دقيقتان", "دقائق"},
  };

  /** Spellings of Hijri months besides ICU's. */
  private static final String[][] HIJRI_VARIANTS = {
    {"ربيع الاول", "3"}, {"ربيع الثاني", "4"}, {"ربيع الاخر", "4"}, {"جمادى الاولى", "5"},
    {"جمادى الاول", "5"}, {"جمادى الثانية", "6"}, {"جمادى الاخرة", "6"}, {"جمادى الاخر", "6"},
    {"ذو القعدة", "11"}, {"ذي القعدة", "11"}, {"ذو الحجة", "12"}, {"ذي الحجة", "12"},
  };

  private final Map<String, TimeWord> words = new HashMap<>();
  private final Map<String, Integer> hijri = new HashMap<>();
  private final java.util.Set<String> hijriFirstWords = new java.util.HashSet<>();
  /** Rejects, before any look-up, the words that end no time word (most words of a text). */
  private final EndingFilter endings;
  /** Rejects by hash code the words that are no written form {@link #lookup} can find (see {@link #surfaces}). */
  private final WordHashFilter surfaces;
  private final WordHashFilter hijriHashes;
  /** The written forms {@link #surfaces} gave for the lexicon. */
  private final java.util.List<String> surfaceForms;

  ArabicTimeWords() {
    for (String[] w : WORDS) {
      put(w[0], new TimeWord(Kind.valueOf(w[1]), Integer.parseInt(w[2]), w[3], false));
    }
    for (String[] u : UNITS) {
      addUnit(u);
    }
    String[] icu = new DateFormatSymbols(IslamicCalendar.class, new ULocale("ar")).getMonths();
    for (int m = 0; m < icu.length; m++) {
      hijri.put(fold(icu[m]), m + 1);
    }
    for (String[] v : HIJRI_VARIANTS) {
      hijri.put(fold(v[0]), Integer.parseInt(v[1]));
    }
    hijri.keySet().forEach(k -> hijriFirstWords.add(k.split(" ")[0]));
    endings = new EndingFilter(words.keySet(), 3);
    surfaceForms = java.util.List.copyOf(surfaces(words.keySet()));
    surfaces = new WordHashFilter(surfaceForms);
    hijriHashes = new WordHashFilter(hijriFirstWords);
  }

  private void addUnit(String[] u) {
    int[] counts = {1, 1, 2, 2, 0, 0, 0};
    for (int i = 1; i < u.length; i++) {
      boolean ambiguous = u[i].endsWith("*");
      String word = ambiguous ? u[i].substring(0, u[i].length() - 1) : u[i];
      int count = ambiguous ? -1 : counts[i - 1];
      words.putIfAbsent(fold(word), new TimeWord(Kind.UNIT, count, u[0], false));
      words.putIfAbsent(fold(DEFINITE + word), new TimeWord(Kind.UNIT, Math.abs(count), u[0], true));
    }
  }

  private void put(String word, TimeWord w) {
    words.put(fold(word), w);
  }

  private static String fold(String s) {
    return ArabicNormalizer.INSTANCE.fold(s);
  }

  @Override
  public Optional<TimeWord> word(String normalized) {
    String found = lookup(normalized);
    return found == null ? Optional.empty() : Optional.of(words.get(found));
  }

  @Override
  public int clitics(String normalized) {
    String found = lookup(normalized);
    if (found == null) {
      return 0;
    }
    int dropped = normalized.length() - found.length();
    // "للعام" is found as "العام": the preposition's lam replaced the article's alef
    return normalized.startsWith("\u0644\u0644", dropped) ? dropped + 1 : dropped;
  }

  /**
   * Every written form under which {@link #lookup} finds a key, and some more: the key, after a
   * preposition (ب ل ك), "لل" for the article's "ال", each of these after و or ف.
   */
  private static java.util.List<String> surfaces(java.util.Set<String> keys) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String k : keys) {
      java.util.List<String> bases = new java.util.ArrayList<>(java.util.List.of(k, BEH + k, LAM + k, KAF + k));
      if (k.startsWith("\u0627\u0644")) {
        bases.add(LAM + k.substring(1));
      }
      for (String b : bases) {
        out.add(b);
        out.add(WAW + b);
        out.add(FEH + b);
      }
    }
    return out;
  }

  /** Every written form under which {@link #word} may find a word (and some more). */
  java.util.List<String> surfaceForms() {
    return surfaceForms;
  }

  /** The first words of the Hijri month names. */
  java.util.Set<String> hijriFirstWords() {
    return java.util.Collections.unmodifiableSet(hijriFirstWords);
  }

  /** The lexicon key a word is found under, or null. */
  private String lookup(String normalized) {
    if (!surfaces.mayContain(normalized) || !endings.mayMatch(normalized)) {
      return null;
    }
    if (words.containsKey(normalized)) {
      return normalized;
    }
    if (normalized.length() < 3) {
      return null;
    }
    String rest = normalized;
    if (rest.charAt(0) == WAW || rest.charAt(0) == FEH) {
      rest = rest.substring(1);
      if (words.containsKey(rest)) {
        return rest;
      }
    }
    if (rest.length() > 2 && isPreposition(rest.charAt(0))) {
      rest = rest.charAt(0) == LAM && rest.charAt(1) == LAM ? "\u0627" + rest.substring(1) : rest.substring(1);
      return words.containsKey(rest) ? rest : null;
    }
    return null;
  }

  private static boolean isPreposition(char c) {
    return c == BEH || c == LAM || c == KAF;
  }

  @Override
  public boolean mayStartHijriMonth(String normalizedWord) {
    return hijriHashes.mayContain(normalizedWord) && hijriFirstWords.contains(normalizedWord);
  }

  @Override
  public OptionalInt hijriMonth(String normalized) {
    Integer m = hijri.get(normalized);
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }
}
