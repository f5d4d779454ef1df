package org.isnad.story;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A growable list of ints (postings), each with a stamp: the version of the value's story when the
 * entry was last known to be valid ({@link #retain}). Not thread-safe.
 */
final class IntList {
  private int[] values = new int[4];
  private int[] stamps = new int[4];
  private int size;

  /** Adds a value known to be valid at {@code stamp}. */
  void add(int v, int stamp) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      stamps = Arrays.copyOf(stamps, size * 2);
    }
    stamps[size] = stamp;
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

  /**
   * Keeps only the values {@code keep} accepts, in order. A value whose version ({@code
   * versions[value]}) is still the entry's stamp is kept without asking {@code keep}: nothing that
   * {@code keep} reads has changed since it was last accepted.
   */
  void retain(int[] versions, IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      int v = values[i];
      int version = versions[v];
      if (stamps[i] == version || keep.test(v)) {
        values[n] = v;
        stamps[n++] = version;
      }
    }
    size = n;
  }
}
