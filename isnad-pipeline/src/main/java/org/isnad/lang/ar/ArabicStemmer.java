package org.isnad.lang.ar;

import org.isnad.text.Stemmer;

/**
 * The matching key of a normalised Arabic word, by light stemming in the manner of Larkey,
 * Ballesteros and Connell's "light10" (2007), the stemmer Lucene's Arabic analysis follows: strip
 * one proclitic conjunction-plus-article ({@code وال بال كال فال لل ال}, or a bare {@code و}), then
 * suffixes ({@code ها ان ات ون ين يه ه ي}), each only while the stem keeps at least two letters (three
 * for the bare {@code و}). Input is folded by {@link ArabicNormalizer}, so {@code ة} is already {@code
 * ه}. Words of other scripts are returned unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicStemmer implements Stemmer {

  /** The shared instance. */
  public static final ArabicStemmer INSTANCE = new ArabicStemmer();

  private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
  private static final String[] SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"};
  private static final int MIN_STEM = 2;

  private ArabicStemmer() {}

  @Override
  public String key(String word) {
    if (word.isEmpty() || !isArabicLetter(word.charAt(0))) {
      return word;
    }
    return stripSuffixes(stripPrefix(word));
  }

  static String stripPrefix(String w) {
    for (String p : PREFIXES) {
      if (w.startsWith(p) && w.length() - p.length() >= MIN_STEM) {
        return w.substring(p.length());
      }
    }
    if (w.charAt(0) == ArabicNormalizer.WAW && w.length() - 1 >= 3) {
      return w.substring(1);
    }
    return w;
  }

  static String stripSuffixes(String w) {
    String s = w;
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_STEM) {
        s = s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
  }
}
