package org.isnad.entity;

/**
 * The weights of the word-pair features of a model, laid out for tagging: one entry per pair, by
 * open addressing, holding the pair's hash and, next to it, the weights the pair gives its second
 * word and those it gives its first word (the features {@code h} and {@code h ^ 1} of {@link
 * NerFeatures#pairFeature}), so that a pair costs one probe of one place in memory for both words
 * instead of two look-ups each reading an index and a weight row. A bit set of the hashes' high
 * bits, small enough to stay in the processor's cache, answers most look-ups of unknown pairs
 * (most pairs of new text) before the table is touched. Immutable and thread-safe.
 */
final class PairWeights {

  private final int tags;
  /** Floats per slot: the hash as two ints, then the second word's and the first word's weights. */
  private final int stride;
  private final int[] slots;
  private final int mask;
  private final long[] filter;
  private final int filterShift;
  private final int size;

  /**
   * @param hashes feature hashes of word pairs ({@link NerFeatures#isPair}); both sides of a pair
   *     may or may not be present
   * @param rows the row of each hash in {@code weights}
   * @param weights row-major weights, {@code tags} per row
   */
  PairWeights(long[] hashes, int[] rows, float[] weights, int tags) {
    this.tags = tags;
    this.stride = 2 + 2 * tags;
    java.util.Set<Long> pairs = new java.util.HashSet<>();
    for (long h : hashes) {
      pairs.add(h & ~1L);
    }
    this.size = pairs.size();
    int capacity = Integer.highestOneBit(Math.max(2, size * 4 / 3)) * 2;
    this.mask = capacity - 1;
    this.slots = new int[capacity * stride];
    boolean[] used = new boolean[capacity];
    int filterBits = Math.max(6, 64 - Long.numberOfLeadingZeros(Math.max(1, size) * 16L - 1));
    this.filter = new long[1 << (filterBits - 6)];
    this.filterShift = 64 - filterBits;
    for (int i = 0; i < hashes.length; i++) {
      long key = hashes[i] & ~1L;
      int s = slot(key);
      while (used[s] && key(s) != key) {
        s = (s + 1) & mask;
      }
      if (!used[s]) {
        used[s] = true;
        slots[s * stride] = (int) key;
        slots[s * stride + 1] = (int) (key >>> 32);
        int bit = filterBit(key);
        filter[bit >>> 6] |= 1L << bit;
      }
      int at = s * stride + 2 + ((hashes[i] & 1) == 0 ? 0 : tags);
      for (int k = 0; k < tags; k++) {
        slots[at + k] = Float.floatToRawIntBits(weights[rows[i] * tags + k]);
      }
    }
    // empty slots hold the key 0, which no pair has (its highest bit is set)
  }

  private long key(int s) {
    return slots[s * stride] & 0xFFFFFFFFL | (long) slots[s * stride + 1] << 32;
  }

  private int slot(long key) {
    long g = key >>> 1;
    return (int) (g ^ (g >>> 29)) & mask;
  }

  /** The filter's bit of a key, from the bits below the highest (which every pair has). */
  private int filterBit(long key) {
    return (int) ((key << 1) >>> filterShift);
  }

  int size() {
    return size;
  }

  /**
   * The slots of {@code count} pairs ({@link NerFeatures#pairFeature}, lowest bit clear), -1 for an
   * unknown pair, into {@code into}; for {@link #add(int, float[], int, int)}. The pairs are looked
   * up in passes (every filter bit, then every candidate's slot) rather than one after the other, so
   * that the memory reads of different pairs overlap: the filter and the table are too large for
   * the processor's caches, and reading them one pair at a time left it waiting on each.
   */
  void slots(long[] keys, int count, int[] into) {
    for (int p = 0; p < count; p++) {
      int bit = filterBit(keys[p]);
      into[p] = (filter[bit >>> 6] & (1L << bit)) == 0 ? -1 : slot(keys[p]);
    }
    int[] t = slots;
    for (int p = 0; p < count; p++) {
      int s = into[p];
      if (s < 0) {
        continue;
      }
      long key = keys[p];
      int lo = (int) key;
      int hi = (int) (key >>> 32);
      for (; ; s = (s + 1) & mask) {
        int at = s * stride;
        int khi = t[at + 1];
        if (khi == hi && t[at] == lo) {
          into[p] = s;
          break;
        }
        if (khi == 0) {
          into[p] = -1; // an empty slot: every pair's hash has its highest bit set
          break;
        }
      }
    }
  }

  /**
   * Adds the weights of the pair in slot {@code s} ({@link #slots}; nothing when it is -1) as
   * {@link #add(long, float[], int, int)} does.
   */
  void add(int s, float[] scores, int first, int second) {
    if (s < 0) {
      return;
    }
    int[] t = slots;
    int at = s * stride;
    int n = tags;
    if (second >= 0) {
      for (int k = 0; k < n; k++) {
        scores[second + k] += Float.intBitsToFloat(t[at + 2 + k]);
      }
    }
    if (first >= 0) {
      for (int k = 0; k < n; k++) {
        scores[first + k] += Float.intBitsToFloat(t[at + 2 + n + k]);
      }
    }
  }

  /**
   * Adds the weights of the pair {@code key} ({@link NerFeatures#pairFeature}, lowest bit clear):
   * the second word's to {@code scores} at {@code second} (when it is at least 0) and the first
   * word's at {@code first} (when it is at least 0). An unknown pair adds nothing.
   */
  void add(long key, float[] scores, int first, int second) {
    int bit = filterBit(key);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return;
    }
    int[] t = slots;
    int lo = (int) key;
    int hi = (int) (key >>> 32);
    for (int s = slot(key); ; s = (s + 1) & mask) {
      int at = s * stride;
      int khi = t[at + 1];
      if (khi == hi && t[at] == lo) {
        add(s, scores, first, second);
        return;
      }
      if (khi == 0) {
        return; // an empty slot: every pair's hash has its highest bit set
      }
    }
  }
}
