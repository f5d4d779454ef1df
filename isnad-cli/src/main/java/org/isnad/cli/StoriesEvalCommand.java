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
    description = "B-cubed precision/recall of story clustering on the labelled set (docs/STORIES.md).")
final class StoriesEvalCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--examples", defaultValue = "examples", description = "The examples folder.")
  Path examples;

  @Option(names = "--thresholds", split = ",", description = "Thresholds to sweep (default: the configured one).")
  List<Double> thresholds;

  @Option(names = "--seeds", defaultValue = "5", description = "Shuffled arrival orders to average over.")
  int seeds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = Files.createTempDirectory("isnad-eval");
    ClusterEval eval = new ClusterEval(ClusterEval.defaultSet(shared, examples, tmp));
    out.println("Labelled set: " + eval.describe());
    List<Double> ts = thresholds == null ? List.of(StoryConfig.DEFAULTS.threshold()) : thresholds;
    for (double t : ts) {
      double p = 0;
      double r = 0;
      for (long seed = 1; seed <= seeds; seed++) {
        BCubed.Result res = eval.run(t, seed);
        p += res.precision();
        r += res.recall();
      }
      p /= seeds;
      r /= seeds;
      out.printf(Locale.ROOT, "threshold %.3f: B-cubed precision %.3f recall %.3f F1 %.3f (mean of %d orders)%n",
          t, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), seeds);
    }
    return Main.OK;
  }
}
