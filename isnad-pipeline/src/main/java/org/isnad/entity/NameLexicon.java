package org.isnad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Name lists learned into a model: for each listed word, by its 64-bit hash ({@link
 * NerFeatures#wordHash}, not as text), the kinds of name it is or is part of, as bits. Built by the
 * trainer from gazetteers of names; a model carries it so that tagging needs no other resource.
 * Immutable and thread-safe; a look-up allocates nothing.
 */
public final class NameLexicon {

  /** The kinds of name, in bit order: place, person, organisation. */
  public static final int KINDS = 3;

  /** The bit of a word that is a whole one-word name of {@code kind}. */
  public static int whole(int kind) {
    return 1 << kind;
  }

  /** The bit of a word that is part of a longer name of {@code kind}. */
  public static int part(int kind) {
    return 1 << (KINDS + kind);
  }

  /** No lists: every word is unknown. */
  public static final NameLexicon NONE = of(new long[0], new int[0]);

  private final FeatureIndex index;
  private final int[] bits;

  private NameLexicon(FeatureIndex index, int[] bits) {
    this.index = index;
    this.bits = bits;
  }

  /**
   * @param wordHashes distinct word hashes
   * @param bits the bits of each word ({@link #whole}, {@link #part}), fewer than 16
   */
  public static NameLexicon of(long[] wordHashes, int[] bits) {
    if (wordHashes.length != bits.length) {
      throw new IllegalArgumentException(wordHashes.length + " words but " + bits.length + " bit sets");
    }
    return new NameLexicon(FeatureIndex.of(wordHashes), bits.clone());
  }

  /** The bits of a word by its hash, 0 for a word the lists do not hold. */
  public int bits(long wordHash) {
    int row = index.row(wordHash);
    return row < 0 ? 0 : bits[row];
  }

  public int size() {
    return bits.length;
  }

  void write(DataOutputStream d) throws IOException {
    index.write(d); // hashes in row order, so the bits follow by row
    for (int b : bits) {
      d.writeShort(b);
    }
  }

  static NameLexicon read(DataInputStream d) throws IOException {
    FeatureIndex index = FeatureIndex.read(d);
    int[] bits = new int[index.size()];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = d.readUnsignedShort();
    }
    return new NameLexicon(index, bits);
  }

  @Override
  public String toString() {
    return "NameLexicon[" + bits.length + " words]";
  }
}
