package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.store.IngestOutcome;
import org.isnad.store.IngestReport;
import org.isnad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad ingest PATH... [--store DIR]}: analyse and store articles; stories update online. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyses files and folders into the store: prints 'stored ID', 'duplicate ID' or 'rejected'"
        + " per article (a stored article is printed only once durably committed), then a summary."
        + " Exit 0: all stored or duplicates; 1: some rejected.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;
  @Option(names = "--store", defaultValue = "isnad-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = Store.open(store)) {
      IngestReport r = s.ingest(paths, o -> out.println(o.line()));
      out.println(r.summary() + "; store " + store + ": " + s.articleCount() + " articles, "
          + s.storyCount() + " stories");
      return r.count(IngestOutcome.Status.REJECTED) > 0 ? Main.SOME_REJECTED : Main.OK;
    } catch (org.isnad.store.StoreException e) {
      spec.commandLine().getErr().println("isnad: " + e.getMessage());
      return Main.INTERNAL;
    }
  }
}
