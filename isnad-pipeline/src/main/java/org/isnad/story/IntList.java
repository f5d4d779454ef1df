package org.isnad.story;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** A growable list of ints (postings). Not thread-safe. */
final class IntList {
  private int[] values = new int[4];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  int capacity() {
    return values.length;
  }

  /** Keeps only the values {@code keep} accepts, in order. */
  void retain(IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(values[i])) {
        values[n++] = values[i];
      }
    }
    size = n;
  }
}
