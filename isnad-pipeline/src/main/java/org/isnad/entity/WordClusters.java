package org.isnad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Word clusters learned from unlabelled text: each known word has a path in a tree of clusters,
 * {@link #LEVELS} levels of {@link #BITS_PER_LEVEL} bits, the first level in the highest bits, so
 * that a prefix of the path names a coarser cluster (as Brown clusters are used in NER, Miller et
 * al. 2004). Words are held by their 64-bit hash ({@link NerFeatures#wordHash}), not as text.
 * Immutable and thread-safe; a look-up allocates nothing.
 */
public final class WordClusters {

  /** Levels of the cluster tree. */
  public static final int LEVELS = 3;

  /** Bits of the path each level takes (up to 16 branches). */
  public static final int BITS_PER_LEVEL = 4;

  /** No clusters: every word is unknown. */
  public static final WordClusters NONE = of(new long[0], new int[0]);

  private final FeatureIndex index;
  private final int[] paths;

  private WordClusters(FeatureIndex index, int[] paths) {
    this.index = index;
    this.paths = paths;
  }

  /**
   * @param wordHashes distinct word hashes
   * @param paths the path of each word, {@code LEVELS * BITS_PER_LEVEL} bits
   */
  public static WordClusters of(long[] wordHashes, int[] paths) {
    if (wordHashes.length != paths.length) {
      throw new IllegalArgumentException(wordHashes.length + " words but " + paths.length + " paths");
    }
    return new WordClusters(FeatureIndex.of(wordHashes), paths.clone());
  }

  /** The path of a word by its hash, or -1 for a word the clusters do not know. */
  public int path(long wordHash) {
    int row = index.row(wordHash);
    return row < 0 ? -1 : paths[row];
  }

  /** The path's first {@code levels} levels (a coarser cluster); -1 stays -1. */
  public static int prefix(int path, int levels) {
    return path < 0 ? -1 : path >>> (BITS_PER_LEVEL * (LEVELS - levels));
  }

  public int size() {
    return paths.length;
  }

  void write(DataOutputStream d) throws IOException {
    index.write(d); // hashes in row order, so the paths follow by row
    for (int p : paths) {
      d.writeShort(p);
    }
  }

  static WordClusters read(DataInputStream d) throws IOException {
    FeatureIndex index = FeatureIndex.read(d);
    int[] paths = new int[index.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = d.readUnsignedShort();
    }
    return new WordClusters(index, paths);
  }

  @Override
  public String toString() {
    return "WordClusters[" + paths.length + " words, " + Arrays.stream(paths).distinct().count() + " clusters]";
  }
}
