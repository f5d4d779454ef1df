package org.isnad.compare;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.model.Stance;

/**
 * A trained stance model: multinomial logistic regression over the hashed features of {@link
 * ClaimFeatures}, one weight per feature and stance (in {@link Stance} order). Immutable and
 * thread-safe. Carries its format version and training provenance; a reader refuses a version it
 * does not know.
 */
public final class StanceModel {

  /** The version of the binary format. */
  public static final int FORMAT_VERSION = 1;
  /** Where the trained model is bundled, as a class-path resource. */
  public static final String RESOURCE = "/org/isnad/compare/stance-model.bin.gz";
  private static final int MAGIC = 0x49535354; // "ISST"
  private static final int CLASSES = Stance.values().length;

  private final long[] hashes;
  private final float[] weights;
  private final Map<String, String> provenance;

  /**
   * @param hashes the feature hashes, strictly increasing
   * @param weights {@code hashes.length * 3} weights, row-major, columns in {@link Stance} order
   * @param provenance what the model was trained on and how
   */
  public StanceModel(long[] hashes, float[] weights, Map<String, String> provenance) {
    this.hashes = hashes.clone();
    this.weights = weights.clone();
    this.provenance = Map.copyOf(provenance);
    if (weights.length != hashes.length * CLASSES) {
      throw new IllegalArgumentException("weights do not match " + hashes.length + " features and " + CLASSES + " stances");
    }
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] <= hashes[i - 1]) {
        throw new IllegalArgumentException("feature hashes must be strictly increasing (at " + i + ")");
      }
    }
  }

  public Map<String, String> provenance() {
    return provenance;
  }

  /** How many features carry weights. */
  public int features() {
    return hashes.length;
  }

  /** The weight of a feature for a stance (0 for an unknown feature). */
  public double weight(String feature, Stance stance) {
    int row = Arrays.binarySearch(hashes, FeatureVector.hash(feature));
    return row < 0 ? 0 : weights[row * CLASSES + stance.ordinal()];
  }

  /** The probability of each stance, in {@link Stance} order. */
  public double[] probabilities(FeatureVector v) {
    double[] s = new double[CLASSES];
    for (int i = 0; i < v.size(); i++) {
      int row = Arrays.binarySearch(hashes, v.hash(i));
      if (row >= 0) {
        for (int c = 0; c < CLASSES; c++) {
          s[c] += weights[row * CLASSES + c] * v.value(i);
        }
      }
    }
    return softmax(s);
  }

  /** Turns scores into probabilities, in place. */
  public static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : s) {
      max = Math.max(max, x);
    }
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      s[c] = Math.exp(s[c] - max);
      sum += s[c];
    }
    for (int c = 0; c < s.length; c++) {
      s[c] /= sum;
    }
    return s;
  }

  /** The bundled model; throws with a clear message when the build has none. */
  public static StanceModel bundled() {
    try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no bundled stance model at " + RESOURCE + "; train one with 'isnad train stance'");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled stance model " + RESOURCE, e);
    }
  }

  /** Writes the model, gzip-compressed. */
  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(MAGIC);
      d.writeInt(FORMAT_VERSION);
      d.writeInt(provenance.size());
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(provenance).entrySet()) {
        d.writeUTF(e.getKey());
        d.writeUTF(e.getValue());
      }
      d.writeInt(CLASSES);
      d.writeInt(hashes.length);
      for (long h : hashes) {
        d.writeLong(h);
      }
      for (float w : weights) {
        d.writeFloat(w);
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static StanceModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in));
    if (d.readInt() != MAGIC) {
      throw new IOException("not an Isnad stance model");
    }
    int version = d.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("stance model format version " + version + " is not supported (this build reads "
          + FORMAT_VERSION + "); retrain with 'isnad train stance'");
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    for (int i = d.readInt(); i > 0; i--) {
      provenance.put(d.readUTF(), d.readUTF());
    }
    if (d.readInt() != CLASSES) {
      throw new IOException("stance model has a different number of stances than " + CLASSES);
    }
    long[] hashes = new long[d.readInt()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = d.readLong();
    }
    float[] weights = new float[hashes.length * CLASSES];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = d.readFloat();
    }
    return new StanceModel(hashes, weights, provenance);
  }
}
