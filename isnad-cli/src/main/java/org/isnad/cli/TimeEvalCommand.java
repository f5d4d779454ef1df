package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.eval.TimeEval;
import org.isnad.lang.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad eval time}: the time stage on TimeML documents. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Extraction P/R/F1 (strict and lenient), type and normalised-value accuracy of the time"
        + " stage on TimeML files, and throughput as a ratio to Lucene's ArabicAnalyzer.")
final class TimeEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*") List<Path> paths;
  @Option(names = "--not-after", defaultValue = "2015-12-31",
      description = "Latest possible document date; a document's date is inferred from its text"
          + " (inferReference) and is this date when the text fixes none.")
  LocalDate notAfter;
  @Option(names = "--dct", paramLabel = "DATE",
      description = "Document creation time of every file (TimeML's DCT) when the files carry none, as a"
          + " feed gives a publication date; without it each date is inferred from the text.")
  LocalDate dct;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    List<Path> files = TimeEval.files(paths);
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no TimeML files in " + paths
          + " (a folder of .tml documents, for example ../shared/data/time/arabic-news-timeml)");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (dct != null) {
      out.printf("%d TimeML files; document date: %s for every file (--dct)%n", files.size(), dct);
    } else {
      out.printf("%d TimeML files; document date: inferred from the text, not after %s, else %s%n",
          files.size(), notAfter, notAfter);
    }
    out.print(new TimeEval(Language.arabic(), notAfter, dct).run(files).report());
    out.flush();
    return Main.OK;
  }
}
