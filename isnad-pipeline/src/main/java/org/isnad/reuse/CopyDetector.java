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
  List<Passage> passages(CopyText a, CopyText b);

  /**
   * The winnowed fingerprints of a text (Schleimer, Wilkerson and Aiken 2003), sorted and distinct:
   * two texts that share an exact run of {@code window + shingle - 1} words share a fingerprint.
   */
  int[] fingerprints(CopyText t);

  static CopyDetector create(ReuseConfig config) {
    return new ShingleAligner(config);
  }
}
