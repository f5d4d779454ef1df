package org.isnad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.isnad.compare.ClaimComparator;
import org.isnad.model.Stance;

/**
 * Scores a {@link ClaimComparator} on labelled claim pairs: per-stance precision, recall and F1,
 * accuracy, macro-F1 (the mean of the three F1s, the figure the Arabic News Stance paper reports)
 * and the confusion matrix; and throughput, pairs per second, text analysis included.
 */
public final class StanceEval {

  private static final int K = Stance.values().length;
  private final ClaimComparator comparator;

  public StanceEval(ClaimComparator comparator) {
    this.comparator = Objects.requireNonNull(comparator, "comparator must not be null");
  }

  /** The result: {@code confusion[gold][predicted]} counts in {@link Stance} order. */
  public record Result(List<List<Integer>> confusion, double pairsPerSecond) {
    public Result {
      confusion = confusion.stream().map(List::copyOf).toList();
    }

    int count(int gold, int predicted) {
      return confusion.get(gold).get(predicted);
    }

    public int pairs() {
      int n = 0;
      for (int g = 0; g < K; g++) {
        for (int p = 0; p < K; p++) {
          n += count(g, p);
        }
      }
      return n;
    }

    public double accuracy() {
      int right = 0;
      for (int c = 0; c < K; c++) {
        right += count(c, c);
      }
      return pairs() == 0 ? 0 : right / (double) pairs();
    }

    public double precision(Stance s) {
      int predicted = 0;
      for (int g = 0; g < K; g++) {
        predicted += count(g, s.ordinal());
      }
      return predicted == 0 ? 0 : count(s.ordinal(), s.ordinal()) / (double) predicted;
    }

    public double recall(Stance s) {
      int gold = 0;
      for (int p = 0; p < K; p++) {
        gold += count(s.ordinal(), p);
      }
      return gold == 0 ? 0 : count(s.ordinal(), s.ordinal()) / (double) gold;
    }

    public double f1(Stance s) {
      double p = precision(s);
      double r = recall(s);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
      double sum = 0;
      for (Stance s : Stance.values()) {
        sum += f1(s);
      }
      return sum / K;
    }

    /** The figures as a text table. */
    public String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s%n", "stance", "P", "R", "F1", "gold"));
      for (Stance s : Stance.values()) {
        int gold = 0;
        for (int p = 0; p < K; p++) {
          gold += count(s.ordinal(), p);
        }
        sb.append(String.format(Locale.ROOT, "%-9s %6.3f %6.3f %6.3f %6d%n", s.code(), precision(s), recall(s),
            f1(s), gold));
      }
      sb.append(String.format(Locale.ROOT, "accuracy %.3f  macro-F1 %.3f  (%d pairs)%n", accuracy(), macroF1(),
          pairs()));
      sb.append("confusion (rows gold, columns predicted):\n");
      sb.append(String.format(Locale.ROOT, "%-9s", ""));
      for (Stance s : Stance.values()) {
        sb.append(String.format(Locale.ROOT, " %8s", s.code()));
      }
      sb.append('\n');
      for (Stance g : Stance.values()) {
        sb.append(String.format(Locale.ROOT, "%-9s", g.code()));
        for (int p = 0; p < K; p++) {
          sb.append(String.format(Locale.ROOT, " %8d", count(g.ordinal(), p)));
        }
        sb.append('\n');
      }
      sb.append(String.format(Locale.ROOT, "throughput: %.0f pairs/s (text analysis included, one thread)%n",
          pairsPerSecond));
      return sb.toString();
    }
  }

  /** Compares every pair; a first, untimed pass over the same pairs warms the JIT. */
  public Result run(List<StancePairs.Pair> pairs) {
    for (StancePairs.Pair p : pairs) {
      comparator.compare(p.a(), p.b());
    }
    int[][] confusion = new int[K][K];
    long start = System.nanoTime();
    for (StancePairs.Pair p : pairs) {
      confusion[p.stance().ordinal()][comparator.compare(p.a(), p.b()).ordinal()]++;
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    List<List<Integer>> rows = java.util.Arrays.stream(confusion)
        .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
    return new Result(rows, pairs.size() / seconds);
  }
}
