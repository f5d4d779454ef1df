package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.place.GeoNamesImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad gazetteer import FILE}: extends the gazetteer from a GeoNames dump. */
@Command(name = "gazetteer", description = "Manage the gazetteer.", subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand extends GroupCommand {

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Convert a GeoNames dump (cities15000.txt, ...) into gazetteer rows; analyze reads them with --gazetteer.")
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--out", defaultValue = "isnad-data/gazetteer-geonames.tsv") Path out;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      GeoNamesImport.Result r = GeoNamesImport.convert(file, out);
      spec.commandLine().getOut().println(r + "; wrote " + out);
      return r.imported() == 0 ? Main.SOME_REJECTED : Main.OK;
    }
  }
}
