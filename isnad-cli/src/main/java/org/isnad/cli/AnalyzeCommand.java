package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.isnad.ingest.IngestConfig;
import org.isnad.model.AnalysedArticle;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.report.HtmlReport;
import org.isnad.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad analyze PATH... [--out DIR]}: analyse articles and write DIR/report.json and its page,
 * DIR/index.html.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles (.txt, .html, .json/.jsonl, RSS/Atom .xml; folders recursively)"
        + " and write DIR/report.json and DIR/index.html.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to analyse.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "isnad-report",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--max-article-mb", paramLabel = "MB", defaultValue = "16",
      description = "Largest article accepted, in MB of text (default: ${DEFAULT-VALUE}).")
  int maxArticleMb;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra places (from 'isnad gazetteer import') added to the bundled gazetteer.")
  Path gazetteer;

  @Option(names = "--debug", description = "Add each article's clustering decision to the report.")
  boolean debug;

  @Option(names = "--length", paramLabel = "N", defaultValue = "7",
      description = "Sentences in each story's brief, before those stating disputes (1 to 50; default ${DEFAULT-VALUE}).")
  int briefLength;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (maxArticleMb <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-article-mb must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (briefLength < 1 || briefLength > 50) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--length must be 1 to 50 sentences");
    }
    PipelineConfig config = PipelineConfig.defaults()
        .withIngest(new IngestConfig(IngestConfig.DEFAULTS.maxFileBytes(), maxArticleMb << 20))
        .withBriefLength(briefLength);
    if (gazetteer != null) {
      if (!Files.isRegularFile(gazetteer)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--gazetteer: no such file: " + gazetteer);
      }
      config = config.withExtraPlaces(gazetteer);
    }
    Pipeline pipeline = Pipeline.create(config);
    if (pipeline.extraPlacesMalformed() > 0) {
      err.println("isnad: " + gazetteer + ": " + pipeline.extraPlacesMalformed()
          + " malformed line(s) skipped (expected 9 tab-separated fields)");
    }
    Progress progress = new Progress(err, quiet);
    BatchResult batch = pipeline.analyze(paths, progress::filesRead);
    progress.done();
    Path report = this.out.resolve("report.json");
    new ReportWriter(debug).write(batch, report);
    Path page = this.out.resolve("index.html");
    HtmlReport.write(report, page);
    if (!quiet) {
      summary(batch, report, out);
      out.println("Page: " + page);
    }
    batch.rejected().forEach(r -> err.println("rejected: " + r.source() + ": " + r.reason()));
    return batch.rejected().isEmpty() ? Main.OK : Main.SOME_REJECTED;
  }

  private static void summary(BatchResult batch, Path report, PrintWriter out) {
    out.printf("Read %d article(s) from %d file(s); rejected %d; skipped %d file(s) of other types.%n",
        batch.articles().size(), batch.files(), batch.rejected().size(), batch.skipped().size());
    Map<String, Integer> perOutlet = new TreeMap<>();
    for (AnalysedArticle a : batch.articles()) {
      perOutlet.merge(a.clean().outlet().isUnknown() ? "(unknown outlet)" : a.clean().outlet().name(), 1, Integer::sum);
    }
    out.printf("Stories: %d%n", batch.stories().size());
    batch.stories().forEach(s -> out.printf("  %s  %d article(s), %d independent source(s): %s%n", s.id(),
        s.articles().size(), s.independentSources(), s.title()));
    out.println("Per outlet:");
    perOutlet.forEach((o, n) -> out.printf("  %-30s %d%n", o, n));
    if (batch.templateLines() > 0) {
      out.printf("Learned %d template line(s) from outlets with several pages.%n", batch.templateLines());
    }
    out.println("Report: " + report + (Files.exists(report) ? "" : " (not written)"));
  }

  /** Progress on standard error for long runs: a line every few seconds, nothing for short runs. */
  private static final class Progress {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private final PrintWriter err;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean printed;

    Progress(PrintWriter err, boolean quiet) {
      this.err = err;
      this.quiet = quiet;
    }

    void filesRead(int n) {
      long now = System.nanoTime();
      if (!quiet && now - last > EVERY_NANOS) {
        err.printf("... %d file(s) read (%.0f s)%n", n, (now - start) / 1e9);
        last = now;
        printed = true;
      }
    }

    void done() {
      if (printed) {
        err.printf("... reading done in %.1f s; analysing%n", (System.nanoTime() - start) / 1e9);
      }
    }
  }
}
