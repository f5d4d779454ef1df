package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.serve.IsnadServer;
import org.isnad.serve.LoadBench;
import org.isnad.serve.ServerConfig;
import org.isnad.serve.StoreArchive;
import org.isnad.store.Queries;
import org.isnad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench serve}: a bounded load test of the server on loopback over a synthetic archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Load test on loopback: N stories cloned from a report, C clients requesting story pages (80%%)"
        + " and searches (20%%) for S seconds; prints p50/p99 latency, throughput and errors.")
final class ServeBenchCommand implements Callable<Integer> {

  @Option(names = "--report", paramLabel = "FILE_OR_DIR", defaultValue = "isnad-report",
      description = "the report whose stories are cloned (default: ${DEFAULT-VALUE}; make it with 'isnad analyze examples/corpus')")
  Path report;

  @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "duration (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--stories", defaultValue = "10000", description = "stories in the archive (default: ${DEFAULT-VALUE})")
  int stories;

  @Option(names = "--store", paramLabel = "DIR", description = "load a durable store instead of cloned report"
      + " stories (make one with 'isnad bench ingest --articles 11000 --keep DIR')")
  Path store;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "0", description = "with --store: the same"
      + " load, unmeasured, for this long first, so the measured run sees a server that has read its stories"
      + " once (default: ${DEFAULT-VALUE}, a cold server)")
  int warmup;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || stories < 1 || stories > 1_000_000
        || warmup < 0 || warmup > 3600) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--clients 1..1000, --seconds 1..3600, --stories 1..1000000 and --warmup 0..3600");
    }
    if (store != null) {
      return againstStore();
    }
    Path file = Files.isDirectory(report) ? report.resolve("report.json") : report;
    JsonNode base;
    try {
      base = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read report " + file + " (" + e.getMessage()
          + "); make one with './isnad analyze examples/corpus'");
    }
    if (base == null || base.path("stories").isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + " has no stories to clone");
    }
    spec.commandLine().getOut().println("isnad bench serve: " + stories + " stories cloned from " + file + ", "
        + clients + " clients, " + seconds + " s on 127.0.0.1");
    LoadBench.Result r = LoadBench.run(base, stories, clients, Duration.ofSeconds(seconds));
    spec.commandLine().getOut().println(r);
    return r.errors() == 0 ? Main.OK : Main.SOME_REJECTED;
  }

  /** The same load against the store's own archive: its stories, its Lucene search. */
  private int againstStore() throws InterruptedException {
    if (!Files.isDirectory(store)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store);
    }
    try (Store s = Store.open(store);
        IsnadServer server = IsnadServer.start(new StoreArchive(s), ServerConfig.localhost(0))) {
      List<String> ids = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (int offset = 0; offset < s.storyCount(); offset += 100) {
        for (Queries.StorySummary story : s.stories(offset, 100)) {
          ids.add(story.id());
          if (titles.size() < 100) {
            titles.add(story.title());
          }
        }
      }
      if (ids.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), store + " has no stories");
      }
      spec.commandLine().getOut().println("isnad bench serve: the store at " + store + " (" + ids.size() + " stories, "
          + s.articleCount() + " articles), " + clients + " clients, " + seconds + " s on 127.0.0.1");
      URI uri = URI.create("http://127.0.0.1:" + server.port());
      List<String> words = LoadBench.searchWords(titles, 2, ids.get(0));
      if (warmup > 0) {
        spec.commandLine().getOut().println("warm-up (not measured): "
            + LoadBench.run(uri, clients, Duration.ofSeconds(warmup), ids, words));
      }
      LoadBench.Result r = LoadBench.run(uri, clients, Duration.ofSeconds(seconds), ids, words);
      spec.commandLine().getOut().println(r);
      return r.errors() == 0 ? Main.OK : Main.SOME_REJECTED;
    }
  }
}
