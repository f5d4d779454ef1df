package org.isnad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CoNLL-style scoring of entity spans: a predicted entity counts only if its type, start and end all
 * match a gold entity exactly. Per type and micro-averaged precision, recall and F1.
 */
public final class NerScore {

  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}

  /** Adds one sentence's gold and predicted BIO tags. */
  public void add(List<String> gold, List<String> predicted) {
    Set<String> g = new HashSet<>(spans(gold));
    Set<String> p = new HashSet<>(spans(predicted));
    for (String s : g) {
      counts.computeIfAbsent(type(s), k -> new int[3])[2]++;
    }
    for (String s : p) {
      int[] c = counts.computeIfAbsent(type(s), k -> new int[3]);
      c[1]++;
      if (g.contains(s)) {
        c[0]++;
      }
    }
  }

  private static String type(String span) {
    return span.substring(span.lastIndexOf(':') + 1);
  }

  /** Entities as "start:end:TYPE". */
  static List<String> spans(List<String> tags) {
    List<String> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      boolean continues = t.startsWith("I-") && type != null && t.substring(2).equals(type);
      if (!continues && type != null) {
        out.add(start + ":" + i + ":" + type);
        type = null;
      }
      if (t.startsWith("B-") || t.startsWith("I-") && type == null) {
        start = i;
        type = t.substring(2);
      }
    }
    return out;
  }

  /** The report: one line per type, then micro. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    int[] all = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      sb.append(line(e.getKey(), e.getValue()));
      for (int k = 0; k < 3; k++) {
        all[k] += e.getValue()[k];
      }
    }
    return sb.append(line("micro", all)).toString();
  }

  public double microF1() {
    int[] all = new int[3];
    counts.values().forEach(c -> {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    });
    return f1(all);
  }

  private static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String line(String type, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return String.format(Locale.ROOT, "%-6s precision %.3f recall %.3f F1 %.3f (gold %d, predicted %d, correct %d)%n",
        type, p, r, f1(c), c[2], c[1], c[0]);
  }
}
