package org.isnad.entity;

import java.util.Collection;

/**
 * A set of folded words asked about the end of a word from one of its letters ({@code
 * w.substring(from)}), or about the word without its clitics ({@link NerFeatures#withoutClitics}),
 * without cutting that string: an open-addressing table compared by hash code, then by the letters
 * in place. Immutable and thread-safe.
 */
final class WordSet {

  private final String[] words;
  private final int[] hashes;
  private final int mask;

  WordSet(Collection<String> members) {
    int capacity = Integer.highestOneBit(Math.max(4, members.size() * 3)) * 2;
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    for (String w : members) {
      int h = w.hashCode();
      int s = slot(h);
      while (words[s] != null && !words[s].equals(w)) {
        s = (s + 1) & mask;
      }
      words[s] = w;
      hashes[s] = h;
    }
  }

  /** Whether the set holds {@code w}. */
  boolean contains(String w) {
    return contains(w, 0);
  }

  /** Whether the set holds {@code w.substring(from)}. */
  boolean contains(String w, int from) {
    int h = 0;
    for (int k = from; k < w.length(); k++) {
      h = 31 * h + w.charAt(k);
    }
    int length = w.length() - from;
    for (int s = slot(h); words[s] != null; s = (s + 1) & mask) {
      if (hashes[s] == h && words[s].length() == length && w.startsWith(words[s], from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the set holds {@code NerFeatures.withoutClitics(w)}. */
  boolean containsCore(String w) {
    int from = NerFeatures.cliticsEnd(w);
    return from >= 0 ? contains(w, from) : contains(NerFeatures.withoutClitics(w));
  }

  private int slot(int h) {
    int x = h * 0x9E3779B9;
    return (x ^ x >>> 15) & mask;
  }
}
