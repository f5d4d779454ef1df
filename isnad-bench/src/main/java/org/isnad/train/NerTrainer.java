package org.isnad.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.isnad.entity.FeatureIndex;
import org.isnad.entity.NerFeatures;
import org.isnad.entity.NerInput;
import org.isnad.entity.NerModel;
import org.isnad.eval.Conll;
import org.isnad.lang.Language;

/**
 * Trains a {@link NerModel} by the averaged structured perceptron (Collins 2002): decode each
 * training sentence with the current weights (Viterbi, BIO-constrained), and where the best
 * sequence differs from the gold one, add the gold features and subtract the predicted ones;
 * the model is the average of the weights over all steps. Deterministic for a seed.
 */
public final class NerTrainer {

  /** Training parameters. */
  public record Params(int epochs, long seed, int minFeatureCount, double prune) {
    public static final Params DEFAULTS = new Params(15, 20261122L, 1, 0.5);
  }

  static final List<String> TAGS = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
      "B-MISC", "I-MISC");

  private final Language language;
  private final NerFeatures features;

  public NerTrainer(Language language, NerFeatures features) {
    this.language = language;
    this.features = features;
  }

  /** One sentence ready for training: feature rows per word and gold tag indexes. */
  private record Example(int[][] rows, int[] gold) {}

  /**
   * Trains on sentences of the target annotation (ANERcorp's) alone.
   *
   * @see #train(List, List, Params, Map)
   */
  public NerModel train(List<Conll.Sentence> sentences, Params params, Map<String, String> provenance) {
    return train(sentences, List.of(), params, provenance);
  }

  /**
   * Trains on sentences of the target annotation and on auxiliary sentences annotated by other
   * guidelines (Wojood's). An auxiliary sentence's features come twice, as themselves and marked as
   * auxiliary, so that what only the other guidelines do is learnt by the marked copies, which the
   * tagger never sees ("frustratingly easy" domain adaptation, Daumé 2007).
   */
  public NerModel train(List<Conll.Sentence> sentences, List<Conll.Sentence> auxiliary, Params params,
      Map<String, String> provenance) {
    List<Conll.Sentence> all = new ArrayList<>(sentences);
    all.addAll(auxiliary);
    int firstAuxiliary = sentences.size();
    List<long[][]> hashed = new ArrayList<>();
    List<int[]> golds = new ArrayList<>();
    Map<Long, Integer> counts = new HashMap<>();
    for (int at = 0; at < all.size(); at++) {
      Conll.Sentence s = all.get(at);
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (int i = 0; i < s.words().size(); i++) {
        if (NerInput.isWord(s.words().get(i))) {
          words.add(s.words().get(i));
          tags.add(s.tags().get(i));
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      long[][] h = hash(words, at >= firstAuxiliary);
      for (long[] row : h) {
        for (long f : row) {
          counts.merge(f, 1, Integer::sum);
        }
      }
      hashed.add(h);
      golds.add(tags.stream().mapToInt(t -> Math.max(0, TAGS.indexOf(t))).toArray());
    }
    long[] kept = counts.entrySet().stream().filter(e -> e.getValue() >= params.minFeatureCount())
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    FeatureIndex index = FeatureIndex.of(kept);
    List<Example> examples = new ArrayList<>();
    for (int s = 0; s < hashed.size(); s++) {
      examples.add(new Example(rows(hashed.get(s), index), golds.get(s)));
    }
    Perceptron p = new Perceptron(index.size(), TAGS);
    Random random = new Random(params.seed());
    for (int epoch = 0; epoch < params.epochs(); epoch++) {
      Collections.shuffle(examples, random);
      for (Example e : examples) {
        p.learn(e.rows(), e.gold());
      }
    }
    float[] w = p.averagedWeights();
    long[] rowsKept = prune(kept, w, params.prune());
    float[] weights = new float[rowsKept.length * TAGS.size()];
    FeatureIndex pruned = FeatureIndex.of(rowsKept);
    for (int r = 0; r < rowsKept.length; r++) {
      System.arraycopy(w, index.row(rowsKept[r]) * TAGS.size(), weights, r * TAGS.size(), TAGS.size());
    }
    Map<String, String> prov = new LinkedHashMap<>(provenance);
    prov.put("algorithm", "averaged structured perceptron, BIO-constrained Viterbi");
    prov.put("epochs", String.valueOf(params.epochs()));
    prov.put("seed", String.valueOf(params.seed()));
    prov.put("features", String.valueOf(pruned.size()));
    prov.put("pruned below", String.valueOf(params.prune()));
    prov.put("sentences", String.valueOf(examples.size()));
    return new NerModel(TAGS, pruned, weights, p.averagedTransitions(), prov, features.clusters(), features.lexicon());
  }

  /** The features with a weight of at least {@code min} in absolute value for some tag. */
  private static long[] prune(long[] hashes, float[] w, double min) {
    int t = TAGS.size();
    return java.util.stream.IntStream.range(0, hashes.length).filter(r -> {
      for (int k = 0; k < t; k++) {
        if (Math.abs(w[r * t + k]) >= min) {
          return true;
        }
      }
      return false;
    }).mapToLong(r -> hashes[r]).toArray();
  }

  private static final long AUXILIARY = 0x6A09E667F3BCC909L;

  private long[][] hash(List<String> words, boolean auxiliary) {
    String[] norms = NerInput.norms(words, language);
    String[] keys = NerInput.keys(norms, language);
    long[][] out = new long[norms.length][];
    long[] buf = new long[NerFeatures.MAX];
    for (int i = 0; i < norms.length; i++) {
      int n = features.features(norms, keys, i, buf);
      out[i] = Arrays.copyOf(buf, auxiliary ? 2 * n : n);
      for (int k = 0; auxiliary && k < n; k++) {
        out[i][n + k] = buf[k] ^ AUXILIARY;
      }
    }
    return out;
  }

  private static int[][] rows(long[][] hashed, FeatureIndex index) {
    int[][] out = new int[hashed.length][];
    for (int i = 0; i < hashed.length; i++) {
      out[i] = Arrays.stream(hashed[i]).mapToInt(index::row).filter(r -> r >= 0).toArray();
    }
    return out;
  }
}
