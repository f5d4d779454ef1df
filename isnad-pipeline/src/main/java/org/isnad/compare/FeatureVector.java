package org.isnad.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sparse feature vector: feature names hashed to 64 bits ({@link #hash}), each with a value, no
 * hash twice. A feature may be marked as weighing only between the related stances (agree and
 * disagree, never {@code other}): the trainer leaves its {@code other} weight at zero. Immutable.
 */
public final class FeatureVector {

  private final long[] hashes;
  private final float[] values;
  private final boolean[] relatedOnly;

  private FeatureVector(long[] hashes, float[] values, boolean[] relatedOnly) {
    this.hashes = hashes;
    this.values = values;
    this.relatedOnly = relatedOnly;
  }

  /** Whether feature {@code i} weighs only between agree and disagree. */
  public boolean relatedOnly(int i) {
    return relatedOnly[i];
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
    private final java.util.Set<Long> related = new java.util.HashSet<>();

    public Builder add(String name, double value) {
      features.merge(hash(name), (float) value, Float::sum);
      return this;
    }

    /** Adds a feature, marked as weighing only between agree and disagree when {@code relatedOnly}. */
    public Builder add(String name, double value, boolean relatedOnly) {
      add(name, value);
      if (relatedOnly) {
        related.add(hash(name));
      }
      return this;
    }

    public FeatureVector build() {
      long[] h = new long[features.size()];
      float[] v = new float[features.size()];
      boolean[] r = new boolean[features.size()];
      int i = 0;
      for (Map.Entry<Long, Float> e : features.entrySet()) {
        h[i] = e.getKey();
        r[i] = related.contains(e.getKey());
        v[i++] = e.getValue();
      }
      return new FeatureVector(h, v, r);
    }
  }
}
