package org.isnad.text;

/**
 * Remembers the strings of recent word forms and their keys, so that the text stage copies and
 * stems each distinct form once rather than at every occurrence (news text repeats most of its
 * words). An open-addressing table looked up by the chars themselves, without allocating; cleared
 * when full, so its size is bounded.
 *
 * <p>Not thread-safe: confined to one thread (see {@link IcuTextAnalyzer}).
 */
final class TokenCache {

  private static final int BITS = 15;
  private static final int CAPACITY = 1 << BITS;
  private static final int MAX_FILL = CAPACITY / 2;
  private static final int MAX_WORD = 32;

  private final String[] forms = new String[CAPACITY];
  private final String[] keys = new String[CAPACITY];
  /** The hash of each slot's form: most probes of other forms end at this compare, not at the chars. */
  private final int[] hashes = new int[CAPACITY];
  private int size;
  /** The hash of the text last asked for, kept for {@link #put}. */
  private int lastHash;

  /** The cached slot of {@code text[start, end)}, or the free slot where it belongs; -1 if too long. */
  int slot(String text, int start, int end) {
    if (end - start > MAX_WORD) {
      return -1;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    lastHash = h;
    // Fibonacci hashing: the plain string hash of short Arabic words falls in a few dense runs,
    // which linear probing turns into long chains; the multiply spreads them over the table.
    int i = (h * 0x9E3779B9) >>> (32 - BITS);
    while (forms[i] != null && !(hashes[i] == h && same(forms[i], text, start, end))) {
      i = (i + 1) & (CAPACITY - 1);
    }
    return i;
  }

  String form(int slot) {
    return forms[slot];
  }

  String key(int slot) {
    return keys[slot];
  }

  /** Caches {@code form} and its key in {@code slot}, the free slot the last {@link #slot} call gave. */
  void put(int slot, String form, String key) {
    if (size >= MAX_FILL) {
      java.util.Arrays.fill(forms, null);
      java.util.Arrays.fill(keys, null);
      size = 0;
      return;
    }
    forms[slot] = form;
    keys[slot] = key;
    hashes[slot] = lastHash;
    size++;
  }

  private static boolean same(String s, String text, int start, int end) {
    return s.length() == end - start && text.regionMatches(start, s, 0, s.length());
  }
}
