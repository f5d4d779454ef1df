package org.isnad.reuse;

import java.util.Arrays;

/**
 * Fingerprint postings: an open-addressing hash map from an int fingerprint to its list of
 * {@code (article, position)} pairs, kept as {@code int[]} with the count first. Primitive keys, so a
 * look-up allocates nothing. Not thread-safe.
 */
final class Postings {

  private int[] keys = new int[1 << 16];
  private int[][] values = new int[1 << 16][];
  private int size;

  int[] get(int key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return null;
  }

  void put(int key, int[] value) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] == null) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  /**
   * The slot of {@code key}: where it is, or the empty slot where {@link #set} would put it; good
   * until the next {@code set} or {@code put}. One probe serves a look-up and the update after it.
   */
  int find(int key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The list in a slot {@link #find} gave, or null when the key is not there. */
  int[] at(int slot) {
    return values[slot];
  }

  /** {@link #put} at the slot {@link #find} gave for {@code key}, without probing again. */
  void set(int slot, int key, int[] value) {
    if (values[slot] == null) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  private static int slot(int key, int mask) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[][] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2][];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  int size() {
    return size;
  }

  long bytes() {
    return keys.length * 12L + Arrays.stream(values).filter(v -> v != null).mapToLong(v -> 16 + v.length * 4L).sum();
  }
}
