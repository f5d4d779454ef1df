package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.bench.PipelineBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench pipeline}: the whole analyze pipeline against the sum of four floors. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "End-to-end analyze throughput on one core, as a ratio to the sum of the floors measured in the"
        + " same run (jsoup boilerplate removal, Lucene ArabicAnalyzer, 128-permutation MinHash, Lucene indexing),"
        + " on HTML pages recombined from the CoNLL sentences under ../shared/data.")
final class PipelineBenchCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared") Path shared;
  @Option(names = "--articles", defaultValue = "400") int articles;
  @Option(names = "--rounds", defaultValue = "3") int rounds;
  @Option(names = "--warmup", defaultValue = "5") int warmup;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<List<String>> sentences = SentenceCorpus.load(shared, spec);
    Path dir = Files.createTempDirectory("isnad-bench-pages");
    try {
      PipelineBench bench = new PipelineBench(sentences, articles, dir, 11);
      spec.commandLine().getOut().println(bench.run(warmup, rounds));
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }
}
