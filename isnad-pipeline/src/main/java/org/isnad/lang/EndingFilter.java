package org.isnad.lang;

/**
 * A 4 KB bit filter over the endings of a set of words: it answers "no" for most words that neither
 * are one of them nor end with one after proclitics are removed, without touching the (much larger)
 * table of the words themselves. Look-ups that strip prefixes (و, ف, ب, ل, ال) keep a word's ending,
 * so a word whose ending has no bit is found by no such look-up. Answers "maybe" for every word of
 * the set and for every word that ends with one; sometimes for others (a false positive only costs
 * the look-up it was meant to save).
 *
 * <p>Immutable and thread-safe.
 */
public final class EndingFilter {

  private static final int BITS = 1 << 15;

  private final long[] bits = new long[BITS >>> 6];
  private final int letters;
  /** Bit {@code n} set when some word is shorter than {@link #letters}, with {@code n} letters. */
  private int shortLengths;

  /**
   * @param words the words to admit
   * @param letters how many final letters are compared (fewer for shorter words)
   */
  public EndingFilter(Iterable<String> words, int letters) {
    if (letters < 1 || letters > 30) {
      throw new IllegalArgumentException("letters must be in [1, 30]: " + letters);
    }
    this.letters = letters;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int n = Math.min(letters, w.length());
      if (n < letters) {
        shortLengths |= 1 << n;
      }
      int b = bit(w, n);
      bits[b >>> 6] |= 1L << b;
    }
  }

  /** False when no word of the set is {@code word} or one of its endings. */
  public boolean mayMatch(String word) {
    int len = word.length();
    if (len >= letters && has(bit(word, letters))) {
      return true;
    }
    for (int n = Math.min(len, letters - 1); n >= 1; n--) {
      if ((shortLengths & 1 << n) != 0 && has(bit(word, n))) {
        return true;
      }
    }
    return false;
  }

  private boolean has(int b) {
    return (bits[b >>> 6] & 1L << b) != 0;
  }

  /** The bit of the last {@code n} letters of {@code w}. */
  private static int bit(String w, int n) {
    int h = n;
    for (int i = w.length() - n; i < w.length(); i++) {
      h = 31 * h + w.charAt(i);
    }
    h *= 0x9E3779B9;
    return (h ^ h >>> 17) & (BITS - 1);
  }
}
