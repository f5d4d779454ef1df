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
    return key(word, 0, word.length());
  }

  @Override
  public String key(CharSequence w, int start, int end) {
    if (start == end || !isArabicLetter(w.charAt(start))) {
      return w.subSequence(start, end).toString();
    }
    int s = prefixEnd(w, start, end);
    int e = suffixStart(w, s, end);
    return w.subSequence(s, e).toString();
  }

  /** Where the stem starts after one proclitic, if any. */
  static int prefixEnd(CharSequence w, int start, int end) {
    for (String p : PREFIXES) {
      if (end - start - p.length() >= MIN_STEM && regionMatches(w, start, p)) {
        return start + p.length();
      }
    }
    if (w.charAt(start) == ArabicNormalizer.WAW && end - start - 1 >= 3) {
      return start + 1;
    }
    return start;
  }

  /** Where the stem ends after the suffixes, each stripped once, in order. */
  static int suffixStart(CharSequence w, int start, int end) {
    int e = end;
    for (String suffix : SUFFIXES) {
      if (e - start - suffix.length() >= MIN_STEM && regionMatches(w, e - suffix.length(), suffix)) {
        e -= suffix.length();
      }
    }
    return e;
  }

  private static boolean regionMatches(CharSequence w, int at, String affix) {
    for (int i = 0; i < affix.length(); i++) {
      if (w.charAt(at + i) != affix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
  }
}
