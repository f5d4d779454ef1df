package org.isnad.entity;

import java.util.Arrays;

/**
 * One thread's cache of word scores for {@link NerTagger}: folded word to entry by open addressing
 * over primitive arrays, and per entry the word's own tag scores, the scores it gives a neighbour in
 * each role, and the hashes of its form and key. Not thread-safe: one per thread.
 */
final class WordCache {

  /** The most words held; the tagger clears the cache before it would overflow. */
  static final int MAX_WORDS = 1 << 16;

  private static final int CAPACITY = MAX_WORDS * 2;

  private final int stride;
  private final String[] slotWords = new String[CAPACITY];
  private final int[] slotEntries = new int[CAPACITY];
  private float[] scores;
  private long[] normHashes = new long[1024];
  private long[] keyHashes = new long[1024];
  private int size;

  WordCache(int tags) {
    this.stride = stride(tags);
    this.scores = new float[normHashes.length * stride];
  }

  /** Floats per entry: the word's own scores and those of each neighbour role. */
  static int stride(int tags) {
    return tags * (1 + NerFeatures.ROLES);
  }

  int size() {
    return size;
  }

  /** The entry of a word, or -1. */
  int find(String word) {
    int mask = CAPACITY - 1;
    for (int s = slot(word); slotWords[s] != null; s = (s + 1) & mask) {
      if (slotWords[s].equals(word)) {
        return slotEntries[s];
      }
    }
    return -1;
  }

  /** Adds a word not yet held, with zero scores, and returns its entry. */
  int add(String word, long normHash, long keyHash) {
    int mask = CAPACITY - 1;
    int s = slot(word);
    while (slotWords[s] != null) {
      s = (s + 1) & mask;
    }
    int e = size++;
    if (e == normHashes.length) {
      grow();
    }
    slotWords[s] = word;
    slotEntries[s] = e;
    normHashes[e] = normHash;
    keyHashes[e] = keyHash;
    Arrays.fill(scores, e * stride, (e + 1) * stride, 0f);
    return e;
  }

  /** The entry arrays grow by doubling, up to {@link #MAX_WORDS}. */
  private void grow() {
    int cap = Math.min(MAX_WORDS, normHashes.length * 2);
    normHashes = Arrays.copyOf(normHashes, cap);
    keyHashes = Arrays.copyOf(keyHashes, cap);
    scores = Arrays.copyOf(scores, cap * stride);
  }

  private static int slot(String word) {
    return (word.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(CAPACITY));
  }

  void clear() {
    Arrays.fill(slotWords, null);
    size = 0;
  }

  /** The scores of all entries; an entry's start at {@link #offset}. */
  float[] scores() {
    return scores;
  }

  int offset(int entry) {
    return entry * stride;
  }

  long normHash(int entry) {
    return normHashes[entry];
  }

  long keyHash(int entry) {
    return keyHashes[entry];
  }
}
