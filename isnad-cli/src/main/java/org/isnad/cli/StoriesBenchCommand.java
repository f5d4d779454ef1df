package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.bench.StoriesBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench stories}: clustering plus copy detection at 10k, 100k and 1M articles. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Story clustering + copy detection on synthetic streams (real sentences recombined)."
        + " Run with JAVA_OPTS=-Xmx12g for 1M articles.")
final class StoriesBenchCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared") Path shared;
  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000") List<Integer> sizes;
  @Option(names = "--seed", defaultValue = "7") long seed;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StoriesBench bench = new StoriesBench(SentenceCorpus.load(shared, spec));
    PrintWriter out = spec.commandLine().getOut();
    bench.run(Math.min(5000, sizes.get(0)), seed + 99);
    StoriesBench.Result previous = null;
    for (int n : sizes) {
      StoriesBench.Result r = bench.run(n, seed);
      out.println(r);
      if (previous != null) {
        double exponent = Math.log((r.clusterSeconds() + r.copySeconds()) / (previous.clusterSeconds()
            + previous.copySeconds())) / Math.log((double) r.articles() / previous.articles());
        out.printf(Locale.ROOT, "  growth exponent of total time from %,d to %,d: %.2f%n", previous.articles(),
            r.articles(), exponent);
      }
      out.flush();
      previous = r;
    }
    return Main.OK;
  }
}
