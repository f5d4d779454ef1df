package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.eval.SampleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval sample}: writes the comparison set of real text (docs/ARCHITECTURE.md). */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Writes a comparison set of real Arabic text from the shared data (TimeML articles, ANERcorp and"
        + " Wojood sentences in pages, ANS headlines as JSON lines), to read the pipeline's output on and to diff"
        + " two builds' reports: `isnad analyze DIR`.")
final class SampleCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", required = true, description = "The folder to write the set into (outside the repository).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + data);
    }
    SampleSet.Written w = new SampleSet(data).write(out);
    PrintWriter err = spec.commandLine().getErr();
    w.missing().forEach(m -> err.println("not found, left out: " + m));
    PrintWriter o = spec.commandLine().getOut();
    o.printf("%s: %d files (%d TimeML articles, %d ANERcorp pages, %d Wojood pages, %d ANS headlines in ans.jsonl)%n",
        out, w.files(), w.articles(), w.anercorpPages(), w.wojoodPages(), w.headlines());
    o.flush();
    return w.files() == 0 ? Main.USAGE : Main.OK;
  }
}
