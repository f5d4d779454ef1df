package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.store.Reanalysed;
import org.isnad.store.Store;
import org.isnad.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad reanalyse [--store DIR]}: analyse a store's stored originals again with this Isnad. */
@Command(name = "reanalyse", mixinStandardHelpOptions = true,
    description = "Analyses the originals kept in a store again with this Isnad (after an upgrade whose model"
        + " the store's analyses no longer follow, or to apply the current rules), into a new store that"
        + " takes the old one's place once complete; the old one is kept as DIR.before-reanalyse-TIME."
        + " Prints one line per article, then a summary. Exit 0: done; 1: some originals could not be read.")
final class ReanalyseCommand implements Callable<Integer> {

  @Option(names = "--store", defaultValue = "isnad-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Reanalysed r = Store.reanalyse(store, StoreConfig.defaults(), o -> out.println(o.line()));
      out.println("reanalysed " + r.read() + " originals: " + r.stored() + " stored, " + r.duplicates()
          + " duplicates, " + r.rejected() + " rejected; store " + store + "; the previous store is kept at "
          + r.previous());
      return r.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
    } catch (org.isnad.store.StoreException e) {
      spec.commandLine().getErr().println("isnad: " + e.getMessage());
      return Main.INTERNAL;
    }
  }
}
