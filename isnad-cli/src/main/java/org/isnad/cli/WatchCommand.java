package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.isnad.model.Published;
import org.isnad.model.SourceMetadata;
import org.isnad.store.FetchedPage;
import org.isnad.store.IngestReport;
import org.isnad.store.Store;
import org.isnad.watch.FeedSource;
import org.isnad.watch.FeedWatcher;
import org.isnad.watch.PageSink;
import org.isnad.watch.PollSummary;
import org.isnad.watch.WatchConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad watch --feeds FILE [--out DIR] [--once]}: polls feeds politely and writes each new
 * article page into DIR as JSON lines that {@code isnad analyze DIR} reads.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll RSS/Atom feeds politely and fetch their new article pages into DIR (JSON lines that"
        + " 'isnad analyze DIR' reads). One line per page fetched, skipped or failed, and a summary per poll.")
final class WatchCommand implements Callable<Integer> {

  @Option(names = "--feeds", paramLabel = "FILE", required = true,
      description = "Feeds: one URL per line, optionally a tab and the outlet's name; '#' starts a comment.")
  Path feeds;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "isnad-data/pages",
      description = "Where fetched pages are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "isnad-data",
      description = "Where the watch state (validators, seen pages) is kept (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "600",
      description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
  long interval;

  @Option(names = "--delay", paramLabel = "MS", defaultValue = "2000",
      description = "Milliseconds between two requests to the same host (default: ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(names = "--once", description = "Poll every feed once, fetch the new pages and exit.")
  boolean once;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Ingest each fetched page into the store at DIR (stories updated online) instead of writing"
          + " it to --out.")
  Path store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<FeedSource> sources = readFeeds();
    PrintWriter out = spec.commandLine().getOut();
    WatchConfig config = config();
    try (Store archive = store == null ? null : Store.open(store);
        FeedWatcher w = FeedWatcher.create(config, sink(archive, out), e -> out.println(e))) {
      if (once) {
        PollSummary s = w.pollOnce(sources);
        out.println(s);
        return s.clean() ? Main.OK : Main.SOME_REJECTED;
      }
      w.run(sources, out::println);
      return Main.OK;
    }
  }

  /**
   * Where pages go: into the store (a page counts as delivered once its transaction is durably
   * committed, so a kill never loses one the watcher marked done), else into the pages folder.
   */
  private PageSink sink(Store archive, PrintWriter out) {
    if (archive == null) {
      return PageSink.toFolder(this.out);
    }
    return page -> {
      SourceMetadata feed = new SourceMetadata(page.title(), page.url(), page.outlet(),
          page.published() == null ? null : Published.ofTime(page.published().atOffset(ZoneOffset.UTC)));
      IngestReport r = archive.ingest(new FetchedPage(page.url(), page.contentType(), page.body(), page.fetchedAt(), feed));
      out.println("  stored in " + store + ": " + r.summary());
    };
  }

  private WatchConfig config() {
    if (interval < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 1 second");
    }
    if (delayMs < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--delay must not be negative");
    }
    return WatchConfig.defaults(data).withPollInterval(Duration.ofSeconds(interval))
        .withHostDelay(Duration.ofMillis(delayMs));
  }

  private List<FeedSource> readFeeds() throws IOException {
    if (!Files.isRegularFile(feeds)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--feeds: no such file: " + feeds);
    }
    try {
      List<FeedSource> list = FeedSource.readAll(feeds);
      if (list.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--feeds: no feed URL in " + feeds);
      }
      return list;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--feeds: " + e.getMessage());
    }
  }
}
