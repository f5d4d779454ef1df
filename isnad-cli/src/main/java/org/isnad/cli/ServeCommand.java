package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.serve.Archive;
import org.isnad.serve.IsnadServer;
import org.isnad.serve.ReportArchive;
import org.isnad.serve.ServerConfig;
import org.isnad.serve.StoreArchive;
import org.isnad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad serve}: the JSON API and the live web UI over the store ({@code isnad ingest}, {@code
 * isnad watch --store}) or over a report, both followed live.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the JSON API (/api/v1) and the live web UI (/) over the store (default isnad-data/, if it"
        + " exists) or a report (--report); new articles appear as they are stored or the report changes.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--report", paramLabel = "FILE_OR_DIR",
      description = "report.json written by analyze, or its folder (default, when there is no store: isnad-report)")
  Path report;

  @Option(names = "--store", paramLabel = "DIR",
      description = "the store to serve (default: isnad-data, when it holds a store and no --report is given)")
  Path store;

  @Option(names = "--port", defaultValue = "8080", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.LOCALHOST,
      description = "address to bind (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
    }
    if (report != null && store != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --report or --store, not both");
    }
    Path storeDir = store != null ? store
        : report == null && Files.exists(Store.DEFAULT_DIR.resolve("isnad.db")) ? Store.DEFAULT_DIR : null;
    Archive archive;
    AutoCloseable resource;
    String what;
    if (storeDir != null) {
      Store opened = openStore(storeDir);
      archive = new StoreArchive(opened);
      resource = opened;
      what = "the store at " + storeDir;
    } else {
      Path file = report == null ? Path.of("isnad-report") : report;
      try {
        ReportArchive r = ReportArchive.open(file, Duration.ofSeconds(1));
        archive = r;
        resource = r::close;
      } catch (IOException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      what = file.toString();
    }
    IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(port).withHost(host));
    spec.commandLine().getOut().println("isnad: serving " + what + " on http://" + host + ":" + server.port()
        + "/ (API under /api/v1; Ctrl-C stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("isnad: closing " + what + ": " + e.getMessage());
      }
      stopped.countDown();
    }, "isnad-serve-stop"));
    stopped.await();
    return Main.OK;
  }

  private Store openStore(Path dir) {
    if (!Files.exists(dir.resolve("isnad.db"))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--store: no store at " + dir
          + " (create one with 'isnad ingest PATH --store " + dir + "')");
    }
    try {
      return Store.open(dir);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
    }
  }
}
