package org.isnad.reuse;

import java.util.Arrays;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Span;
import org.isnad.model.Token;

/**
 * An article as the copy detector sees it: the hash of each word's matching key, and each word's
 * span in the original text. Compact (12 bytes a word) so an archive of many articles can keep it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CopyText {

  private final String id;
  private final int[] hashes;
  private final int[] starts;
  private final int[] ends;

  private CopyText(String id, int[] hashes, int[] starts, int[] ends) {
    this.id = id;
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
  }

  /** The words of an analysed article's body. */
  public static CopyText of(AnalysedArticle a) {
    return of(a.id(), a.tokens());
  }

  public static CopyText of(String id, List<Token> tokens) {
    int n = tokens.size();
    int[] h = new int[n];
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      h[i] = mix(t.key().hashCode());
      s[i] = t.span().start();
      e[i] = t.span().end();
    }
    return new CopyText(java.util.Objects.requireNonNull(id, "id must not be null"), h, s, e);
  }

  /**
   * Words given by their key hashes only (4 bytes a word), word i at chars {@code [i, i+1)}: for
   * evaluations and benchmarks that work on word sequences.
   */
  public static CopyText ofHashes(String id, int[] hashes) {
    return new CopyText(id, Arrays.copyOf(hashes, hashes.length), null, null);
  }

  /** The hash of a word's key, as {@link #of} computes it. */
  public static int hashOf(String key) {
    return mix(key.hashCode());
  }

  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  public String id() {
    return id;
  }

  public int size() {
    return hashes.length;
  }

  int hash(int i) {
    return hashes[i];
  }

  /** The hash of word {@code i}'s key. */
  public int wordHash(int i) {
    return hashes[i];
  }

  /** The original span of words {@code [from, to)}. */
  public Span span(int from, int to) {
    return starts == null ? new Span(from, to) : new Span(starts[from], ends[to - 1]);
  }

  /** Approximate bytes held. */
  public long bytes() {
    return 48 + hashes.length * (starts == null ? 4L : 12L);
  }
}
