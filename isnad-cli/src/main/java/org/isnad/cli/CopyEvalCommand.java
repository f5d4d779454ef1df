package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.eval.CopyEval;
import org.isnad.eval.Sentences;
import org.isnad.lang.Language;
import org.isnad.reuse.CopyDetector;
import org.isnad.reuse.ReuseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval copy}: passage-level precision/recall of copy detection on planted passages. */
@Command(name = "copy", mixinStandardHelpOptions = true,
    description = "Copy detection on pairs built from the sentences of ../shared/data with planted, lightly edited passages.")
final class CopyEvalCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared") Path shared;
  @Option(names = "--pairs", defaultValue = "1000", description = "Planted pairs per band (and as many clean pairs).")
  int pairs;
  @Option(names = "--seed", defaultValue = "42") long seed;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<List<String>> sentences = SentenceCorpus.load(shared, spec);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Corpus: %d distinct sentences from %s; seed %d%n", sentences.size(), Sentences.defaultFiles(shared), seed);
    CopyEval eval = new CopyEval(sentences, Language.arabic(), CopyDetector.create(ReuseConfig.DEFAULTS));
    out.println(eval.run(pairs, 20, 29, seed));
    out.println(eval.run(pairs, 30, 80, seed + 1));
    out.println(eval.run(pairs, 81, 200, seed + 2));
    return Main.OK;
  }
}
