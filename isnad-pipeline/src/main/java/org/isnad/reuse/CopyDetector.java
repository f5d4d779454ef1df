package org.isnad.reuse;

import java.util.List;
import org.isnad.model.Passage;

/**
 * Finds passages copied verbatim or nearly between two articles (at least {@link
 * ReuseConfig#minWords()} words, tolerant to normalisation differences, edited words, dropped or
 * inserted phrases and reordered paragraphs), and the fingerprints that select candidate pairs.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CopyDetector {

  /** The passages of {@code a} copied in {@code b}, in the order of {@code a}. */
  default List<Passage> passages(CopyText a, CopyText b) {
    return prepare(b).passagesFrom(a);
  }

  /** Indexes {@code b} once, to compare it with many earlier texts. */
  Prepared prepare(CopyText b);

  /** A text indexed for comparison. Immutable and thread-safe. */
  interface Prepared {
    /** The passages of {@code a} copied in the prepared text, in the order of {@code a}. */
    List<Passage> passagesFrom(CopyText a);
  }

  /**
   * The winnowed fingerprints of a text (Schleimer, Wilkerson and Aiken 2003), sorted and distinct:
   * two texts that share an exact run of {@code window + shingle - 1} words share a fingerprint.
   */
  default int[] fingerprints(CopyText t) {
    return java.util.Arrays.stream(fingerprintPositions(t)).mapToInt(f -> (int) (f >>> 32)).sorted().distinct()
        .toArray();
  }

  /**
   * The winnowed fingerprints with where they occur: each is {@code (hash << 32) | position}, the
   * position counted in words from the start, in order of position.
   */
  long[] fingerprintPositions(CopyText t);

  static CopyDetector create(ReuseConfig config) {
    return new ShingleAligner(config);
  }
}
