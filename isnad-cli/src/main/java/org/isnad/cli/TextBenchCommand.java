package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.bench.BenchCorpus;
import org.isnad.bench.TextBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad bench text}: text-stage throughput as a ratio to Lucene's ArabicAnalyzer. */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = "Normalisation + segmentation throughput vs Lucene's ArabicAnalyzer on the same text."
        + " Run with JAVA_OPTS=-Xmx512m to check the 512 MB heap target.")
final class TextBenchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "DIR",
      description = "Folders of .txt articles (default: ../shared/seeds and examples/corpus).")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "30") int rounds;
  @Option(names = "--warmup", defaultValue = "20") int warmup;
  @Option(names = "--repeat", defaultValue = "20", description = "Copies of the corpus per round.") int repeat;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> roots = dirs.isEmpty() ? List.of(Path.of("../shared/seeds"), Path.of("examples/corpus")) : dirs;
    List<String> texts = BenchCorpus.load(roots);
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no .txt articles found under " + roots);
    }
    List<String> corpus = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      corpus.addAll(texts);
    }
    spec.commandLine().getOut().println(new TextBench(corpus).run(warmup, rounds));
    return Main.OK;
  }
}
