package org.isnad.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.ingest.IngestResult;
import org.isnad.model.RawArticle;

/**
 * Analyses a store's originals again with this Isnad: after an upgrade whose model the stored
 * analyses no longer follow (the store refuses to open), or to give an archive the current rules.
 * Every stored original is read in arrival order and ingested into a new store beside the old one;
 * only when all of it is committed does the new store take the old one's place, and the old one is
 * kept beside it ({@code DIR.before-reanalyse-TIMESTAMP}). A crash at any moment leaves the old store
 * as it was (a half-built {@code DIR.reanalysing} is deleted by the next attempt).
 *
 * <p>The originals must be readable: the stored format version must be this one's, and the raw
 * records' part of the model fingerprint unchanged.
 */
final class Reanalysis {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Reanalysis() {}

  static Reanalysed run(Path dir, StoreConfig config, Consumer<IngestOutcome> acknowledged) {
    Path db = dir.resolve(Database.FILE);
    finishInterrupted(dir);
    if (!Files.isRegularFile(db)) {
      throw new StoreException("there is no store at " + dir.toAbsolutePath() + " (no " + Database.FILE + ")");
    }
    Path fresh = sibling(dir, ".reanalysing");
    try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel, dir)) {
      deleteTree(fresh);
      long read;
      Batches batches;
      try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
          Store target = Store.open(fresh, config)) {
        checkReadable(old, dir);
        batches = new Batches(target, config.commitEvery(), acknowledged);
        read = readRaws(old, batches::add);
        batches.flush();
      }
      Path previous = sibling(dir, ".before-reanalyse-" + STAMP.format(Instant.now()));
      Files.createFile(fresh.resolve(COMPLETE));
      lock.release();
      Files.move(dir, previous, StandardCopyOption.ATOMIC_MOVE);
      Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(dir.resolve(COMPLETE));
      return new Reanalysed(read, batches.count(IngestOutcome.Status.STORED), batches.count(IngestOutcome.Status.DUPLICATE),
          batches.count(IngestOutcome.Status.REJECTED), previous);
    } catch (IOException e) {
      throw new StoreException("cannot reanalyse the store at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** Marks a new store that is complete: only the swap of the two directories was left to do. */
  private static final String COMPLETE = "reanalysed-complete";

  /**
   * Ends a reanalysis interrupted between moving the old store aside and moving the new one into its
   * place: when {@code dir} is gone and a complete {@code DIR.reanalysing} waits, it takes the place.
   * Called before a store is opened, so no opening creates an empty store there.
   */
  static void finishInterrupted(Path dir) {
    Path fresh = sibling(dir, ".reanalysing");
    if (Files.exists(dir.resolve(Database.FILE)) || !Files.exists(fresh.resolve(COMPLETE))) {
      return;
    }
    try {
      if (Files.isDirectory(dir)) {
        deleteTree(dir); // left by an opening that did not get as far as a database
      }
      Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(dir.resolve(COMPLETE));
    } catch (IOException e) {
      throw new StoreException("cannot finish the interrupted reanalysis of " + dir.toAbsolutePath() + ": "
          + e.getMessage(), e);
    }
  }

  /** The format version must be this one's and the raw records' fingerprint unchanged. */
  private static void checkReadable(Connection c, Path dir) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA query_only=true");
    }
    String version = Database.meta(c, Schema.VERSION);
    if (version == null || Integer.parseInt(version) != Store.FORMAT_VERSION) {
      throw new StoreVersionException(dir, version == null ? 0 : Integer.parseInt(version), Store.FORMAT_VERSION);
    }
    String model = Database.meta(c, Schema.MODEL);
    if (model == null || !Schema.rawFingerprint().equals(Schema.rawPart(model))) {
      throw new StoreException("the store at " + dir.toAbsolutePath() + " keeps its originals as model " + model
          + " writes them, this Isnad reads " + Schema.modelFingerprint()
          + ": open it with the Isnad that wrote it, or ingest the sources again into a new store");
    }
  }

  /** Feeds every stored original, in arrival order, to {@code sink}; returns how many. */
  private static long readRaws(Connection c, Consumer<RawArticle> sink) throws SQLException {
    long n = 0;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT raw FROM articles ORDER BY seq")) {
      while (r.next()) {
        sink.accept(RecordCodec.decode(r.getBytes(1), RawArticle.class));
        n++;
      }
    }
    return n;
  }

  /** Ingests originals into the new store a transaction's worth at a time; counts the outcomes. */
  private static final class Batches {
    private final Store target;
    private final int size;
    private final Consumer<IngestOutcome> acknowledged;
    private final List<RawArticle> pending = new ArrayList<>();
    private final java.util.Map<IngestOutcome.Status, Long> counts = new java.util.EnumMap<>(IngestOutcome.Status.class);

    Batches(Store target, int size, Consumer<IngestOutcome> acknowledged) {
      this.target = target;
      this.size = Math.max(1, size);
      this.acknowledged = acknowledged;
    }

    void add(RawArticle raw) {
      pending.add(raw);
      if (pending.size() >= size) {
        flush();
      }
    }

    void flush() {
      if (!pending.isEmpty()) {
        IngestReport r = target.ingest(new IngestResult(List.copyOf(pending), List.of(), List.of(), 0), acknowledged);
        r.outcomes().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        pending.clear();
      }
    }

    long count(IngestOutcome.Status status) {
      return counts.getOrDefault(status, 0L);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path dir) throws IOException {
    FileLock lock = Store.tryLock(channel);
    if (lock == null) {
      throw new StoreException("the store at " + dir.toAbsolutePath() + " is open in another process (or already open in this one)");
    }
    return lock;
  }

  private static Path sibling(Path dir, String suffix) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + suffix);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
