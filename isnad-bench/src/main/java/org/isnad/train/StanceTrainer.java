package org.isnad.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.isnad.compare.FeatureVector;
import org.isnad.compare.StanceModel;
import org.isnad.model.Stance;

/**
 * Trains a {@link StanceModel}: multinomial logistic regression over hashed features, by
 * stochastic gradient descent with AdaGrad step sizes (Duchi, Hazan and Singer 2011) and an L2
 * penalty applied to the rows an example touches. Classes are weighted by the inverse of their
 * frequency raised to {@code balance} (0: none; 1: fully balanced), because the rare class
 * ({@code other}) counts as much as the others in macro-F1. Features marked {@link
 * FeatureVector#relatedOnly} keep a zero weight for {@code other} (Stance.OTHER is the last
 * stance). Deterministic for a seed.
 */
public final class StanceTrainer {

  /** Training parameters. */
  public record Params(int epochs, long seed, double learningRate, double l2, double balance) {
    public static final Params DEFAULTS = new Params(10, 20261123L, 0.1, 3e-4, 0.5);

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "epochs %d, seed %d, AdaGrad rate %s, L2 %s, class balance %s",
          epochs, seed, learningRate, l2, balance);
    }
  }

  /** One training example: its features and gold stance. */
  public record Example(FeatureVector features, Stance stance) {}

  private static final int K = Stance.values().length;
  private static final int OTHER = Stance.OTHER.ordinal();

  /** Trains on the examples; {@code provenance} is stored in the model with the parameters added. */
  public StanceModel train(List<Example> examples, Params params, Map<String, String> provenance) {
    double[] classWeight = classWeights(examples, params.balance());
    Map<Long, double[]> w = new HashMap<>();
    Map<Long, double[]> g2 = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(params.seed());
    for (int epoch = 0; epoch < params.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        step(e, w, g2, params, classWeight[e.stance().ordinal()]);
      }
    }
    Map<String, String> p = new LinkedHashMap<>(provenance);
    p.put("params", params.toString());
    p.put("examples", Integer.toString(examples.size()));
    return toModel(w, p);
  }

  private static void step(Example e, Map<Long, double[]> w, Map<Long, double[]> g2, Params params, double weight) {
    FeatureVector x = e.features();
    double[][] rows = new double[x.size()][];
    double[] s = new double[K];
    for (int i = 0; i < x.size(); i++) {
      rows[i] = w.computeIfAbsent(x.hash(i), h -> new double[K]);
      for (int c = 0; c < K; c++) {
        s[c] += rows[i][c] * x.value(i);
      }
    }
    double[] p = StanceModel.softmax(s);
    for (int i = 0; i < x.size(); i++) {
      double[] g = g2.computeIfAbsent(x.hash(i), h -> new double[K]);
      int classes = x.relatedOnly(i) ? OTHER : K;
      for (int c = 0; c < classes; c++) {
        double y = c == e.stance().ordinal() ? 1 : 0;
        double grad = weight * (p[c] - y) * x.value(i) + params.l2() * rows[i][c];
        g[c] += grad * grad;
        rows[i][c] -= params.learningRate() * grad / Math.sqrt(g[c] + 1e-8);
      }
    }
  }

  private static double[] classWeights(List<Example> examples, double balance) {
    int[] n = new int[K];
    examples.forEach(e -> n[e.stance().ordinal()]++);
    double[] out = new double[K];
    for (int c = 0; c < K; c++) {
      out[c] = n[c] == 0 ? 1 : Math.pow(examples.size() / (double) (K * n[c]), balance);
    }
    return out;
  }

  private static StanceModel toModel(Map<Long, double[]> w, Map<String, String> provenance) {
    List<Long> keys = new ArrayList<>();
    w.forEach((h, row) -> {
      if (Math.abs(row[0]) + Math.abs(row[1]) + Math.abs(row[2]) > 1e-3) {
        keys.add(h);
      }
    });
    Collections.sort(keys);
    long[] hashes = new long[keys.size()];
    float[] weights = new float[keys.size() * K];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = keys.get(i);
      double[] row = w.get(hashes[i]);
      for (int c = 0; c < K; c++) {
        weights[i * K + c] = (float) row[c];
      }
    }
    provenance.put("features", Integer.toString(hashes.length));
    return new StanceModel(hashes, weights, provenance);
  }
}
