package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.isnad.export.AcledCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad export acled REPORT --out FILE.csv}: the report's events as ACLED-like rows. */
@Command(name = "export", description = "Export a report to other formats.", subcommands = {ExportCommand.Acled.class})
final class ExportCommand extends GroupCommand {

  @Command(name = "acled", mixinStandardHelpOptions = true,
      description = "One CSV row per event ACLED codes, with ACLED's columns; fatalities the most conservative figure, disputes in notes.")
  static final class Acled implements Callable<Integer> {
    @Parameters(paramLabel = "REPORT", description = "a report.json written by analyze, or the folder holding it") Path report;
    @Option(names = "--out", required = true, paramLabel = "FILE.csv") Path out;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path file = Files.isDirectory(report) ? report.resolve("report.json") : report;
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such report: " + file);
      }
      JsonNode json;
      try {
        json = new ObjectMapper().readTree(file.toFile());
      } catch (java.io.IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + " is not a readable JSON report: " + e.getMessage());
      }
      if (!json.has("stories")) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + " has no stories: is it an isnad report?");
      }
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".acled", ".csv");
      int rows;
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        rows = AcledCsv.write(json, w);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine().getOut().println(rows + " events written to " + out);
      return Main.OK;
    }
  }
}
