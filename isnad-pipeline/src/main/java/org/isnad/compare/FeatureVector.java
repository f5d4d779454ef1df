package org.isnad.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sparse feature vector: feature names hashed to 64 bits ({@link #hash}), each with a value, no
 * hash twice. Immutable; the accessors return copies.
 */
public final class FeatureVector {

  private final long[] hashes;
  private final float[] values;

  private FeatureVector(long[] hashes, float[] values) {
    this.hashes = hashes;
    this.values = values;
  }

  public int size() {
    return hashes.length;
  }

  public long hash(int i) {
    return hashes[i];
  }

  public float value(int i) {
    return values[i];
  }

  /** The 64-bit FNV-1a hash of a feature name's UTF-16 chars: stable across runs and JVMs. */
  public static long hash(String name) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public String toString() {
    return "FeatureVector" + Arrays.toString(hashes);
  }

  /** Collects features; a name added twice has its values summed. Not thread-safe. */
  public static final class Builder {
    private final Map<Long, Float> features = new LinkedHashMap<>();

    public Builder add(String name, double value) {
      features.merge(hash(name), (float) value, Float::sum);
      return this;
    }

    public FeatureVector build() {
      long[] h = new long[features.size()];
      float[] v = new float[features.size()];
      int i = 0;
      for (Map.Entry<Long, Float> e : features.entrySet()) {
        h[i] = e.getKey();
        v[i++] = e.getValue();
      }
      return new FeatureVector(h, v);
    }
  }
}
