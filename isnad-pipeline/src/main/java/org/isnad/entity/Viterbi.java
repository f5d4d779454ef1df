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
   * Transition scores with, for each tag, the tags it may follow (those whose transition is not
   * negative infinity), so that decoding never visits a forbidden transition; also flat, each tag's
   * predecessors from {@code starts[to]} in {@code flatFroms} with their scores in {@code flatTrans}.
   *
   * @param n the number of tags
   * @param trans {@code trans[(from + 1) * n + to]}: the score of moving from a tag (row 0: the start)
   */
  public record Plan(int n, float[] trans, int[][] froms, int[] flatFroms, int[] starts, float[] flatTrans) {

    /** The plan of a flat transition table. */
    public static Plan of(float[] trans, int n) {
      int[][] froms = new int[n][];
      for (int to = 0; to < n; to++) {
        int t = to;
        froms[to] = java.util.stream.IntStream.range(0, n)
            .filter(from -> trans[(from + 1) * n + t] != Float.NEGATIVE_INFINITY).toArray();
        if (froms[to].length == 0) {
          froms[to] = new int[] {0}; // unreachable: its score stays negative infinity
        }
      }
      int[] starts = new int[n + 1];
      for (int to = 0; to < n; to++) {
        starts[to + 1] = starts[to] + froms[to].length;
      }
      int[] flatFroms = new int[starts[n]];
      float[] flatTrans = new float[starts[n]];
      for (int to = 0; to < n; to++) {
        for (int k = 0; k < froms[to].length; k++) {
          flatFroms[starts[to] + k] = froms[to][k];
          flatTrans[starts[to] + k] = trans[(froms[to][k] + 1) * n + to];
        }
      }
      return new Plan(n, trans, froms, flatFroms, starts, flatTrans);
    }
  }

  /**
   * The same decoding over flat arrays.
   *
   * @see #decode(float[], int, Plan, float[], int[], int[])
   */
  public static void decode(float[] local, int len, int n, float[] trans, float[] score, int[] back, int[] out) {
    decode(local, len, Plan.of(trans, n), score, back, out);
  }

  /**
   * The same decoding over flat arrays, allocating nothing.
   *
   * @param local {@code local[i * n + t]}: the score of tag t for word i
   * @param len the number of words
   * @param plan the transitions
   * @param score work space of at least {@code 2 * n}
   * @param back work space of at least {@code len * n}
   * @param out receives the best tag of each word
   */
  public static void decode(float[] local, int len, Plan plan, float[] score, int[] back, int[] out) {
    if (len == 0) {
      return;
    }
    int n = plan.n();
    float[] trans = plan.trans();
    for (int to = 0; to < n; to++) {
      score[to] = trans[to] + local[to];
    }
    for (int i = 1; i < len; i++) {
      step(local, i, plan, score, back);
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

  /** One column: the best score of each tag at word i, from the column of word i - 1. */
  private static void step(float[] local, int i, Plan plan, float[] score, int[] back) {
    int n = plan.n();
    int[] flatFroms = plan.flatFroms();
    int[] starts = plan.starts();
    float[] flatTrans = plan.flatTrans();
    int prev = ((i - 1) & 1) * n;
    int cur = (i & 1) * n;
    int row = i * n;
    for (int to = 0; to < n; to++) {
      int k = starts[to];
      int end = starts[to + 1];
      int arg = flatFroms[k];
      float best = score[prev + arg] + flatTrans[k];
      for (k++; k < end; k++) {
        int from = flatFroms[k];
        float s = score[prev + from] + flatTrans[k];
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[cur + to] = best + local[row + to];
      back[row + to] = arg;
    }
  }

  /** Whether a BIO tag may follow another: an I- tag only continues a B- or I- of its type. */
  public static boolean allowed(String from, String to) {
    return !to.startsWith("I-") || from.length() > 2 && from.substring(2).equals(to.substring(2));
  }
}
