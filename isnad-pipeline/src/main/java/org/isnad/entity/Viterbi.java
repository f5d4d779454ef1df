package org.isnad.entity;

/**
 * The best tag sequence under a first-order model (Viterbi): per-word tag scores plus transition
 * scores, with forbidden transitions at negative infinity. Shared by the tagger and the trainer so
 * that training decodes exactly as tagging does. Stateless.
 */
public final class Viterbi {

  private Viterbi() {}

  /**
   * @param local {@code local[i][t]}: the score of tag t for word i
   * @param trans {@code trans[from + 1][to]}: the score of moving from a tag (row 0: the start)
   * @return the best tag of each word
   */
  public static int[] decode(float[][] local, float[][] trans) {
    int len = local.length;
    if (len == 0) {
      return new int[0];
    }
    int n = local[0].length;
    float[] flatLocal = new float[len * n];
    for (int i = 0; i < len; i++) {
      System.arraycopy(local[i], 0, flatLocal, i * n, n);
    }
    float[] flatTrans = new float[(n + 1) * n];
    for (int from = 0; from <= n; from++) {
      System.arraycopy(trans[from], 0, flatTrans, from * n, n);
    }
    int[] out = new int[len];
    decode(flatLocal, len, n, flatTrans, new float[2 * n], new int[len * n], out);
    return out;
  }

  /**
   * The same decoding over flat arrays, allocating nothing.
   *
   * @param local {@code local[i * n + t]}: the score of tag t for word i
   * @param len the number of words
   * @param n the number of tags
   * @param trans {@code trans[(from + 1) * n + to]}: the score of moving from a tag (row 0: the start)
   * @param score work space of at least {@code 2 * n}
   * @param back work space of at least {@code len * n}
   * @param out receives the best tag of each word
   */
  public static void decode(float[] local, int len, int n, float[] trans, float[] score, int[] back, int[] out) {
    if (len == 0) {
      return;
    }
    for (int to = 0; to < n; to++) {
      score[to] = trans[to] + local[to];
    }
    for (int i = 1; i < len; i++) {
      step(local, i, n, trans, score, back);
    }
    int cur = ((len - 1) & 1) * n;
    int best = 0;
    for (int t = 1; t < n; t++) {
      if (score[cur + t] > score[cur + best]) {
        best = t;
      }
    }
    for (int i = len - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i * n + best];
    }
  }

  /**
   * One column: the best score of each tag at word i, from the column of word i - 1. Forbidden
   * transitions (negative infinity) are skipped; they never win.
   */
  private static void step(float[] local, int i, int n, float[] trans, float[] score, int[] back) {
    int prev = ((i - 1) & 1) * n;
    int cur = (i & 1) * n;
    for (int to = 0; to < n; to++) {
      float best = Float.NEGATIVE_INFINITY;
      int arg = 0;
      for (int from = 0; from < n; from++) {
        float tr = trans[(from + 1) * n + to];
        if (tr == Float.NEGATIVE_INFINITY) {
          continue;
        }
        float s = score[prev + from] + tr;
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[cur + to] = best + local[i * n + to];
      back[i * n + to] = arg;
    }
  }

  /** Whether a BIO tag may follow another: an I- tag only continues a B- or I- of its type. */
  public static boolean allowed(String from, String to) {
    return !to.startsWith("I-") || from.length() > 2 && from.substring(2).equals(to.substring(2));
  }
}
