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
    Arrays.sort(byWeight);
    int[] order = new int[n];
    float[] weightOf = new float[n];
    for (int i = 0; i < n; i++) {
      int id = (int) byWeight[i];
      int sortable = ~(int) (byWeight[i] >> 32);
      order[i] = id;
      weightOf[i] = Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7FFFFFFF));
    }
    int k = Math.min(n, limit);
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
  private static int sortable(float w) {
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

  long bytes() {
    return 32 + terms.length * 8L;
  }
}
