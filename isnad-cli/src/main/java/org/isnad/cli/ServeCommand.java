package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.serve.IsnadServer;
import org.isnad.serve.ReportArchive;
import org.isnad.serve.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad serve}: the JSON API and the live web UI over a report, reloaded when it changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the JSON API (/api/v1) and the live web UI (/) over a report; reloads the report when it changes.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--report", paramLabel = "FILE_OR_DIR", defaultValue = "isnad-report",
      description = "report.json written by analyze, or its folder (default: ${DEFAULT-VALUE})")
  Path report;

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
    ReportArchive archive;
    try {
      archive = ReportArchive.open(report, Duration.ofSeconds(1));
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(port).withHost(host));
    spec.commandLine().getOut().println("isnad: serving " + report + " on http://" + host + ":" + server.port()
        + "/ (API under /api/v1; Ctrl-C stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      archive.close();
      stopped.countDown();
    }, "isnad-serve-stop"));
    stopped.await();
    return Main.OK;
  }
}
