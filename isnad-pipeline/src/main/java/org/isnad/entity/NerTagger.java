package org.isnad.entity;

/**
 * Tags the words of a sentence with a {@link NerModel}: per-word scores from the features, then the
 * best tag sequence by Viterbi over the transition weights, forbidding an I- tag that does not
 * continue a B- or I- of its type. Thread-safe: decoding state is per call, and the scores that
 * depend on one word only (its own features, and those it gives each neighbour) are cached per
 * thread, so a word is looked up once per sentence.
 */
public final class NerTagger {

  private final NerModel model;
  private final NerFeatures features;
  private final boolean[][] allowed;
  /** Transition weights by (from + 1, to); forbidden transitions are negative infinity. */
  private final float[][] trans;
  /** What the sentence boundary gives the words next to it. */
  private final WordScores boundary;

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
    boundary = scoresOf(NerFeatures.BOUNDARY_WORD, NerFeatures.BOUNDARY_WORD, new long[NerFeatures.MAX]);
    trans = new float[n + 1][n];
    for (int from = -1; from < n; from++) {
      for (int to = 0; to < n; to++) {
        trans[from + 1][to] = allowed[from + 1][to] ? model.transition(from, to) : Float.NEGATIVE_INFINITY;
      }
    }
  }

  private static final int[] OFFSET = {-1, 1, -2, 2};

  /** A word's scores: of its own features, and those it gives a neighbour in each role. */
  private record WordScores(float[] own, float[][] roles) {}

  private WordScores scoresOf(String norm, String key, long[] f) {
    int tags = model.tags().size();
    float[] own = new float[tags];
    int k = features.wordFeatures(norm, key, f, 0);
    for (int j = 0; j < k; j++) {
      model.addScores(f[j], own);
    }
    float[][] roles = new float[NerFeatures.ROLES][tags];
    for (int role = 0; role < NerFeatures.ROLES; role++) {
      k = features.neighbourFeatures(norm, key, role, f, 0);
      for (int j = 0; j < k; j++) {
        model.addScores(f[j], roles[role]);
      }
    }
    return new WordScores(own, roles);
  }

  private static final int MAX_CACHED_WORDS = 100_000;
  private final ThreadLocal<java.util.Map<String, WordScores>> wordScores =
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
    java.util.Map<String, WordScores> cache = wordScores.get();
    if (cache.size() > MAX_CACHED_WORDS) {
      cache.clear();
    }
    WordScores[] words = new WordScores[len];
    for (int i = 0; i < len; i++) {
      final int at = i;
      words[i] = cache.computeIfAbsent(norms[i], w -> scoresOf(w, keys[at], f));
    }
    int tags = model.tags().size();
    for (int i = 0; i < len; i++) {
      local[i] = words[i].own().clone();
      for (int role = 0; role < NerFeatures.ROLES; role++) {
        int at = i + OFFSET[role];
        float[] add = (at >= 0 && at < len ? words[at] : boundary).roles()[role];
        for (int t = 0; t < tags; t++) {
          local[i][t] += add[t];
        }
      }
      int k = features.pairFeatures(norms, keys, i, f, 0);
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
