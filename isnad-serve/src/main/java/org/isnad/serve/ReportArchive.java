package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.lang.Language;

/**
 * An {@link Archive} over one {@code report.json} (the output of {@code isnad analyze}), held in
 * memory. {@link #open} also watches the file: when it changes (the analyser replaces it atomically),
 * the archive reloads it and its version grows. A file that cannot be read at that moment (half
 * written, not a report) leaves the archive as it was, and the next check tries again.
 *
 * <p>Thread-safe: each state is an immutable snapshot swapped in whole.
 */
public final class ReportArchive implements Archive, AutoCloseable {

  /** The report schema major version this archive reads. */
  static final int SCHEMA_MAJOR = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final AtomicLong version = new AtomicLong(1);
  private final ScheduledExecutorService watcher;
  private volatile Snapshot snapshot;
  private volatile FileStamp stamp;
  private volatile String lastError;

  private ReportArchive(Path file, Snapshot snapshot, FileStamp stamp, Duration interval) {
    this.file = file;
    this.snapshot = snapshot;
    this.stamp = stamp;
    if (interval == null) {
      this.watcher = null;
    } else {
      this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "isnad-report-watch");
        t.setDaemon(true);
        return t;
      });
      long ms = Math.max(50, interval.toMillis());
      watcher.scheduleWithFixedDelay(this::check, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** An archive over a report already in memory, never reloaded. */
  public static ReportArchive of(JsonNode report) {
    return new ReportArchive(null, Snapshot.of(report), null, null);
  }

  /**
   * Opens {@code fileOrDir} (a report.json, or the folder holding one) and checks it for changes every
   * {@code interval}.
   *
   * @throws IOException when the file is absent or unreadable
   * @throws IllegalArgumentException when it is not a report of a schema version this archive reads
   */
  public static ReportArchive open(Path fileOrDir, Duration interval) throws IOException {
    requireNonNull(interval, "interval must not be null");
    Path file = Files.isDirectory(fileOrDir) ? fileOrDir.resolve("report.json") : fileOrDir;
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such report: " + file + " (run 'isnad analyze' first)");
    }
    FileStamp stamp = FileStamp.of(file);
    return new ReportArchive(file, Snapshot.of(read(file)), stamp, interval);
  }

  private static JsonNode read(Path file) throws IOException {
    JsonNode json;
    try {
      json = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + " is not readable JSON: " + e.getMessage(), e);
    }
    if (json == null || !json.path("stories").isArray() || !json.path("articles").isArray()) {
      throw new IllegalArgumentException(file + " has no stories and articles: is it an isnad report?");
    }
    return json;
  }

  /** Reloads when the file's modification time or size changed; a failed read is retried next time. */
  private void check() {
    try {
      FileStamp now = FileStamp.of(file);
      if (now.equals(stamp)) {
        return;
      }
      Snapshot next = Snapshot.of(read(file));
      snapshot = next;
      stamp = now;
      lastError = null;
      version.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      lastError = e.getMessage();   // kept for status; the old snapshot still serves
    }
  }

  /** Checks the file now instead of waiting for the next tick; for tests and the command line. */
  public void refresh() {
    if (file != null) {
      check();
    }
  }

  /** The problem of the last failed reload, or null when the last check succeeded. */
  public String lastError() {
    return lastError;
  }

  @Override
  public long version() {
    return version.get();
  }

  @Override
  public String schemaVersion() {
    return snapshot.schemaVersion;
  }

  @Override
  public Page<StoryCard> stories(int offset, int limit) {
    List<StoryCard> cards = snapshot.cards;
    int from = Math.min(offset, cards.size());
    return new Page<>(cards.size(), offset, cards.subList(from, Math.min(cards.size(), from + limit)));
  }

  @Override
  public Optional<JsonNode> story(String id) {
    return Optional.ofNullable(snapshot.stories.get(id));
  }

  @Override
  public Optional<JsonNode> article(String id) {
    return Optional.ofNullable(snapshot.articles.get(id));
  }

  @Override
  public Optional<Page<JsonNode>> storyArticles(String storyId, int offset, int limit) {
    Snapshot now = snapshot;
    return Optional.ofNullable(now.stories.get(storyId)).map(s -> StoryPages.articles(s, now::article, offset, limit));
  }

  @Override
  public Optional<StoryPage> storyPage(String storyId, int limit) {
    Snapshot now = snapshot;
    return Optional.ofNullable(now.stories.get(storyId)).map(s -> StoryPages.page(s, now::article, limit));
  }

  @Override
  public SearchResults search(SearchQuery query) {
    return snapshot.index.search(query);
  }

  @Override
  public Iterable<JsonNode> allStories() {
    return snapshot.stories.values();
  }

  @Override
  public Map<String, String> outlets() {
    return snapshot.outlets;
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.shutdownNow();
    }
  }

  private record FileStamp(FileTime modified, long size) {
    static FileStamp of(Path file) throws IOException {
      return new FileStamp(Files.getLastModifiedTime(file), Files.size(file));
    }
  }

  /** One state of the report: lookups, cards and the search index. Immutable. */
  private static final class Snapshot {
    final String schemaVersion;
    final Map<String, JsonNode> stories = new LinkedHashMap<>();
    final Map<String, JsonNode> articles = new HashMap<>();
    final Map<String, String> outlets = new HashMap<>();
    final List<StoryCard> cards;
    final SearchIndex index;

    private Snapshot(JsonNode report) {
      schemaVersion = report.path("schema_version").asText("");
      int major = major(schemaVersion);
      if (major != SCHEMA_MAJOR) {
        throw new IllegalArgumentException("report schema version " + schemaVersion + " is not one this server reads ("
            + SCHEMA_MAJOR + ".x)");
      }
      for (JsonNode a : report.path("articles")) {
        articles.put(a.path("id").asText(), a);
        if (a.path("outlet").isTextual()) {
          outlets.put(a.path("id").asText(), a.path("outlet").asText());
        }
      }
      Map<String, String> storyOf = new HashMap<>();
      List<StoryCard> list = new ArrayList<>();
      for (JsonNode s : report.path("stories")) {
        String id = s.path("id").asText();
        stories.put(id, s);
        s.path("articles").forEach(a -> storyOf.put(a.asText(), id));
        list.add(card(s));
      }
      list.sort(Comparator.comparing((StoryCard c) -> c.lastSeen() == null ? "" : c.lastSeen()).reversed()
          .thenComparing(StoryCard::id));
      cards = List.copyOf(list);
      index = new SearchIndex(Language.arabic(), report.path("articles"), storyOf, report.path("stories"));
    }

    static Snapshot of(JsonNode report) {
      return new Snapshot(report);
    }

    Optional<JsonNode> article(String id) {
      return Optional.ofNullable(articles.get(id));
    }

    private static int major(String version) {
      try {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
      } catch (RuntimeException e) {
        return -1;
      }
    }

    private StoryCard card(JsonNode s) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode a : s.path("articles")) {
        String outlet = outlets.get(a.asText());
        if (outlet != null) {
          names.add(outlet);
        }
      }
      int disputed = 0;
      for (JsonNode f : s.path("facts")) {
        disputed += f.path("status").asText().equals("disputed") ? 1 : 0;
      }
      return new StoryCard(s.path("id").asText(), s.path("title").asText(""), s.path("articles").size(),
          s.path("independent_sources").asInt(), s.path("first_seen").textValue(), s.path("last_seen").textValue(),
          List.copyOf(names), s.path("events").size(), disputed);
    }
  }

}
