package org.isnad.entity;

import java.util.List;
import java.util.Map;

/**
 * Hand-made NER models for tests: a few word-form features with chosen weights, so that the tags a
 * tagger must give are known. Features other than these have no row and add nothing.
 */
final class TinyModels {

  static final List<String> TAGS = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC");
  static final int O = 0;
  static final int B_PERS = 1;
  static final int I_PERS = 2;
  static final int B_LOC = 3;
  static final int I_LOC = 4;

  static final Map<String, String> PROVENANCE = Map.of("corpus", "hand-made", "trainer", "none");

  private TinyModels() {}

  /** The hash of the feature "the word is {@code norm}". */
  static long word(String norm) {
    return NerFeatures.hash(1, norm);
  }

  /** The bias feature every word has. */
  static long bias() {
    return NerFeatures.hash(0, "");
  }

  /**
   * Every word leans to O (bias 1); "قال" is firmly O (10 more), "احمد" is B-PERS (5), "الشرع" is
   * I-PERS (5), "حلب" is B-LOC (5);
   * transition weights as given ({@code (TAGS.size() + 1) * TAGS.size()}, the start row last), or
   * all zero when null.
   */
  static NerModel persons(float[] transitions) {
    long[] hashes = {bias(), word("احمد"), word("الشرع"), word("حلب"), word("قال")};
    int n = TAGS.size();
    float[] weights = new float[hashes.length * n];
    weights[0 * n + O] = 1;
    weights[1 * n + B_PERS] = 5;
    weights[2 * n + I_PERS] = 5;
    weights[3 * n + B_LOC] = 5;
    weights[4 * n + O] = 10;
    return new NerModel(TAGS, FeatureIndex.of(hashes), weights,
        transitions == null ? new float[(n + 1) * n] : transitions, PROVENANCE);
  }

  static NerModel persons() {
    return persons(null);
  }

  /** Tags a sentence of folded words (their own forms as keys) and returns the tag names. */
  static List<String> tag(NerTagger tagger, String... norms) {
    int[] tags = tagger.tag(norms, norms);
    return java.util.Arrays.stream(tags).mapToObj(t -> tagger.model().tags().get(t)).toList();
  }

  static NerTagger tagger(NerModel model) {
    return new NerTagger(model, new NerFeatures(NerFeatures.Gazetteers.NONE));
  }
}
