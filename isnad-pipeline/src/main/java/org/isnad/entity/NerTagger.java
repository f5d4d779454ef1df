package org.isnad.entity;

/**
 * Tags the words of a sentence with a {@link NerModel}: per-word scores from the features, then the
 * best tag sequence by Viterbi over the transition weights, forbidding an I- tag that does not
 * continue a B- or I- of its type. Thread-safe: decoding state is per call, and the scores of
 * each word's own features are cached per thread.
 */
public final class NerTagger {

  private final NerModel model;
  private final NerFeatures features;
  private final boolean[][] allowed;
  /** Transition weights by (from + 1, to); forbidden transitions are negative infinity. */
  private final float[][] trans;

  public NerTagger(NerModel model, NerFeatures features) {
    this.model = model;
    this.features = features;
    int n = model.tags().size();
    allowed = new boolean[n + 1][n];
    for (int from = -1; from < n; from++) {
      for (int to = 0; to < n; to++) {
        allowed[from + 1][to] = allowedTransition(from < 0 ? "O" : model.tags().get(from), model.tags().get(to));
      }
    }
    trans = new float[n + 1][n];
    for (int from = -1; from < n; from++) {
      for (int to = 0; to < n; to++) {
        trans[from + 1][to] = allowed[from + 1][to] ? model.transition(from, to) : Float.NEGATIVE_INFINITY;
      }
    }
  }

  /** The scores of a word's own features, computed once per distinct word (per thread). */
  private float[] wordScore(String norm, String key, java.util.Map<String, float[]> cache, long[] f) {
    float[] s = cache.get(norm);
    if (s == null) {
      s = new float[model.tags().size()];
      int k = features.wordFeatures(norm, key, f, 0);
      for (int j = 0; j < k; j++) {
        model.addScores(f[j], s);
      }
      cache.put(norm, s);
    }
    return s;
  }

  private static final int MAX_CACHED_WORDS = 100_000;
  private final ThreadLocal<java.util.Map<String, float[]>> wordScores =
      ThreadLocal.withInitial(java.util.HashMap::new);

  static boolean allowedTransition(String from, String to) {
    return !to.startsWith("I-") || from.length() > 2 && from.substring(2).equals(to.substring(2));
  }

  /** The tag index of each word. */
  public int[] tag(String[] norms, String[] keys) {
    int len = norms.length;
    int n = model.tags().size();
    if (len == 0) {
      return new int[0];
    }
    float[][] score = new float[len][n];
    int[][] back = new int[len][n];
    long[] f = new long[NerFeatures.MAX];
    float[] local = new float[n];
    java.util.Map<String, float[]> cache = wordScores.get();
    if (cache.size() > MAX_CACHED_WORDS) {
      cache.clear();
    }
    for (int i = 0; i < len; i++) {
      System.arraycopy(wordScore(norms[i], keys[i], cache, f), 0, local, 0, n);
      int k = features.contextFeatures(norms, keys, i, f, 0);
      for (int j = 0; j < k; j++) {
        model.addScores(f[j], local);
      }
      for (int to = 0; to < n; to++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        if (i == 0) {
          best = trans[0][to];
        } else {
          float[] prev = score[i - 1];
          for (int from = 0; from < n; from++) {
            float s = prev[from] + trans[from + 1][to];
            if (s > best) {
              best = s;
              arg = from;
            }
          }
        }
        score[i][to] = best + local[to];
        back[i][to] = arg;
      }
    }
    return backtrack(score, back, len, n);
  }

  private static int[] backtrack(float[][] score, int[][] back, int len, int n) {
    int[] out = new int[len];
    int best = 0;
    for (int t = 1; t < n; t++) {
      if (score[len - 1][t] > score[len - 1][best]) {
        best = t;
      }
    }
    for (int i = len - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i][best];
    }
    return out;
  }

  public NerModel model() {
    return model;
  }
}
