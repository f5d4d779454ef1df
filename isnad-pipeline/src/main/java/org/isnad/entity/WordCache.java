package org.isnad.entity;

import java.util.Arrays;

/**
 * One thread's cache of word scores for {@link NerTagger}: folded word to entry by open addressing
 * over primitive arrays, and per entry the word's own tag scores, the scores it gives a neighbour in
 * each role, and the hash of its form. Not thread-safe: one per thread.
 */
final class WordCache implements NerTagger.WordFlags {

  /** The most words held; the tagger clears the cache before it would overflow. */
  static final int MAX_WORDS = 1 << 16;

  /** Slots to start with; the table doubles while it is more than half full, so it stays small. */
  private static final int FIRST_CAPACITY = 1 << 12;

  private final int stride;
  private String[] slotWords = new String[FIRST_CAPACITY];
  /** Per slot, the word's {@code hashCode} in the high half and its entry in the low half. */
  private long[] slotCodes = new long[FIRST_CAPACITY];
  private float[] scores;
  private long[] normHashes = new long[1024];
  private boolean[] words = new boolean[1024];
  /** Per entry, what other stages of the same thread remember of the word ({@link #flags}); 0 when added. */
  private int[] flags = new int[1024];
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
    int h = word.hashCode();
    int mask = slotWords.length - 1;
    for (int s = slot(h, mask); slotWords[s] != null; s = (s + 1) & mask) {
      long code = slotCodes[s];
      if ((int) (code >>> 32) == h) {
        String held = slotWords[s];
        if (held == word) {
          return (int) code;
        }
        if (held.equals(word)) {
          // keep the caller's copy: the text stage shares one string per recent word, so the next
          // look-ups of this word find it by reference, without comparing the letters
          slotWords[s] = word;
          return (int) code;
        }
      }
    }
    return -1;
  }

  /**
   * Reads the slot where the look-up of each of the first {@code len} words starts, and returns a
   * number made of what it read (for the caller to keep, so the reads are not dropped). Done for a
   * sentence's words before {@link #find} is asked about each: the table is larger than the
   * processor's caches, and this short loop has the reads of many words in flight at once, where
   * {@link #find} waited on each word's slot in turn. Changes nothing.
   */
  int readAhead(String[] words, int len) {
    String[] held = slotWords;
    long[] codes = slotCodes;
    int mask = held.length - 1;
    int sum = 0;
    for (int i = 0; i < len; i++) {
      int s = slot(words[i].hashCode(), mask);
      sum += (int) codes[s] + (held[s] == null ? 1 : 0);
    }
    return sum;
  }

  /** Adds a word not yet held, with zero scores, and returns its entry. */
  int add(String word, long normHash) {
    return add(word, normHash, true);
  }

  /**
   * Adds an entry as {@link #add(String, long)}; {@code isWord} false marks a token the tagger
   * does not see (punctuation), when the cache is keyed by corpus tokens.
   */
  int add(String word, long normHash, boolean isWord) {
    if (2 * (size + 1) > slotWords.length) {
      rehash(2 * slotWords.length);
    }
    int e = size++;
    if (e == normHashes.length) {
      grow();
    }
    put(word, e);
    normHashes[e] = normHash;
    flags[e] = 0;
    words[e] = isWord;
    Arrays.fill(scores, e * stride, (e + 1) * stride, 0f);
    return e;
  }

  /** The entry arrays grow by doubling, up to {@link #MAX_WORDS}. */
  private void grow() {
    int cap = Math.min(MAX_WORDS, normHashes.length * 2);
    normHashes = Arrays.copyOf(normHashes, cap);
    words = Arrays.copyOf(words, cap);
    flags = Arrays.copyOf(flags, cap);
    scores = Arrays.copyOf(scores, cap * stride);
  }

  private void put(String word, int entry) {
    int h = word.hashCode();
    int mask = slotWords.length - 1;
    int s = slot(h, mask);
    while (slotWords[s] != null) {
      s = (s + 1) & mask;
    }
    slotWords[s] = word;
    slotCodes[s] = (long) h << 32 | entry;
  }

  private void rehash(int capacity) {
    String[] words = slotWords;
    long[] codes = slotCodes;
    slotWords = new String[capacity];
    slotCodes = new long[capacity];
    for (int s = 0; s < words.length; s++) {
      if (words[s] != null) {
        put(words[s], (int) codes[s]);
      }
    }
  }

  private static int slot(int hashCode, int mask) {
    int x = hashCode * 0x9E3779B9;
    return (x ^ x >>> 15) & mask;
  }

  void clear() {
    slotWords = new String[FIRST_CAPACITY];
    slotCodes = new long[FIRST_CAPACITY];
    size = 0;
  }

  /** The scores of all entries; an entry's start at {@link #offset}. */
  float[] scores() {
    return scores;
  }

  int offset(int entry) {
    return entry * stride;
  }

  /**
   * Bits a caller keeps about an entry's word, which depend on the word alone (0 when the entry is
   * added, and lost with it when the cache is cleared).
   */
  @Override
  public int flags(int entry) {
    return flags[entry];
  }

  @Override
  public void setFlags(int entry, int value) {
    flags[entry] = value;
  }

  long normHash(int entry) {
    return normHashes[entry];
  }

  /** Whether the entry is a word the tagger sees (false for punctuation tokens). */
  boolean isWord(int entry) {
    return words[entry];
  }
}
