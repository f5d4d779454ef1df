package org.isnad.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.isnad.model.Passage;

/**
 * Copy detection by shingle seeds and chaining. Every run of {@code shingle} words of b that also
 * occurs in a is a seed {@code (i, j)}; seeds are chained when they follow each other on both sides
 * within {@code maxGap} words and stay within {@code maxDrift} words of the same diagonal, so edited
 * words, and dropped or inserted phrases, do not break a passage. Each chain long enough is a
 * passage. Chains are local, so reordered paragraphs are found as separate passages. Cost is linear
 * in the two lengths plus the number of seeds.
 *
 * <p>Immutable and thread-safe.
 */
final class ShingleAligner implements CopyDetector {

  private final ReuseConfig config;

  ShingleAligner(ReuseConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config must not be null");
  }

  /** The hash of the shingle starting at each word. */
  int[] shingles(CopyText t) {
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
  public int[] fingerprints(CopyText t) {
    int[] h = shingles(t);
    int w = config.window();
    if (h.length == 0) {
      return new int[0];
    }
    int[] picked = new int[h.length];
    int n = 0;
    int last = -1;
    for (int s = 0; s + w <= h.length || s == 0; s++) {
      int min = minPosition(h, s, Math.min(h.length, s + w));
      if (min != last) {
        picked[n++] = h[min];
        last = min;
      }
    }
    int[] out = Arrays.copyOf(picked, n);
    Arrays.sort(out);
    return Arrays.stream(out).distinct().toArray();
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
  public List<Passage> passages(CopyText a, CopyText b) {
    int[] ha = shingles(a);
    int[] hb = shingles(b);
    if (ha.length == 0 || hb.length == 0) {
      return List.of();
    }
    ShingleIndex index = new ShingleIndex(ha);
    List<Chain> chains = chain(a, b, ha, hb, index);
    List<Passage> out = new ArrayList<>();
    for (Chain c : chains) {
      Passage p = c.toPassage(a, b, config.shingle());
      if (p.words() >= config.minWords()) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(Passage::aSpan));
    return out;
  }

  private List<Chain> chain(CopyText a, CopyText b, int[] ha, int[] hb, ShingleIndex index) {
    List<Chain> active = new ArrayList<>();
    List<Chain> done = new ArrayList<>();
    for (int j = 0; j < hb.length; j++) {
      retire(active, done, j);
      for (int i = index.first(hb[j]); i >= 0; i = index.next(i)) {
        if (ha[i] == hb[j] && sameWords(a, i, b, j)) {
          seed(active, i, j);
        }
      }
    }
    done.addAll(active);
    return done;
  }

  private void retire(List<Chain> active, List<Chain> done, int j) {
    for (int c = active.size() - 1; c >= 0; c--) {
      if (j - active.get(c).lastJ > config.maxGap()) {
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
      }
    }
    if (best == null) {
      active.add(new Chain(i, j, config.shingle()));
    } else {
      best.extend(i, j, config.shingle());
    }
  }

  private boolean sameWords(CopyText a, int i, CopyText b, int j) {
    for (int q = 0; q < config.shingle(); q++) {
      if (a.hash(i + q) != b.hash(j + q)) {
        return false;
      }
    }
    return true;
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

  /** Positions of a's shingles by hash: an open hash table with chained positions. */
  private static final class ShingleIndex {
    private final int[] head;
    private final int[] next;
    private final int[] hashes;
    private final int mask;

    ShingleIndex(int[] hashes) {
      this.hashes = hashes;
      int size = Integer.highestOneBit(Math.max(2, hashes.length) * 2);
      head = new int[size];
      Arrays.fill(head, -1);
      next = new int[hashes.length];
      mask = size - 1;
      for (int p = hashes.length - 1; p >= 0; p--) {
        int slot = hashes[p] & mask;
        next[p] = head[slot];
        head[slot] = p;
      }
    }

    int first(int hash) {
      return head[hash & mask];
    }

    int next(int p) {
      return next[p];
    }

    int hashAt(int p) {
      return hashes[p];
    }
  }
}
