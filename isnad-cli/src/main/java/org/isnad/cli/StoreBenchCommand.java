package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.isnad.bench.PipelineBench;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.search.SearchQuery;
import org.isnad.store.IngestReport;
import org.isnad.store.Store;
import org.isnad.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench ingest}: ingest into a fresh store on one core, split into analysis, story
 * building, database writes and search indexing; then the time to reopen and the search latency.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store ingest on one core (end to end, and the store's own write and index rates), reopen"
        + " time and search latency, on HTML pages recombined from the CoNLL sentences under ../shared/data.")
final class StoreBenchCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared") Path shared;
  @Option(names = "--articles", defaultValue = "2000") int articles;
  @Option(names = "--queries", defaultValue = "200") int queries;
  @Option(names = "--commit-every", paramLabel = "N", description = "Articles per transaction (default: the store's).")
  Integer commitEvery;
  @Option(names = "--story-delay", paramLabel = "MS", description = "How long stories may wait to be rebuilt"
      + " (default: the store's).") Long storyDelay;
  @Option(names = "--warmup", paramLabel = "N", defaultValue = "0", description = "First ingest N other articles"
      + " into a throwaway store in the same process, so that the measured ingest runs compiled code (default: 0).")
  int warmup;
  @Option(names = "--keep", paramLabel = "DIR", description = "Write the store into DIR (a new folder) and keep it,"
      + " for example for 'isnad bench serve --store DIR'.") Path keep;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<List<String>> sentences = SentenceCorpus.load(shared, spec);
    Path pages = Files.createTempDirectory("isnad-bench-pages");
    if (keep != null && Files.exists(keep)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--keep " + keep + " exists; give a new folder");
    }
    Path store = keep != null ? keep : Files.createTempDirectory("isnad-bench-store");
    PrintWriter out = spec.commandLine().getOut();
    try {
      new PipelineBench(sentences, articles, pages, 11);
      StoreConfig config = StoreConfig.defaults().withPipeline(PipelineConfig.defaults().withParallel(false));
      config = commitEvery == null ? config : config.withCommitEvery(commitEvery);
      config = storyDelay == null ? config : config.withStoryDelayMillis(storyDelay);
      if (warmup > 0) {
        warm(sentences, config);
      }
      IngestReport r;
      long process0;
      long process1;
      try (Store s = Store.open(store, config)) {
        process0 = processCpuNanos();
        r = s.ingest(List.of(pages));
        process1 = processCpuNanos();
      }
      long n = r.count(org.isnad.store.IngestOutcome.Status.STORED);
      out.printf(Locale.ROOT, "ingest (one core): %d articles in %.1f s: %.0f articles/s end to end%n", n,
          r.millis() / 1e3, rate(n, r.millis()));
      out.printf(Locale.ROOT, "  analysis %.1f s (%.0f/s), story building %.1f s (%.0f/s),"
          + " database writes %.1f s (%.0f/s), search index %.1f s (%.0f/s)%n",
          r.analyseMillis() / 1e3, rate(n, r.analyseMillis()), r.buildMillis() / 1e3, rate(n, r.buildMillis()),
          r.writeMillis() / 1e3, rate(n, r.writeMillis()), r.indexMillis() / 1e3, rate(n, r.indexMillis()));
      out.printf(Locale.ROOT, "  the store's own rate (database + index): %.0f articles/s%n",
          rate(n, r.writeMillis() + r.indexMillis()));
      out.printf(Locale.ROOT, "  per core: %.0f articles per CPU-second of the ingesting thread (%.1f s of CPU;"
          + " waits for the disk and other processes' load excluded)%n", rate(n, r.cpuMillis()), r.cpuMillis() / 1e3);
      if (process0 >= 0) {
        out.printf(Locale.ROOT, "  the whole process (every thread: compilers, collector, index merges): %.1f s of CPU"
            + " during the ingest call, %.0f articles per CPU-second%n", (process1 - process0) / 1e9,
            rate(n, (process1 - process0) / 1_000_000));
      }
      IngestReport.PhaseCpu c = r.cpu();
      out.printf(Locale.ROOT, "  CPU per article: analysis %.2f ms, story building %.2f ms, database writes %.2f ms,"
          + " search index %.2f ms; the store's own %.2f ms (%.0f articles per CPU-second), %.2f of the analysis'%n",
          perArticle(c.analyse(), n), perArticle(c.build(), n), perArticle(c.write(), n), perArticle(c.index(), n),
          perArticle(c.write() + c.index(), n), rate(n, c.write() + c.index()),
          (c.write() + c.index()) / (double) Math.max(1, c.analyse()));
      out.printf(Locale.ROOT, "  stories rebuilt %d times, %d stories in all (%d touched)%n", r.rebuilds().times(),
          r.rebuilds().stories(), r.touchedStories().size());
      try (Store s = Store.open(store, config)) {
        Store.OpenStats o = s.openStats();
        out.printf(Locale.ROOT, "reopen: %d ms for %d articles (replay of the clustering %d ms, re-indexed %d);"
            + " store on disk %.1f MB%n", o.totalMillis(), o.articles(), o.replayMillis(), o.reindexed(), mb(store));
        searchLatency(s, sentences, out);
      }
    } finally {
      delete(pages);
      if (keep == null) {
        delete(store);
      }
    }
    return Main.OK;
  }

  /** Ingests {@link #warmup} other pages into a store that is deleted afterwards. */
  private void warm(List<List<String>> sentences, StoreConfig config) throws java.io.IOException {
    Path pages = Files.createTempDirectory("isnad-bench-warm-pages");
    Path store = Files.createTempDirectory("isnad-bench-warm-store");
    try {
      new PipelineBench(sentences, warmup, pages, 29);
      try (Store s = Store.open(store, config)) {
        s.ingest(List.of(pages));
      }
    } finally {
      delete(pages);
      delete(store);
    }
  }

  private void searchLatency(Store s, List<List<String>> sentences, PrintWriter out) {
    Random r = new Random(5);
    double[] ms = new double[queries];
    long total = 0;
    for (int i = 0; i < queries; i++) {
      List<String> words = sentences.get(r.nextInt(sentences.size()));
      String q = i % 2 == 0 ? words.get(r.nextInt(words.size()))
          : "\"" + String.join(" ", words.subList(0, Math.min(2, words.size()))) + "\"";
      long t0 = System.nanoTime();
      total += s.search(SearchQuery.of(q)).total();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "search (%d queries, words and two-word phrases, 20 hits with snippets): p50 %.1f ms,"
        + " p99 %.1f ms, %.1f hits on average%n", queries, ms[queries / 2], ms[queries * 99 / 100],
        total / (double) queries);
  }

  /** The CPU time of every thread of this process, or -1 where the JVM does not tell it. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  private static double perArticle(long millis, long n) {
    return millis / (double) Math.max(1, n);
  }

  private static double rate(long n, long millis) {
    return n * 1000.0 / Math.max(1, millis);
  }

  private static double mb(Path dir) throws java.io.IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
    }
  }

  private static void delete(Path dir) throws java.io.IOException {
    List<Path> all = new ArrayList<>();
    try (var s = Files.walk(dir)) {
      s.forEach(all::add);
    }
    all.sort(java.util.Comparator.reverseOrder());
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
