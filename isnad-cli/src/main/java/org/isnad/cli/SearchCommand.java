package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.model.EventType;
import org.isnad.model.Span;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.search.Snippet;
import org.isnad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad search "..."}: Arabic full-text search of the store, with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the store: every word and \"quoted phrase\" must match (normalised and stemmed)."
        + " Prints each hit with snippets, matches in [[...]], and their offsets in the original text.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "") String query;
  @Option(names = "--outlet") String outlet;
  @Option(names = "--from", description = "earliest publication date (YYYY-MM-DD)") LocalDate from;
  @Option(names = "--to", description = "latest publication date (YYYY-MM-DD)") LocalDate to;
  @Option(names = "--entity") String entity;
  @Option(names = "--event", description = "event type: ${COMPLETION-CANDIDATES}") EventType event;
  @Option(names = "--story") String story;
  @Option(names = "--limit", defaultValue = "20") int limit;
  @Option(names = "--store", defaultValue = "isnad-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SearchQuery q;
    try {
      q = new SearchQuery(query, outlet, from, to, entity, event, story, 0, limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store + " (run 'isnad ingest' first)");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = Store.open(store)) {
      SearchResult r = s.search(q);
      out.printf(Locale.ROOT, "%d articles (%.1f ms)%n", r.total(), r.millis());
      for (SearchHit h : r.hits()) {
        out.printf(Locale.ROOT, "%n%s  %.2f  %s | %s | %s | story %s%n", h.articleId(), h.score(), h.title(),
            h.outlet(), h.published(), h.story());
        for (Snippet sn : h.snippets()) {
          out.println("  " + marked(sn) + "  " + sn.highlights());
        }
      }
      return Main.OK;
    } catch (org.isnad.store.StoreException e) {
      spec.commandLine().getErr().println("isnad: " + e.getMessage());
      return Main.INTERNAL;
    }
  }

  /** The snippet with its matches in [[...]], on one line. */
  static String marked(Snippet s) {
    StringBuilder b = new StringBuilder();
    int at = s.span().start();
    for (Span h : s.highlights()) {
      b.append(s.text(), at - s.span().start(), h.start() - s.span().start()).append("[[")
          .append(s.text(), h.start() - s.span().start(), h.end() - s.span().start()).append("]]");
      at = h.end();
    }
    b.append(s.text(), at - s.span().start(), s.text().length());
    return b.toString().replaceAll("\\s+", " ").strip();
  }
}
