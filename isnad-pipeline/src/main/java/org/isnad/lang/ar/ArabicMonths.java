package org.isnad.lang.ar;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.isnad.lang.MonthNames;
import org.isnad.lang.WordHashFilter;

/**
 * Arabic Gregorian month names in all the sets Arabic news uses, taken from ICU's locale data:
 * Egyptian and Gulf ({@code يناير}), Levantine and Iraqi ({@code كانون الثاني}), Moroccan ({@code
 * يوليوز}) and Algerian-Tunisian ({@code جانفي}), plus common spelling variants. Keys are folded
 * with {@link ArabicNormalizer}.
 */
final class ArabicMonths implements MonthNames {

  private static final String[] LOCALES = {"ar", "ar_SY", "ar_MA", "ar_DZ"};
  private static final String[][] VARIANTS = {
    {"يوليه", "7"}, {"ابريل", "4"}, {"إبريل", "4"}, {"اغسطس", "8"}, {"أغسطس", "8"}, {"مايس", "5"},
    {"كانون ثاني", "1"}, {"كانون اول", "12"}, {"تشرين اول", "10"}, {"تشرين ثاني", "11"},
    // the defective ending dropped: "في يناير / كانون ثان الماضي"
    {"كانون ثان", "1"}, {"تشرين ثان", "11"},
  };

  private final Map<String, Integer> byName = new HashMap<>();
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private final int maxWords;
  /** Rejects, before the look-up, the words that are no first word of a month name. */
  private final WordHashFilter firstHashes;

  ArabicMonths() {
    for (String locale : LOCALES) {
      String[] names = new DateFormatSymbols(new ULocale(locale)).getMonths();
      for (int m = 0; m < 12; m++) {
        byName.put(ArabicNormalizer.INSTANCE.fold(names[m]), m + 1);
      }
    }
    for (String[] v : VARIANTS) {
      byName.put(ArabicNormalizer.INSTANCE.fold(v[0]), Integer.parseInt(v[1]));
    }
    byName.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
    firstHashes = new WordHashFilter(firstWords);
    maxWords = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** The first words of the month names. */
  java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(firstWords);
  }

  @Override
  public OptionalInt month(String normalized) {
    Integer m = byName.get(normalized);
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  @Override
  public boolean mayStart(String normalizedWord) {
    return firstHashes.mayContain(normalizedWord) && firstWords.contains(normalizedWord);
  }

  @Override
  public int maxWords() {
    return maxWords;
  }
}
