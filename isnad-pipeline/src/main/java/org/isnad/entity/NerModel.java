package org.isnad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity model: a linear scorer over hashed features and BIO tags, with tag
 * transition weights, as an averaged structured perceptron learns it (Collins 2002). Immutable and
 * thread-safe. Carries its format version, its training provenance and the word clusters its
 * features use; a reader reads its own format version only (version 2 added the clusters, version 3
 * the name lexicon, version 4 changed the feature hashes so that those of word pairs are told apart).
 */
public final class NerModel {

  /** The version of the binary format. */
  public static final int FORMAT_VERSION = 4;
  private static final int MAGIC = 0x49534E52; // "ISNR"

  private final List<String> tags;
  private final FeatureIndex index;
  private final float[] weights;
  private final float[] transitions;
  private final Map<String, String> provenance;
  private final WordClusters clusters;
  private final NameLexicon lexicon;
  private final int tagCount;
  private final PairWeights pairs;

  /**
   * @param tags the tags, {@code O} first
   * @param index feature hash to row
   * @param weights {@code rows * tags.size()} weights, row-major
   * @param transitions {@code (tags.size() + 1) * tags.size()} weights: from each tag (or the
   *     start, last row) to each tag
   * @param provenance what the model was trained on and how
   */
  public NerModel(List<String> tags, FeatureIndex index, float[] weights, float[] transitions,
      Map<String, String> provenance) {
    this(tags, index, weights, transitions, provenance, WordClusters.NONE);
  }

  /**
   * A model whose features include word clusters.
   *
   * @param clusters the word clusters the model's features were trained with
   */
  public NerModel(List<String> tags, FeatureIndex index, float[] weights, float[] transitions,
      Map<String, String> provenance, WordClusters clusters) {
    this(tags, index, weights, transitions, provenance, clusters, NameLexicon.NONE);
  }

  /**
   * A model whose features include word clusters and name lists.
   *
   * @param lexicon the name lists the model's features were trained with
   */
  public NerModel(List<String> tags, FeatureIndex index, float[] weights, float[] transitions,
      Map<String, String> provenance, WordClusters clusters, NameLexicon lexicon) {
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon must not be null");
    this.clusters = java.util.Objects.requireNonNull(clusters, "clusters must not be null");
    this.tags = List.copyOf(tags);
    this.index = index;
    this.weights = weights.clone();
    this.transitions = transitions.clone();
    this.provenance = Map.copyOf(provenance);
    this.tagCount = this.tags.size();
    if (weights.length != index.size() * this.tags.size()
        || transitions.length != (this.tags.size() + 1) * this.tags.size()) {
      throw new IllegalArgumentException("weights do not match " + index.size() + " features and "
          + this.tags.size() + " tags");
    }
    long[] hashes = index.hashes();
    int[] pairRows = java.util.stream.IntStream.range(0, hashes.length)
        .filter(r -> NerFeatures.isPair(hashes[r])).toArray();
    long[] pairHashes = java.util.Arrays.stream(pairRows).mapToLong(r -> hashes[r]).toArray();
    this.pairs = new PairWeights(pairHashes, pairRows, this.weights, tagCount);
  }

  public List<String> tags() {
    return tags;
  }

  public Map<String, String> provenance() {
    return provenance;
  }

  /** The word clusters the features use ({@link WordClusters#NONE} when none). */
  public WordClusters clusters() {
    return clusters;
  }

  /** The name lists the features use ({@link NameLexicon#NONE} when none). */
  public NameLexicon lexicon() {
    return lexicon;
  }

  int features() {
    return index.size();
  }

  /** Adds the weights of feature {@code hash} to {@code scores}, one per tag; unknown features add nothing. */
  void addScores(long hash, float[] scores) {
    addScores(hash, scores, 0);
  }

  /** Adds the weights of feature {@code hash} to the tag scores that start at {@code at}. */
  void addScores(long hash, float[] scores, int at) {
    int row = index.row(hash);
    if (row < 0) {
      return;
    }
    int n = tagCount;
    int base = row * n;
    for (int t = 0; t < n; t++) {
      scores[at + t] += weights[base + t];
    }
  }

  /** The weights of the word-pair features, laid out for tagging. */
  PairWeights pairs() {
    return pairs;
  }

  float transition(int from, int to) {
    return transitions[(from < 0 ? tags.size() : from) * tags.size() + to];
  }

  /** Where the trained model is bundled, as a class-path resource. */
  public static final String RESOURCE = "/org/isnad/entity/ner-model.bin.gz";

  /** The bundled model; throws with a clear message when the build has none. */
  public static NerModel bundled() {
    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no bundled NER model at " + RESOURCE + "; train one with 'isnad train ner'");
      }
      return read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the bundled NER model " + RESOURCE, e);
    }
  }

  /** Writes the model, gzip-compressed. */
  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(MAGIC);
      d.writeInt(FORMAT_VERSION);
      d.writeInt(provenance.size());
      for (Map.Entry<String, String> e : provenance.entrySet()) {
        d.writeUTF(e.getKey());
        d.writeUTF(e.getValue());
      }
      d.writeInt(tags.size());
      for (String t : tags) {
        d.writeUTF(t);
      }
      for (float w : transitions) {
        d.writeFloat(w);
      }
      index.write(d);
      for (float w : weights) {
        d.writeFloat(w);
      }
      clusters.write(d);
      lexicon.write(d);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in));
    if (d.readInt() != MAGIC) {
      throw new IOException("not an Isnad NER model");
    }
    int version = d.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("NER model format version " + version + " is not supported (this build reads "
          + FORMAT_VERSION + "); retrain with 'isnad train ner'");
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    for (int i = d.readInt(); i > 0; i--) {
      provenance.put(d.readUTF(), d.readUTF());
    }
    String[] tags = new String[d.readInt()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = d.readUTF();
    }
    float[] transitions = new float[(tags.length + 1) * tags.length];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    FeatureIndex index = FeatureIndex.read(d);
    float[] weights = new float[index.size() * tags.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = d.readFloat();
    }
    WordClusters clusters = WordClusters.read(d);
    NameLexicon lexicon = NameLexicon.read(d);
    return new NerModel(Arrays.asList(tags), index, weights, transitions, provenance, clusters, lexicon);
  }
}
