package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.isnad.export.AcledCsv;
import org.isnad.export.GeoJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad export acled REPORT --out FILE.csv}: the report's events as ACLED-like rows; {@code
 * isnad export geojson REPORT --out FILE.geojson}: its placed events and places as GeoJSON.
 */
@Command(name = "export", description = "Export a report to other formats.",
    subcommands = {ExportCommand.Acled.class, ExportCommand.Geo.class})
final class ExportCommand extends GroupCommand {

  /** Reads the report, writes the export to a temporary file beside {@code --out}, then moves it in place. */
  abstract static class OneExport implements Callable<Integer> {
    @Parameters(paramLabel = "REPORT", description = "a report.json written by analyze, or the folder holding it") Path report;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract Path out();

    /** Writes the export of {@code json}; returns the line to print. */
    abstract String write(JsonNode json, OutputStream out) throws IOException;

    @Override
    public Integer call() throws Exception {
      Path file = Files.isDirectory(report) ? report.resolve("report.json") : report;
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such report: " + file);
      }
      JsonNode json;
      try {
        json = new ObjectMapper().readTree(file.toFile());
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + " is not a readable JSON report: " + e.getMessage());
      }
      if (json == null || !json.has("stories")) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + " has no stories: is it an isnad report?");
      }
      Path parent = out().toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".export", ".tmp");
      String done;
      try (OutputStream o = Files.newOutputStream(tmp)) {
        done = write(json, o);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, out(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine().getOut().println(done);
      return Main.OK;
    }
  }

  @Command(name = "acled", mixinStandardHelpOptions = true,
      description = "One CSV row per event ACLED codes, with ACLED's columns; fatalities the most conservative figure, disputes in notes.")
  static final class Acled extends OneExport {
    @Option(names = "--out", required = true, paramLabel = "FILE.csv") Path out;

    @Override
    Path out() {
      return out;
    }

    @Override
    String write(JsonNode json, OutputStream o) throws IOException {
      Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
      int rows = AcledCsv.write(json, w);
      w.flush();
      return rows + " events written to " + out;
    }
  }

  @Command(name = "geojson", mixinStandardHelpOptions = true,
      description = "A GeoJSON FeatureCollection (RFC 7946): a Point per placed event (type, dates, actors, figures"
          + " with best/low/high and status, sources) and per place the stories name.")
  static final class Geo extends OneExport {
    @Option(names = "--out", required = true, paramLabel = "FILE.geojson") Path out;

    @Override
    Path out() {
      return out;
    }

    @Override
    String write(JsonNode json, OutputStream o) throws IOException {
      GeoJson.Written w = GeoJson.write(json, o);
      return w.events() + " events and " + w.places() + " places written to " + out;
    }
  }
}
