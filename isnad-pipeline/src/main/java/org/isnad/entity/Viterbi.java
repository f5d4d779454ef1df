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
    float[][] score = new float[len][n];
    int[][] back = new int[len][n];
    for (int i = 0; i < len; i++) {
      for (int to = 0; to < n; to++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        if (i == 0) {
          best = trans[0][to];
        } else {
          for (int from = 0; from < n; from++) {
            float s = score[i - 1][from] + trans[from + 1][to];
            if (s > best) {
              best = s;
              arg = from;
            }
          }
        }
        score[i][to] = best + local[i][to];
        back[i][to] = arg;
      }
    }
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

  /** Whether a BIO tag may follow another: an I- tag only continues a B- or I- of its type. */
  public static boolean allowed(String from, String to) {
    return !to.startsWith("I-") || from.length() > 2 && from.substring(2).equals(to.substring(2));
  }
}
