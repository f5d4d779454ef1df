package org.isnad.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.isnad.model.Passage;

/**
 * Copy detection by shingle seeds and chaining. Every run of {@code shingle} words of a that also
 * occurs in b is a seed {@code (i, j)} (b is indexed once and compared with many a); seeds are chained when they follow each other on both sides
 * within {@code maxGap} words and stay within {@code maxDrift} words of the same diagonal, so edited
 * words, and dropped or inserted phrases, do not break a passage. Each chain long enough is a
 * passage. Chains are local, so reordered paragraphs are found as separate passages. Cost is linear
 * in the two lengths plus the number of seeds.
 *
 * <p>Immutable and thread-safe (the shingles of recent texts are kept per thread, see {@link
 * RecentShingles}).
 */
final class ShingleAligner implements CopyDetector {

  /** How many texts' shingles each thread keeps ({@link RecentShingles}): 2 KB for a text of 500 words. */
  private static final int RECENT_TEXTS = 512;

  private final ReuseConfig config;
  private final ThreadLocal<RecentShingles> recent = ThreadLocal.withInitial(() -> new RecentShingles(RECENT_TEXTS));

  ShingleAligner(ReuseConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config must not be null");
  }

  /** The hash of the shingle starting at each word, hashed once while the text is recent; read only. */
  private int[] shingles(CopyText t) {
    return recent.get().get(t, this::hashShingles);
  }

  /** The hash of the shingle starting at each word. */
  int[] hashShingles(CopyText t) {
    int k = config.shingle();
    int m = Math.max(0, t.size() - k + 1);
    int[] out = new int[m];
    for (int p = 0; p < m; p++) {
      int h = 0;
      for (int q = 0; q < k; q++) {
        h = h * 0x01000193 + t.hash(p + q);
      }
      out[p] = CopyText.mix(h);
    }
    return out;
  }

  @Override
  public long[] fingerprintPositions(CopyText t) {
    int[] h = shingles(t);
    int w = config.window();
    if (h.length == 0) {
      return new long[0];
    }
    long[] picked = new long[h.length];
    int n = 0;
    int last = -1;
    int windows = Math.max(1, h.length - w + 1);
    int min = -1;
    for (int s = 0; s < windows; s++) {
      int end = Math.min(h.length, s + w);
      if (min < s) {
        min = minPosition(h, s, end);
      } else if (h[end - 1] <= h[min]) {
        min = end - 1;
      }
      if (min != last) {
        picked[n++] = ((long) h[min] << 32) | min;
        last = min;
      }
    }
    return Arrays.copyOf(picked, n);
  }

  /** The rightmost position of the smallest hash in {@code h[from, to)}. */
  private static int minPosition(int[] h, int from, int to) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      if (h[i] <= h[best]) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public Prepared prepare(CopyText b) {
    int[] hb = shingles(b);
    ShingleIndex index = new ShingleIndex(hb);
    return a -> passages(a, b, hb, index);
  }

  private List<Passage> passages(CopyText a, CopyText b, int[] hb, ShingleIndex index) {
    int[] ha = shingles(a);
    if (ha.length == 0 || hb.length == 0) {
      return List.of();
    }
    List<Passage> out = new ArrayList<>();
    for (Chain c : chain(ha, hb, index)) {
      Passage p = c.toPassage(a, b, config.shingle());
      if (p.words() >= config.minWords()) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(Passage::aSpan));
    return out;
  }

  /**
   * Seeds in the order of a, chained. Equal shingle hashes are taken as equal words: with 32-bit
   * hashes of four words, a false seed is rare and a lone one never makes a passage.
   */
  private List<Chain> chain(int[] ha, int[] hb, ShingleIndex index) {
    List<Chain> active = new ArrayList<>();
    List<Chain> done = new ArrayList<>();
    for (int i = 0; i < ha.length; i++) {
      retire(active, done, i);
      if (!index.mayContain(ha[i])) {
        continue; // most shingles of a are not in b: one bit tells, without walking b's slot
      }
      for (int j = index.first(ha[i]); j >= 0; j = index.next(j)) {
        if (hb[j] == ha[i]) {
          seed(active, i, j);
        }
      }
    }
    done.addAll(active);
    return done;
  }

  private void retire(List<Chain> active, List<Chain> done, int i) {
    for (int c = active.size() - 1; c >= 0; c--) {
      if (i - active.get(c).lastI > config.maxGap()) {
        done.add(active.remove(c));
      }
    }
  }

  private void seed(List<Chain> active, int i, int j) {
    Chain best = null;
    int bestCost = Integer.MAX_VALUE;
    for (Chain c : active) {
      int di = i - c.lastI;
      int dj = j - c.lastJ;
      int drift = Math.abs((j - i) - (c.lastJ - c.lastI));
      if (di > 0 && dj > 0 && di <= config.maxGap() && dj <= config.maxGap() && drift <= config.maxDrift()
          && di + dj + drift < bestCost) {
        best = c;
        bestCost = di + dj + drift;
        if (bestCost == 2) {
          break; // the next seed on the chain's diagonal: no chain costs less, and the first of equals wins
        }
      }
    }
    if (best == null) {
      active.add(new Chain(i, j, config.shingle()));
    } else {
      best.extend(i, j, config.shingle());
    }
  }

  /** A run of chained seeds. Mutable while chaining. */
  private static final class Chain {
    final int firstI;
    final int firstJ;
    int lastI;
    int lastJ;
    int coveredA;
    int coveredB;

    Chain(int i, int j, int k) {
      firstI = lastI = i;
      firstJ = lastJ = j;
      coveredA = coveredB = k;
    }

    void extend(int i, int j, int k) {
      coveredA += Math.min(k, i - lastI);
      coveredB += Math.min(k, j - lastJ);
      lastI = i;
      lastJ = j;
    }

    Passage toPassage(CopyText a, CopyText b, int k) {
      int lenA = lastI + k - firstI;
      int lenB = lastJ + k - firstJ;
      double sim = Math.min(1.0, (double) Math.min(coveredA, coveredB) / Math.max(lenA, lenB));
      return new Passage(a.span(firstI, lastI + k), b.span(firstJ, lastJ + k), Math.min(lenA, lenB), sim);
    }
  }

  /**
   * Positions of a's shingles by hash: an open hash table with chained positions, and a filter of
   * one bit per hash (8 to 16 bits a shingle, so few absent hashes pass it).
   */
  private static final class ShingleIndex {
    private final int[] head;
    private final int[] next;
    private final int mask;
    private final long[] filter;
    private final int filterShift;

    ShingleIndex(int[] hashes) {
      int size = Integer.highestOneBit(Math.max(2, hashes.length) * 2);
      head = new int[size];
      Arrays.fill(head, -1);
      next = new int[hashes.length];
      mask = size - 1;
      int filterBits = Math.max(64, size * 8); // a power of two, 8 to 16 bits a shingle
      filter = new long[filterBits >>> 6];
      filterShift = 32 - Integer.numberOfTrailingZeros(filterBits);
      for (int p = hashes.length - 1; p >= 0; p--) {
        int slot = hashes[p] & mask;
        next[p] = head[slot];
        head[slot] = p;
        int bit = filterBit(hashes[p]);
        filter[bit >>> 6] |= 1L << bit;
      }
    }

    /** The filter bit of a hash, from its high bits (the slot takes the low ones). */
    private int filterBit(int hash) {
      return (hash * 0x9E3779B9) >>> filterShift;
    }

    /** False when no shingle has this hash; true when one may. */
    boolean mayContain(int hash) {
      int bit = filterBit(hash);
      return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    int first(int hash) {
      return head[hash & mask];
    }

    int next(int p) {
      return next[p];
    }

  }
}
