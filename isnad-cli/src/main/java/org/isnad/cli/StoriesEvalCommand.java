package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.eval.BCubed;
import org.isnad.eval.ClusterEval;
import org.isnad.story.StoryConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval stories}: B-cubed precision and recall of story clustering on the labelled set. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "B-cubed precision/recall of story clustering on the labelled set, in total and per"
        + " labelled source (docs/STORIES.md).")
final class StoriesEvalCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--examples", defaultValue = "examples", description = "The examples folder.")
  Path examples;

  @Option(names = "--thresholds", split = ",", description = "Thresholds to sweep (default: the configured one).")
  List<Double> thresholds;

  @Option(names = "--anchor-weights", split = ",",
      description = "Anchor weights to sweep (entities, places, event types, figures against words; default: the configured one).")
  List<Double> anchorWeights;

  @Option(names = "--seeds", defaultValue = "5", description = "Shuffled arrival orders to average over.")
  int seeds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = Files.createTempDirectory("isnad-eval");
    try {
      ClusterEval eval = new ClusterEval(ClusterEval.defaultSet(shared, examples, tmp));
      out.println("Labelled set: " + eval.describe());
      List<Double> ts = thresholds == null ? List.of(StoryConfig.DEFAULTS.threshold()) : thresholds;
      List<Double> ws = anchorWeights == null ? List.of(StoryConfig.DEFAULTS.anchorWeight()) : anchorWeights;
      for (double w : ws) {
        for (double t : ts) {
          String label = String.format(Locale.ROOT, "threshold %.3f", t)
              + (anchorWeights == null ? "" : String.format(Locale.ROOT, " anchor weight %.2f", w));
          report(out, eval, StoryConfig.DEFAULTS.withThreshold(t).withAnchorWeight(w), label);
        }
      }
    } finally {
      try (var files = Files.walk(tmp)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return Main.OK;
  }

  /** B-cubed over all files and per labelled source, averaged over the shuffled orders. */
  private void report(PrintWriter out, ClusterEval eval, StoryConfig config, String label) {
    java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
    for (long seed = 1; seed <= seeds; seed++) {
      ClusterEval.Scores res = eval.scores(config, seed);
      add(sums, "total", res.total());
      res.bySource().forEach((source, r) -> add(sums, source, r));
    }
    double[] total = sums.get("total");
    double p = total[0] / seeds;
    double r = total[1] / seeds;
    out.printf(Locale.ROOT, "%s: B-cubed precision %.3f recall %.3f F1 %.3f (mean of %d orders)%n",
        label, p, r, f1(p, r), seeds);
    sums.forEach((source, s) -> {
      if (!source.equals("total")) {
        double sp = s[0] / seeds;
        double sr = s[1] / seeds;
        out.printf(Locale.ROOT, "  %-13s precision %.3f recall %.3f F1 %.3f (%d files)%n", source, sp, sr,
            f1(sp, sr), (int) s[2]);
      }
    });
  }

  private static void add(java.util.Map<String, double[]> sums, String key, BCubed.Result r) {
    double[] s = sums.computeIfAbsent(key, k -> new double[3]);
    s[0] += r.precision();
    s[1] += r.recall();
    s[2] = r.items();
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
