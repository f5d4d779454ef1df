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
import org.isnad.entity.Viterbi;
import org.isnad.eval.Conll;
import org.isnad.lang.Language;

/**
 * Trains a {@link NerModel} by the averaged structured perceptron (Collins 2002): decode each
 * training sentence with the current weights (Viterbi, BIO-constrained), and where the best
 * sequence differs from the gold one, add the gold features and subtract the predicted ones;
 * the model is the average of the weights over all steps. Several such perceptrons, over other
 * shuffles of the sentences, are averaged in turn (parameter mixing, McDonald et al. 2010), which
 * steadies the weights; and the score of O is lowered by the amount that gives the best F1 on the
 * training sentences when each fold of them is tagged by a perceptron trained on the others, since
 * the perceptron leans to O at the cost of recall. Deterministic for a seed.
 */
public final class NerTrainer {

  /**
   * Training parameters.
   *
   * @param minFeatureCount features seen fewer times are left out
   * @param minPairCount word-pair features seen fewer times are left out
   * @param prune features whose averaged weights all stay below this are dropped
   * @param folds the folds of the held-out tagging that tunes the outside bias
   * @param tuneOutside whether to tune the outside bias (else none)
   * @param mix perceptrons trained over other shuffles, whose weights are averaged
   */
  public record Params(int epochs, long seed, int minFeatureCount, int minPairCount, double prune, int folds,
      boolean tuneOutside, int mix) {
    public static final Params DEFAULTS = new Params(15, 20261122L, 1, 1, 0.5, 5, true, 8);
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
  private record Example(int[][] rows, int[] gold, boolean auxiliary) {}

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
    List<Boolean> auxiliaries = new ArrayList<>();
    Map<Long, Integer> counts = new HashMap<>();
    java.util.Set<Long> targetHashes = new java.util.HashSet<>();
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
      boolean aux = at >= firstAuxiliary;
      long[][] h = hash(words, aux);
      auxiliaries.add(aux);
      for (long[] row : h) {
        for (int k = 0; k < row.length; k++) {
          counts.merge(row[k], 1, Integer::sum);
          if (!aux || k < row.length / 2) {
            targetHashes.add(row[k]);
          }
        }
      }
      hashed.add(h);
      golds.add(tags.stream().mapToInt(t -> Math.max(0, TAGS.indexOf(t))).toArray());
    }
    long[] kept = counts.entrySet().stream().filter(e -> e.getValue()
            >= (NerFeatures.isPair(e.getKey()) ? params.minPairCount() : params.minFeatureCount()))
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    FeatureIndex index = FeatureIndex.of(kept);
    List<Example> examples = new ArrayList<>();
    for (int s = 0; s < hashed.size(); s++) {
      examples.add(new Example(rows(hashed.get(s), index), golds.get(s), auxiliaries.get(s)));
    }
    float[] tuned = params.tuneOutside() && params.folds() > 1
        ? outsideBias(examples, heldOut(examples, index.size(), params)) : null;
    float outside = tuned == null ? 0 : tuned[0];
    int mix = params.mix();
    float[] w = new float[index.size() * TAGS.size()];
    float[] transitions = new float[(TAGS.size() + 1) * TAGS.size()];
    for (int m = 0; m < mix; m++) {
      Perceptron p = new Perceptron(index.size(), TAGS);
      Random random = new Random(params.seed() + 1000L * m);
      List<Example> shuffled = new ArrayList<>(examples);
      for (int epoch = 0; epoch < params.epochs(); epoch++) {
        Collections.shuffle(shuffled, random);
        for (Example e : shuffled) {
          p.learn(e.rows(), e.gold());
        }
      }
      add(w, p.averagedWeights(), mix);
      add(transitions, p.averagedTransitions(), mix);
    }
    // the outside bias: every move into O (from a tag or the start) scores less
    for (int from = 0; from <= TAGS.size(); from++) {
      transitions[from * TAGS.size()] -= outside;
    }
    // the marked copies of auxiliary features are never looked up when tagging
    long[] rowsKept = prune(kept, w, params.prune(), targetHashes);
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
    prov.put("mixed", params.mix() + " perceptrons (shuffles), weights averaged");
    prov.put("outside bias", tuned == null ? "0" : String.format(java.util.Locale.ROOT,
        "%.1f (best F1 of the target sentences tagged by %d folds held out: %.4f; %.4f without)", outside,
        params.folds(), tuned[1], tuned[2]));
    return new NerModel(TAGS, pruned, weights, transitions, prov, features.clusters(), features.lexicon());
  }

  /** Adds {@code part / parts} to {@code sum}. */
  private static void add(float[] sum, float[] part, int parts) {
    for (int x = 0; x < sum.length; x++) {
      sum[x] += part[x] / parts;
    }
  }

  /** The word scores of each sentence from a perceptron not trained on it, and its fold. */
  private record HeldOut(float[][] local, float[][][] trans, int[] foldOf) {}

  /**
   * A perceptron is trained on all folds of the sentences but one (contiguous blocks, so documents
   * stay mostly whole) and scores the fold left out, as it will score new text.
   */
  private HeldOut heldOut(List<Example> ordered, int rows, Params params) {
    int n = ordered.size();
    int k = params.folds();
    int tags = TAGS.size();
    float[][] local = new float[n][];
    float[][][] trans = new float[k][][];
    int[] foldOf = new int[n];
    for (int fold = 0; fold < k; fold++) {
      Perceptron p = new Perceptron(rows, TAGS);
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        foldOf[i] = (int) ((long) i * k / n);
        if (foldOf[i] != fold) {
          train.add(ordered.get(i));
        }
      }
      Random random = new Random(params.seed() + 1 + fold);
      for (int epoch = 0; epoch < params.epochs(); epoch++) {
        Collections.shuffle(train, random);
        for (Example e : train) {
          p.learn(e.rows(), e.gold());
        }
      }
      float[] w = p.averagedWeights();
      trans[fold] = p.averagedTransitionMatrix();
      for (int i = 0; i < n; i++) {
        if (foldOf[i] == fold) {
          Example e = ordered.get(i);
          float[][] l = new float[e.rows().length][tags];
          local[i] = new float[e.rows().length * tags];
          for (int j = 0; j < l.length; j++) {
            for (int r : e.rows()[j]) {
              for (int t = 0; t < tags; t++) {
                l[j][t] += w[r * tags + t];
              }
            }
            System.arraycopy(l[j], 0, local[i], j * tags, tags);
          }
        }
      }
    }
    return new HeldOut(local, trans, foldOf);
  }

  /**
   * The score taken from the tag O at every word that gives the best F1 (exact spans) of the
   * held-out tags of the target sentences, from 0 by steps of 0.5 up to 10; with that F1 and the
   * F1 without a bias.
   */
  private static float[] outsideBias(List<Example> ordered, HeldOut h) {
    int tags = TAGS.size();
    float bestDelta = 0;
    double bestF = -1;
    double none = 0;
    for (float delta = 0; delta <= 10; delta += 0.5f) {
      int gold = 0;
      int pred = 0;
      int correct = 0;
      for (int i = 0; i < ordered.size(); i++) {
        Example e = ordered.get(i);
        if (e.auxiliary()) {
          continue;
        }
        float[][] l = new float[e.gold().length][tags];
        for (int j = 0; j < l.length; j++) {
          System.arraycopy(h.local()[i], j * tags, l[j], 0, tags);
          l[j][0] -= delta;
        }
        java.util.Set<String> gs = spans(e.gold());
        java.util.Set<String> ps = spans(Viterbi.decode(l, h.trans()[h.foldOf()[i]]));
        gold += gs.size();
        pred += ps.size();
        for (String x : ps) {
          if (gs.contains(x)) {
            correct++;
          }
        }
      }
      double f = 2.0 * correct / (gold + pred);
      if (delta == 0) {
        none = f;
      }
      if (f > bestF + 1e-9) {
        bestF = f;
        bestDelta = delta;
      }
    }
    return new float[] {bestDelta, (float) bestF, (float) none};
  }

  /** The entities of a tag sequence as "start:end:type". */
  static java.util.Set<String> spans(int[] tags) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < tags.length; ) {
      if (tags[i] == 0) {
        i++;
        continue;
      }
      int type = (tags[i] + 1) / 2;
      int end = i + 1;
      while (end < tags.length && tags[end] == 2 * type) {
        end++;
      }
      out.add(i + ":" + end + ":" + type);
      i = end;
    }
    return out;
  }

  /** The features with a weight of at least {@code min} in absolute value for some tag. */
  private static long[] prune(long[] hashes, float[] w, double min, java.util.Set<Long> used) {
    int t = TAGS.size();
    return java.util.stream.IntStream.range(0, hashes.length).filter(r -> used.contains(hashes[r])).filter(r -> {
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
