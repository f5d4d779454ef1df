package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.bench.BenchCorpus;
import org.isnad.bench.ExtractBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad bench extract}: entity, time and event extraction against Lucene's ArabicAnalyzer. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Entity, time and event extraction throughput, each and together, as ratios to Lucene's"
        + " ArabicAnalyzer on the same text in the same run.")
final class ExtractBenchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "DIR",
      description = "Folders of .txt articles (default: ../shared/seeds and examples/corpus).")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "60") int rounds;
  @Option(names = "--warmup", defaultValue = "150", description = "Unmeasured rounds first: the JIT needs seconds on this much code (10 rounds gave figures 2-3x apart from run to run).") int warmup;
  @Option(names = "--repeat", defaultValue = "10", description = "Copies of the corpus per round.") int repeat;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Path> roots = dirs.isEmpty() ? List.of(Path.of("../shared/seeds"), Path.of("examples/corpus")) : dirs;
    List<String> texts = BenchCorpus.load(roots);
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no .txt articles found under " + roots);
    }
    List<String> corpus = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      corpus.addAll(texts);
    }
    spec.commandLine().getOut().println(new ExtractBench(corpus).run(warmup, rounds));
    return Main.OK;
  }
}
