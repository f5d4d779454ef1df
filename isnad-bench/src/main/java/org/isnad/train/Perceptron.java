package org.isnad.train;

import java.util.List;

/**
 * The weights of a structured perceptron over feature rows and tags, with the averaging trick of
 * Daumé (2006): alongside the weights, keep the step-weighted sum of updates, so the average of all
 * weight vectors is {@code w - u / c} at the end. Not thread-safe.
 */
final class Perceptron {

  private final int tags;
  private final float[] w;
  private final double[] u;
  private final float[] tw;
  private final double[] tu;
  private final boolean[][] allowed;
  private int c = 1;

  Perceptron(int rows, List<String> tagNames) {
    this.tags = tagNames.size();
    this.w = new float[rows * tags];
    this.u = new double[rows * tags];
    this.tw = new float[(tags + 1) * tags];
    this.tu = new double[(tags + 1) * tags];
    allowed = new boolean[tags + 1][tags];
    for (int from = -1; from < tags; from++) {
      for (int to = 0; to < tags; to++) {
        String f = from < 0 ? "O" : tagNames.get(from);
        String t = tagNames.get(to);
        allowed[from + 1][to] = org.isnad.entity.Viterbi.allowed(f, t);
      }
    }
  }

  /** One step: decode, and update where the prediction differs from the gold tags. */
  void learn(int[][] rows, int[] gold) {
    int[] pred = decode(rows);
    for (int i = 0; i < gold.length; i++) {
      int gp = i == 0 ? -1 : gold[i - 1];
      int pp = i == 0 ? -1 : pred[i - 1];
      if (pred[i] != gold[i]) {
        for (int r : rows[i]) {
          update(w, u, r * tags + gold[i], 1);
          update(w, u, r * tags + pred[i], -1);
        }
      }
      if (pred[i] != gold[i] || gp != pp) {
        update(tw, tu, (gp + 1) * tags + gold[i], 1);
        update(tw, tu, (pp + 1) * tags + pred[i], -1);
      }
    }
    c++;
  }

  private void update(float[] weights, double[] sums, int at, int delta) {
    weights[at] += delta;
    sums[at] += (double) c * delta;
  }

  private int[] decode(int[][] rows) {
    float[][] local = new float[rows.length][tags];
    for (int i = 0; i < rows.length; i++) {
      for (int r : rows[i]) {
        for (int t = 0; t < tags; t++) {
          local[i][t] += w[r * tags + t];
        }
      }
    }
    float[][] trans = new float[tags + 1][tags];
    for (int from = 0; from <= tags; from++) {
      for (int to = 0; to < tags; to++) {
        trans[from][to] = allowed[from][to] ? tw[from * tags + to] : Float.NEGATIVE_INFINITY;
      }
    }
    return org.isnad.entity.Viterbi.decode(local, trans);
  }

  /** The averaged transitions as decoding takes them: row 0 the start, then each tag; forbidden at negative infinity. */
  float[][] averagedTransitionMatrix() {
    float[] avg = averaged(tw, tu);
    float[][] trans = new float[tags + 1][tags];
    for (int from = 0; from <= tags; from++) {
      for (int to = 0; to < tags; to++) {
        trans[from][to] = allowed[from][to] ? avg[from * tags + to] : Float.NEGATIVE_INFINITY;
      }
    }
    return trans;
  }

  float[] averagedWeights() {
    return averaged(w, u);
  }

  /** Transitions in the model's layout: rows are from-tags then the start, columns to-tags. */
  float[] averagedTransitions() {
    float[] avg = averaged(tw, tu);
    float[] out = new float[avg.length];
    // trainer rows: start first (index 0), then tags; model rows: tags first, start last
    System.arraycopy(avg, tags, out, 0, tags * tags);
    System.arraycopy(avg, 0, out, tags * tags, tags);
    return out;
  }

  private float[] averaged(float[] weights, double[] sums) {
    float[] out = new float[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (weights[i] - sums[i] / c);
    }
    return out;
  }
}
