package org.isnad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the watcher remembers between runs, in {@code watch-state.json}: each feed's validators
 * (ETag, Last-Modified), the pages waiting to be fetched and the URLs already done (fetched,
 * skipped or given up; the most recent {@link #MAX_SEEN}). Written whole to a temporary file and
 * moved over the old one, so a crash leaves the old or the new state, never half of one. Carries a
 * format version; an unknown version is refused. Thread-safe (all methods synchronized).
 */
final class WatchState {

  static final String FORMAT = "isnad-watch-state";
  static final int VERSION = 1;
  static final int MAX_SEEN = 200_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A feed's validators for the next conditional GET; either may be null. */
  record Validators(String etag, String lastModified) {}

  private final Path file;
  private final Map<String, Validators> feeds = new LinkedHashMap<>();
  private final Map<String, PendingPage> pending = new LinkedHashMap<>();
  private final LinkedHashSet<String> seen = new LinkedHashSet<>();

  private WatchState(Path file) {
    this.file = file;
  }

  /**
   * The state in {@code file}, or an empty one if it does not exist.
   *
   * @throws IOException if it cannot be read, is not valid JSON, or has an unknown format version
   */
  static WatchState load(Path file) throws IOException {
    WatchState s = new WatchState(file);
    if (!Files.exists(file)) {
      return s;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a readable watch state: " + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IOException(file + ": not a watch state file (format is not \"" + FORMAT + "\")");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException(file + ": watch state version " + version + " is not supported (this isnad reads "
          + VERSION + ")");
    }
    s.read(root);
    return s;
  }

  private void read(JsonNode root) {
    for (Map.Entry<String, JsonNode> e : root.path("feeds").properties()) {
      feeds.put(e.getKey(), new Validators(text(e.getValue(), "etag"), text(e.getValue(), "last_modified")));
    }
    for (JsonNode p : root.path("pending")) {
      String published = text(p, "published");
      PendingPage page = new PendingPage(p.path("url").asText(), p.path("feed").asText(), text(p, "outlet"),
          text(p, "title"), published == null ? null : Instant.parse(published), p.path("attempts").asInt(0));
      pending.put(page.url(), page);
    }
    for (JsonNode u : root.path("seen")) {
      seen.add(u.asText());
    }
  }

  synchronized Validators validators(String feedUrl) {
    return feeds.getOrDefault(feedUrl, new Validators(null, null));
  }

  synchronized void setValidators(String feedUrl, Validators v) {
    feeds.put(feedUrl, v);
  }

  /** Adds a page to fetch unless it is already done or waiting; true if added. */
  synchronized boolean offer(PendingPage page) {
    if (seen.contains(page.url()) || pending.containsKey(page.url())) {
      return false;
    }
    pending.put(page.url(), page);
    return true;
  }

  synchronized List<PendingPage> pending() {
    return List.copyOf(pending.values());
  }

  synchronized int pendingCount() {
    return pending.size();
  }

  synchronized void retryLater(PendingPage page) {
    pending.put(page.url(), page);
  }

  /** The page is done for good (fetched, skipped or given up): it will never be fetched again. */
  synchronized void done(String url) {
    pending.remove(url);
    seen.remove(url);
    seen.add(url);
    if (seen.size() > MAX_SEEN) {
      Iterator<String> it = seen.iterator();
      it.next();
      it.remove();
    }
  }

  synchronized boolean isDone(String url) {
    return seen.contains(url);
  }

  /** Writes the state atomically. */
  synchronized void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("saved", Instant.now().toString());
    ObjectNode f = root.putObject("feeds");
    feeds.forEach((url, v) -> f.putObject(url).put("etag", v.etag()).put("last_modified", v.lastModified()));
    ArrayNode p = root.putArray("pending");
    for (PendingPage page : pending.values()) {
      p.addObject().put("url", page.url()).put("feed", page.feedUrl()).put("outlet", page.outlet())
          .put("title", page.title()).put("published", page.published() == null ? null : page.published().toString())
          .put("attempts", page.attempts());
    }
    ArrayNode s = root.putArray("seen");
    new ArrayList<>(seen).forEach(s::add);
    Files.createDirectories(file.toAbsolutePath().getParent());
    writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  /** Writes {@code bytes} to a hidden temporary file beside {@code target}, then moves it over. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
