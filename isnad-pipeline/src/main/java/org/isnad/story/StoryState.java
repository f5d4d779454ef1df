package org.isnad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One story in the clusterer: its centroid (the sum of its members' vectors, truncated to the
 * heaviest terms), members and times. Mutable, owned by {@link OnlineClusterer}.
 */
final class StoryState {

  final int number;
  final List<String> members = new ArrayList<>();
  final List<Long> texts = new ArrayList<>();
  long firstSeen = Long.MIN_VALUE;
  long lastSeen = Long.MIN_VALUE;
  boolean active = true;
  private Map<Integer, Float> sum = new HashMap<>();
  private TermVector centroid = TermVector.EMPTY;

  StoryState(int number, long time) {
    this.number = number;
    this.firstSeen = time;
    this.lastSeen = time;
  }

  String id() {
    return "s" + (number + 1);
  }

  TermVector centroid() {
    return centroid;
  }

  /** Adds a member's vector; the sum keeps twice {@code limit} terms, the centroid {@code limit}. */
  void add(TermVector v, int limit) {
    for (int i = 0; i < v.size(); i++) {
      sum.merge(v.term(i), v.weight(i), Float::sum);
    }
    int n = sum.size();
    int[] ids = new int[n];
    float[] w = new float[n];
    int k = 0;
    for (Map.Entry<Integer, Float> e : sum.entrySet()) {
      ids[k] = e.getKey();
      w[k++] = e.getValue();
    }
    centroid = TermVector.top(ids, w, n, limit);
    if (n > 2 * limit) {
      TermVector kept = TermVector.top(ids, w, n, 2 * limit);
      Map<Integer, Float> trimmed = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        trimmed.put(kept.term(i), sum.get(kept.term(i)));
      }
      sum = trimmed;
    }
  }

  /** Frees the vectors of a story that left the window; its members stay known. */
  void releaseVectors() {
    sum = new HashMap<>();
    centroid = TermVector.EMPTY;
  }

  long bytes() {
    return 64 + centroid.bytes() + sum.size() * 48L + members.size() * 8L + texts.size() * 24L;
  }
}
