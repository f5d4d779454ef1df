package org.isnad.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against labels (Bagga and Baldwin 1998): for each
 * item, the share of its cluster that has its label (precision) and the share of its label that is
 * in its cluster (recall), averaged over items.
 */
public final class BCubed {

  /** The two figures. */
  public record Result(double precision, double recall, int items) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private BCubed() {}

  /** @param clusterOf item to predicted cluster; @param labelOf item to gold label (same keys) */
  public static Result score(Map<String, String> clusterOf, Map<String, String> labelOf) {
    return score(clusterOf, labelOf, item -> true);
  }

  /**
   * The figures averaged over the items {@code counted} accepts, with clusters and labels sizes over
   * all items (a counted item merged with an uncounted one loses precision).
   */
  public static Result score(Map<String, String> clusterOf, Map<String, String> labelOf,
      java.util.function.Predicate<String> counted) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> labelSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String item : clusterOf.keySet()) {
      String c = clusterOf.get(item);
      String l = labelOf.get(item);
      clusterSize.merge(c, 1, Integer::sum);
      labelSize.merge(l, 1, Integer::sum);
      both.merge(c + "\u0000" + l, 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    int n = 0;
    for (String item : clusterOf.keySet()) {
      if (!counted.test(item)) {
        continue;
      }
      n++;
      String c = clusterOf.get(item);
      String l = labelOf.get(item);
      int common = both.get(c + "\u0000" + l);
      p += (double) common / clusterSize.get(c);
      r += (double) common / labelSize.get(l);
    }
    return new Result(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n);
  }
}
