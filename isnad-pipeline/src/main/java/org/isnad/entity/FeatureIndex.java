package org.isnad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An immutable map from 64-bit feature hashes to dense rows, by open addressing: a look-up
 * allocates nothing. A bit set of the hashes' high bits, small enough to stay in the processor's
 * cache, answers most look-ups of unknown features (most word pairs of new text) before the table
 * is touched. Built once by the trainer.
 */
public final class FeatureIndex {

  private final long[] keys;
  private final int[] rows;
  /** Slot s holds its key at {@code 2s} and its row at {@code 2s + 1}, so one probe reads one cache line. */
  private final long[] slots;
  /** One bit per value of a hash's high bits: set when some known hash has them. */
  private final long[] filter;
  private final int filterShift;
  private final int size;

  private FeatureIndex(long[] keys, int[] rows, int size) {
    int filterBits = Math.max(6, 64 - Long.numberOfLeadingZeros(Math.max(1, size) * 8L - 1));
    this.filter = new long[1 << (filterBits - 6)];
    this.filterShift = 64 - filterBits;
    for (int s = 0; s < keys.length; s++) {
      if (rows[s] >= 0) {
        int bit = (int) (keys[s] >>> filterShift);
        filter[bit >>> 6] |= 1L << bit;
      }
    }
    this.keys = keys;
    this.rows = rows;
    this.size = size;
    this.slots = new long[2 * keys.length];
    for (int s = 0; s < keys.length; s++) {
      slots[2 * s] = keys[s];
      slots[2 * s + 1] = rows[s];
    }
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

  /** The first slot a hash probes; hashes that differ only in the lowest bit probe from the same slot. */
  private static int slot(long h, int mask) {
    long g = h >>> 1;
    return (int) (g ^ (g >>> 29) ^ (g >>> 47)) & mask;
  }

  /** The row of a hash, or -1. */
  public int row(long hash) {
    int bit = (int) (hash >>> filterShift);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    long[] t = slots;
    int mask = keys.length - 1;
    for (int s = slot(hash, mask); t[2 * s + 1] >= 0; s = (s + 1) & mask) {
      if (t[2 * s] == hash) {
        return (int) t[2 * s + 1];
      }
    }
    return -1;
  }

  public int size() {
    return size;
  }

  /** The hashes in row order. */
  long[] hashes() {
    long[] byRow = new long[size];
    for (int s = 0; s < keys.length; s++) {
      if (rows[s] >= 0) {
        byRow[rows[s]] = keys[s];
      }
    }
    return byRow;
  }

  void write(DataOutputStream d) throws IOException {
    long[] byRow = hashes();
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
