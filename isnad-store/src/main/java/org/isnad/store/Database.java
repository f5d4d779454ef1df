package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file of a store ({@code isnad.db}): one write connection, owned by the single writer,
 * and a small pool of read connections. Write-ahead logging lets readers see the last committed
 * state while the writer works; {@code synchronous=FULL} makes every commit durable before it
 * returns, which is what "acknowledged" means in the store.
 *
 * <p>Tables: {@code meta} (format version, model fingerprint, change counter), {@code articles}
 * (arrival order {@code seq}, id = content hash, URL, the raw input and the analysed record as
 * {@link RecordCodec} bytes), {@code stories} (the report's story JSON without its large arrays),
 * and per story {@code reuse}, {@code entities}, {@code events}, {@code quotes}, {@code facts}: the
 * elements of those arrays, one row each with its JSON ({@link StoryParts}).
 *
 * <p>Statements are prepared once per connection and reused.
 */
final class Database implements AutoCloseable {

  static final String FILE = "isnad.db";
  private static final int READERS = 4;

  /** The tables besides the story parts' ({@link StoryParts#create}). */
  private static final String[] SCHEMA = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url TEXT,"
        + " source TEXT NOT NULL, outlet TEXT, published TEXT, title TEXT, story TEXT, duplicate_of TEXT,"
        + " ingested TEXT NOT NULL, raw BLOB NOT NULL, analysed BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)",
    "CREATE INDEX IF NOT EXISTS articles_story ON articles(story)",
    "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, first_seq INTEGER NOT NULL, changed INTEGER NOT NULL,"
        + " title TEXT, articles INTEGER NOT NULL, sources INTEGER NOT NULL, last_seen TEXT, json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS stories_changed ON stories(changed)",
    "CREATE INDEX IF NOT EXISTS entities_id ON entities(id)",
  };

  /** Prepared statements of each open connection by SQL, reused (preparing costs more than a small query). */
  private static final Map<Connection, Map<String, PreparedStatement>> STATEMENTS = new ConcurrentHashMap<>();

  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

  Database(Path dir) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath();
    writer = DriverManager.getConnection(url, withoutGeneratedKeys());
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=10000");
      s.execute("PRAGMA cache_size=-32768"); // 32 MB: the story rows a transaction rewrites stay cached
      // Checkpoints (copying the log into the database, and an fsync of each) every 32 MB of log
      // instead of 4 MB: pages written again and again (indexes, a growing story) are copied once.
      s.execute("PRAGMA wal_autocheckpoint=8192");
    }
    writer.setAutoCommit(false);
    STATEMENTS.put(writer, new HashMap<>());
    for (int i = 0; i < READERS; i++) {
      Connection r = DriverManager.getConnection(url);
      try (Statement s = r.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA query_only=true");
      }
      STATEMENTS.put(r, new HashMap<>());
      readers.add(r);
    }
  }

  /**
   * Connection properties that turn off the driver's generated keys: by default it runs {@code SELECT
   * last_insert_rowid()} after every INSERT (a statement prepared, run and closed, and a regular
   * expression over the SQL), which the store never asks for.
   */
  private static Properties withoutGeneratedKeys() {
    SQLiteConfig config = new SQLiteConfig();
    config.setGetGeneratedKeys(false);
    return config.toProperties();
  }

  /** The tables of a store, created in the caller's transaction. */
  record Tables(Connection c) {
    void create() throws SQLException {
      try (Statement s = c.createStatement()) {
        for (StoryParts p : StoryParts.values()) {
          s.execute(p.create());
        }
        for (String sql : SCHEMA) {
          s.execute(sql);
        }
      }
    }
  }

  Connection writer() {
    return writer;
  }

  /** A query on a read connection. */
  <T> T read(SqlFunction<Connection, T> query) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a read connection", e);
    }
    try {
      return query.apply(c);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /**
   * Queries on a read connection in one read transaction, so that they all see the same committed
   * state (a story and its members, while the writer commits new ones).
   */
  <T> T readAtOneState(SqlFunction<Connection, T> queries) {
    return read(c -> {
      c.setAutoCommit(false);
      try {
        return queries.apply(c);
      } finally {
        c.rollback();   // nothing was written: ends the read transaction
        c.setAutoCommit(true);
      }
    });
  }

  /** A function that may fail with an SQL error. */
  @FunctionalInterface
  interface SqlFunction<A, T> {
    T apply(A a) throws SQLException;
  }

  static String meta(Connection c, String key) throws SQLException {
    List<String> v = rows(c, "SELECT value FROM meta WHERE key = ?", r -> r.getString(1), key);
    return v.isEmpty() ? null : v.get(0);
  }

  static void putMeta(Connection c, String key, String value) throws SQLException {
    update(c, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
  }

  /** Rows of a query with parameters, each mapped. */
  static <T> List<T> rows(Connection c, String sql, SqlFunction<ResultSet, T> map, Object... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    query(c, sql, r -> out.add(map.apply(r)), params);
    return out;
  }

  /** Runs a query with parameters, giving each row to {@code row}. */
  static void query(Connection c, String sql, SqlConsumer<ResultSet> row, Object... params) throws SQLException {
    PreparedStatement p = borrow(c, sql);
    try {
      bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          row.accept(r);
        }
      }
    } finally {
      giveBack(c, sql, p);
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement p = borrow(c, sql);
    try {
      bind(p, params);
      return p.executeUpdate();
    } finally {
      giveBack(c, sql, p);
    }
  }

  private static void bind(PreparedStatement p, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      p.setObject(i + 1, params[i]);
    }
  }

  /**
   * The connection's prepared statement for {@code sql}, taken out of its cache while in use (a
   * nested use of the same SQL prepares another). A connection is used by one thread at a time.
   */
  private static PreparedStatement borrow(Connection c, String sql) throws SQLException {
    Map<String, PreparedStatement> cached = STATEMENTS.get(c);
    PreparedStatement p = cached == null ? null : cached.remove(sql);
    return p != null ? p : c.prepareStatement(sql);
  }

  private static void giveBack(Connection c, String sql, PreparedStatement p) throws SQLException {
    p.clearParameters();
    Map<String, PreparedStatement> cached = STATEMENTS.get(c);
    if (cached == null || cached.putIfAbsent(sql, p) != null) {
      p.close();
    }
  }

  /** A consumer that may fail with an SQL error. */
  @FunctionalInterface
  interface SqlConsumer<A> {
    void accept(A a) throws SQLException;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    List<Connection> all = new ArrayList<>(readers);
    all.add(writer);
    for (Connection c : all) {
      try {
        Map<String, PreparedStatement> cached = STATEMENTS.remove(c);
        if (cached != null) {
          for (PreparedStatement p : cached.values()) {
            p.close();
          }
        }
        c.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
