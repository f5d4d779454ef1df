package org.isnad.reuse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The shingle hashes of the texts an aligner saw last, by text. A new article's shingles serve both
 * its fingerprints and its index, and an earlier article is compared with every later article that
 * selects it as a candidate: kept here, each text's shingles are hashed once while it is recent
 * rather than at every comparison. Texts are immutable and compared by identity ({@link CopyText}
 * keeps {@code Object}'s equality). Bounded: the least recently used text leaves first.
 *
 * <p>Not thread-safe: {@link ShingleAligner} keeps one per thread.
 */
final class RecentShingles {

  private final Map<CopyText, int[]> entries;

  /** @param capacity how many texts are kept */
  RecentShingles(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<CopyText, int[]> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The shingles of {@code t}, computed by {@code hash} unless kept; callers must not change them. */
  int[] get(CopyText t, Function<CopyText, int[]> hash) {
    int[] s = entries.get(t);
    if (s == null) {
      s = hash.apply(t);
      entries.put(t, s);
    }
    return s;
  }

  int size() {
    return entries.size();
  }
}
