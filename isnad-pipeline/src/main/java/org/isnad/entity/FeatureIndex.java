package org.isnad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An immutable map from 64-bit feature hashes to dense rows, by open addressing: a look-up
 * allocates nothing. Built once by the trainer.
 */
public final class FeatureIndex {

  private final long[] keys;
  private final int[] rows;
  private final int size;

  private FeatureIndex(long[] keys, int[] rows, int size) {
    this.keys = keys;
    this.rows = rows;
    this.size = size;
  }

  /** An index of the given distinct hashes, row i for hashes[i]. */
  public static FeatureIndex of(long[] hashes) {
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 + 1)) * 2;
    long[] keys = new long[capacity];
    int[] rows = new int[capacity];
    Arrays.fill(rows, -1);
    for (int i = 0; i < hashes.length; i++) {
      int slot = slot(hashes[i], capacity - 1);
      while (rows[slot] >= 0) {
        if (keys[slot] == hashes[i]) {
          throw new IllegalArgumentException("duplicate feature hash " + hashes[i]);
        }
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = hashes[i];
      rows[slot] = i;
    }
    return new FeatureIndex(keys, rows, hashes.length);
  }

  private static int slot(long h, int mask) {
    return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
  }

  /** The row of a hash, or -1. */
  public int row(long hash) {
    int mask = keys.length - 1;
    for (int s = slot(hash, mask); rows[s] >= 0; s = (s + 1) & mask) {
      if (keys[s] == hash) {
        return rows[s];
      }
    }
    return -1;
  }

  public int size() {
    return size;
  }

  void write(DataOutputStream d) throws IOException {
    long[] byRow = new long[size];
    for (int s = 0; s < keys.length; s++) {
      if (rows[s] >= 0) {
        byRow[rows[s]] = keys[s];
      }
    }
    d.writeInt(size);
    for (long k : byRow) {
      d.writeLong(k);
    }
  }

  static FeatureIndex read(DataInputStream d) throws IOException {
    long[] hashes = new long[d.readInt()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = d.readLong();
    }
    return of(hashes);
  }
}
