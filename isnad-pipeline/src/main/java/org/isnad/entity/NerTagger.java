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
    return Viterbi.allowed(from, to);
  }

  /** The tag index of each word. */
  public int[] tag(String[] norms, String[] keys) {
    int len = norms.length;
    if (len == 0) {
      return new int[0];
    }
    float[][] local = new float[len][];
    long[] f = new long[NerFeatures.MAX];
    java.util.Map<String, float[]> cache = wordScores.get();
    if (cache.size() > MAX_CACHED_WORDS) {
      cache.clear();
    }
    for (int i = 0; i < len; i++) {
      local[i] = wordScore(norms[i], keys[i], cache, f).clone();
      int k = features.contextFeatures(norms, keys, i, f, 0);
      for (int j = 0; j < k; j++) {
        model.addScores(f[j], local[i]);
      }
    }
    return Viterbi.decode(local, trans);
  }

  public NerModel model() {
    return model;
  }
}
