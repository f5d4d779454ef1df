package org.isnad.lang;

/**
 * A 32 KB bit filter over the hash codes of a set of words: it answers "no" for most words outside
 * the set with one bit test on the word's (cached) {@link String#hashCode}, before an exact look-up
 * in the set. Unlike {@link EndingFilter} it admits no word beyond the set's own (no endings), and
 * its false positives are spread evenly rather than over the common endings of the language.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordHashFilter {

  private static final int BITS = 1 << 18;

  private final long[] bits = new long[BITS >>> 6];

  /** @param words the words to admit */
  public WordHashFilter(Iterable<String> words) {
    for (String w : words) {
      int b = bit(w);
      bits[b >>> 6] |= 1L << b;
    }
  }

  /** False when {@code word} is not in the set. */
  public boolean mayContain(String word) {
    int b = bit(word);
    return (bits[b >>> 6] & 1L << b) != 0;
  }

  private static int bit(String w) {
    int h = w.hashCode() * 0x9E3779B9;
    return (h ^ h >>> 14) & (BITS - 1);
  }
}
