package org.isnad.story;

import java.util.ArrayList;
import java.util.List;

/**
 * One story in the clusterer: its centroid (the sum of its members' vectors, truncated to the
 * heaviest terms, in primitive arrays), members and times. Mutable, owned by {@link
 * OnlineClusterer}.
 */
final class StoryState {

  final int number;
  final List<String> members = new ArrayList<>();
  final List<Long> texts = new ArrayList<>();
  long firstSeen;
  long lastSeen;
  /** The arrival number of the last article. */
  long lastArrival;
  boolean active = true;
  /** Whether a member reports an event (has an event mention). */
  boolean eventful;
  private final Centroid words = new Centroid();
  private final Centroid anchors = new Centroid();

  StoryState(int number, long time) {
    this.number = number;
    this.firstSeen = time;
    this.lastSeen = time;
  }

  String id() {
    return "s" + (number + 1);
  }

  /** The centroid of the members' word vectors. */
  TermVector centroid() {
    return words.centroid;
  }

  /** The centroid of the members' anchor vectors (local entities and places). */
  TermVector anchors() {
    return anchors.centroid;
  }

  /**
   * Adds a member's vectors; each sum keeps twice its limit in terms, each centroid its limit.
   */
  void add(TermVector wordVector, int wordLimit, TermVector anchorVector, int anchorLimit) {
    words.add(wordVector, wordLimit);
    anchors.add(anchorVector, anchorLimit);
  }

  /** Frees the vectors of a story that left the window; its members stay known. */
  void releaseVectors() {
    words.release();
    anchors.release();
  }

  /** A sum of vectors (the heaviest terms kept) and its normalised top terms. */
  private static final class Centroid {
    private int[] sumTerms = new int[0];
    private float[] sumWeights = new float[0];
    private TermVector centroid = TermVector.EMPTY;

    void add(TermVector v, int limit) {
      int n = sumTerms.length + v.size();
      int[] ids = new int[n];
      float[] w = new float[n];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < sumTerms.length || j < v.size()) {
        if (j == v.size() || i < sumTerms.length && sumTerms[i] < v.term(j)) {
          ids[k] = sumTerms[i];
          w[k++] = sumWeights[i++];
        } else if (i == sumTerms.length || v.term(j) < sumTerms[i]) {
          ids[k] = v.term(j);
          w[k++] = v.weight(j++);
        } else {
          ids[k] = sumTerms[i];
          w[k++] = sumWeights[i++] + v.weight(j++);
        }
      }
      centroid = TermVector.top(ids, w, k, limit);
      keepHeaviest(ids, w, k, 2 * limit);
    }

    /** Keeps the {@code keep} heaviest of the merged sum, in term order. */
    private void keepHeaviest(int[] ids, float[] w, int n, int keep) {
      if (n <= keep) {
        sumTerms = java.util.Arrays.copyOf(ids, n);
        sumWeights = java.util.Arrays.copyOf(w, n);
        return;
      }
      float[] sorted = java.util.Arrays.copyOf(w, n);
      java.util.Arrays.sort(sorted);
      float cut = sorted[n - keep];
      int[] t = new int[keep];
      float[] x = new float[keep];
      int m = 0;
      for (int i = 0; i < n && m < keep; i++) {
        if (w[i] > cut || w[i] == cut && n - i <= keep - m) {
          t[m] = ids[i];
          x[m++] = w[i];
        }
      }
      sumTerms = java.util.Arrays.copyOf(t, m);
      sumWeights = java.util.Arrays.copyOf(x, m);
    }

    void release() {
      sumTerms = new int[0];
      sumWeights = new float[0];
      centroid = TermVector.EMPTY;
    }

    long bytes() {
      return centroid.bytes() + sumTerms.length * 8L;
    }
  }

  long bytes() {
    return 96 + words.bytes() + anchors.bytes() + members.size() * 8L + texts.size() * 24L;
  }
}
