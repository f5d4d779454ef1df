package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * The pair table gives each word of a pair the weights of its own feature of the pair, and the
 * tagger, which scores pairs through it and words through its cache, scores as the model's
 * features say, looked up one by one.
 */
class PairWeightsTest {

  private static final Language AR = Language.arabic();

  @Test
  void testAPairGivesEachOfItsWordsItsOwnWeights() {
    long a = NerFeatures.wordHash("احمد");
    long b = NerFeatures.wordHash("الشرع");
    long second = NerFeatures.pairFeature(a, b);
    long first = second ^ 1;
    long onlySecond = NerFeatures.pairFeature(b, a);
    float[] weights = {1, 2, 3, 4, 5, 6};
    PairWeights pairs = new PairWeights(new long[] {first, second, onlySecond}, new int[] {0, 1, 2}, weights, 2);
    assertThat(pairs.size()).isEqualTo(2);

    float[] scores = new float[4];
    pairs.add(second, scores, 0, 2);
    assertThat(scores).containsExactly(1, 2, 3, 4);

    scores = new float[4];
    pairs.add(onlySecond, scores, 0, 2);
    assertThat(scores).containsExactly(0, 0, 5, 6);

    scores = new float[4];
    pairs.add(onlySecond, scores, 0, -1); // no second word: nothing of it is added
    pairs.add(NerFeatures.pairFeature(a, a), scores, 0, 2); // unknown pair
    assertThat(scores).containsExactly(0, 0, 0, 0);
  }

  @Test
  void testSlotsLookedUpTogetherAddWhatEachPairAddsAlone() {
    long a = NerFeatures.wordHash("احمد");
    long b = NerFeatures.wordHash("الشرع");
    long second = NerFeatures.pairFeature(a, b);
    long onlySecond = NerFeatures.pairFeature(b, a);
    long unknown = NerFeatures.pairFeature(a, a);
    float[] weights = {1, 2, 3, 4, 5, 6};
    PairWeights pairs = new PairWeights(new long[] {second ^ 1, second, onlySecond}, new int[] {0, 1, 2}, weights, 2);
    long[] keys = {unknown, second, onlySecond, second};
    int[] slots = new int[keys.length];
    pairs.slots(keys, keys.length, slots);
    assertThat(slots[0]).isEqualTo(-1);
    for (int p = 0; p < keys.length; p++) {
      float[] alone = new float[4];
      float[] together = new float[4];
      pairs.add(keys[p], alone, 0, 2);
      pairs.add(slots[p], together, 0, 2);
      assertThat(together).containsExactly(alone);
    }
  }

  @Test
  void testTheBundledModelTagsAsItsFeaturesLookedUpOneByOne() {
    NerModel model = NerModel.bundled();
    NerFeatures features = new NerFeatures(NerResources.bundled(AR), model.clusters(), model.lexicon());
    NerTagger tagger = new NerTagger(model, features);
    List<String> sentences = List.of("وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة",
        "أعلنت وزارة الدفاع السورية مقتل جنود قرب تدمر",
        "التقى أحمد الشرع بوفد من الأمم المتحدة في دمشق", "حلب");
    int n = model.tags().size();
    for (String sentence : sentences) {
      String[] norms = NerInput.norms(List.of(sentence.split(" ")), AR);
      String[] keys = NerInput.keys(norms, AR);
      float[][] local = new float[norms.length][n];
      long[] f = new long[NerFeatures.MAX];
      for (int i = 0; i < norms.length; i++) {
        int k = features.features(norms, keys, i, f);
        for (int j = 0; j < k; j++) {
          model.addScores(f[j], local[i]);
        }
      }
      float[][] trans = new float[n + 1][n];
      for (int from = -1; from < n; from++) {
        for (int to = 0; to < n; to++) {
          trans[from + 1][to] = Viterbi.allowed(from < 0 ? "O" : model.tags().get(from), model.tags().get(to))
              ? model.transition(from, to) : Float.NEGATIVE_INFINITY;
        }
      }
      assertThat(tagger.tag(norms, keys)).as(sentence).containsExactly(Viterbi.decode(local, trans));
    }
  }
}
