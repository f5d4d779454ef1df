package org.isnad.story;

import java.util.Arrays;

/**
 * A sparse, L2-normalised term vector: term ids sorted ascending with their weights. Immutable.
 */
final class TermVector {

  static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  private final int[] terms;
  private final float[] weights;

  private TermVector(int[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** The {@code limit} heaviest of the first {@code n} entries, normalised. */
  static TermVector top(int[] ids, float[] w, int n, int limit) {
    // heaviest first, then by term id: one primitive sort of (weight, id) packed in a long
    long[] byWeight = new long[n];
    for (int i = 0; i < n; i++) {
      byWeight[i] = ((long) ~sortable(w[i]) << 32) | (ids[i] & 0xFFFFFFFFL);
    }
    int k = Math.min(n, limit);
    // only the k heaviest are kept: gather them in front, then sort those alone
    selectSmallest(byWeight, n, k);
    Arrays.sort(byWeight, 0, k);
    int[] order = new int[k];
    float[] weightOf = new float[k];
    for (int i = 0; i < k; i++) {
      int id = (int) byWeight[i];
      int sortable = ~(int) (byWeight[i] >> 32);
      order[i] = id;
      weightOf[i] = Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7FFFFFFF));
    }
    long[] packed = new long[k];
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += (double) weightOf[i] * weightOf[i];
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < k; i++) {
      packed[i] = ((long) order[i] << 32) | (Float.floatToIntBits(weightOf[i] * scale) & 0xFFFFFFFFL);
    }
    Arrays.sort(packed);
    int[] t = new int[k];
    float[] v = new float[k];
    for (int i = 0; i < k; i++) {
      t[i] = (int) (packed[i] >>> 32);
      v[i] = Float.intBitsToFloat((int) packed[i]);
    }
    return new TermVector(t, v);
  }

  /**
   * Moves the {@code k} smallest of {@code a[0, n)} to {@code a[0, k)}, in no particular order
   * (quickselect with a three-way partition; sorts the rest of the range if it takes unusually many
   * rounds).
   */
  static void selectSmallest(long[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    int rounds = 0;
    while (lo < hi && k > lo && k <= hi) {
      if (++rounds > 48) {
        Arrays.sort(a, lo, hi + 1);
        return;
      }
      long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) { // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
        if (a[i] < pivot) {
          swap(a, lt++, i++);
        } else if (a[i] > pivot) {
          swap(a, i, gt--);
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt + 1) {
        lo = gt + 1;
      } else {
        return; // the boundary falls among the values equal to the pivot
      }
    }
  }

  private static long median(long x, long y, long z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  private static void swap(long[] a, int i, int j) {
    long t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  int size() {
    return terms.length;
  }

  int term(int i) {
    return terms[i];
  }

  float weight(int i) {
    return weights[i];
  }

  int[] terms() {
    return terms;
  }

  boolean contains(int term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  /** Positions ordered by weight, heaviest first. */
  int[] byWeight() {
    // one primitive sort of (weight descending, position) packed in a long: the order of a stable
    // sort by weight, without boxing a position per term
    long[] packed = new long[terms.length];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = ((long) ~sortable(weights[i]) << 32) | i;
    }
    Arrays.sort(packed);
    int[] order = new int[packed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) packed[i];
    }
    return order;
  }

  /** The bits of {@code w} as an int whose signed order is {@link Float#compare}'s order. */
  static int sortable(float w) {
    int bits = Float.floatToIntBits(w);
    return bits ^ ((bits >> 31) & 0x7FFFFFFF);
  }

  /** The cosine with {@code other}: both are normalised, so the dot product. */
  double cosine(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * A vector as a hash table of its terms, to be scored against many centroids: {@link
   * #cosineWith} equals {@code centroid.cosine(vector)}, summing the same products in the same
   * (term) order, without walking both term lists side by side.
   */
  static final class Probe {
    private final TermVector vector;
    private final int[] keys;
    private final float[] values;
    /** False when two entries share a term (bucket ids may collide): then the merge is used. */
    private final boolean unique;
    /**
     * One bit per term, by the term's low bits (term ids are hashed buckets, so these are evenly
     * spread), four bits per slot: most terms of a centroid are not the vector's, and one bit tells
     * so without probing the table.
     */
    private final long[] filter;

    Probe(TermVector vector) {
      this.vector = vector;
      int n = vector.terms.length;
      int capacity = Integer.highestOneBit(Math.max(4, n) * 4);
      keys = new int[capacity];
      values = new float[capacity];
      filter = new long[capacity / 16];
      Arrays.fill(keys, -1);
      for (int i = 0; i < n; i++) {
        int t = vector.terms[i];
        filter[(t >>> 6) & (filter.length - 1)] |= 1L << t;
      }
      boolean u = true;
      for (int i = 0; i < n && u; i++) {
        int s = slot(vector.terms[i], capacity - 1);
        while (keys[s] >= 0 && keys[s] != vector.terms[i]) {
          s = (s + 1) & (capacity - 1);
        }
        u = keys[s] < 0;
        keys[s] = vector.terms[i];
        values[s] = vector.weights[i];
      }
      unique = u;
    }

    private static int slot(int term, int mask) {
      int h = term * 0x9E3779B9;
      return (h ^ h >>> 16) & mask;
    }

    /** {@code centroid.cosine(vector)}. */
    double cosineWith(TermVector centroid) {
      if (!unique) {
        return centroid.cosine(vector);
      }
      int mask = keys.length - 1;
      int filterMask = filter.length - 1;
      double dot = 0;
      int previous = -1;
      for (int i = 0; i < centroid.terms.length; i++) {
        int t = centroid.terms[i];
        if ((filter[(t >>> 6) & filterMask] & 1L << t) == 0) {
          continue; // not a term of the vector
        }
        if (t == previous) {
          continue; // the merge pairs the vector's one entry of a term with the first of the centroid's
        }
        previous = t;
        for (int s = slot(t, mask); keys[s] >= 0; s = (s + 1) & mask) {
          if (keys[s] == t) {
            dot += (double) centroid.weights[i] * values[s];
            break;
          }
        }
      }
      return dot;
    }
  }

  long bytes() {
    return 32 + terms.length * 8L;
  }
}
