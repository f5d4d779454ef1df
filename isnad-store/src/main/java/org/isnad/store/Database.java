package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The SQLite file of a store ({@code isnad.db}): one write connection, owned by the single writer,
 * and a small pool of read connections. Write-ahead logging lets readers see the last committed
 * state while the writer works; {@code synchronous=FULL} makes every commit durable before it
 * returns, which is what "acknowledged" means in the store.
 *
 * <p>Tables: {@code meta} (format version, model fingerprint, change counter), {@code articles}
 * (arrival order {@code seq}, id = content hash, URL, the raw input and the analysed record as
 * {@link RecordCodec} bytes), {@code stories} (the report's story JSON), and per story {@code
 * entities}, {@code events}, {@code quotes}, {@code facts} (rows for listing, each with its JSON).
 */
final class Database implements AutoCloseable {

  static final String FILE = "isnad.db";
  private static final int READERS = 4;

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
    "CREATE TABLE IF NOT EXISTS entities (story TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,"
        + " canonical TEXT NOT NULL, mentions INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (story, id))",
    "CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical)",
    "CREATE INDEX IF NOT EXISTS entities_id ON entities(id)",
    "CREATE TABLE IF NOT EXISTS events (story TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,"
        + " start TEXT, json TEXT NOT NULL, PRIMARY KEY (story, id))",
    "CREATE TABLE IF NOT EXISTS quotes (story TEXT NOT NULL, id TEXT NOT NULL, speaker TEXT,"
        + " json TEXT NOT NULL, PRIMARY KEY (story, id))",
    "CREATE TABLE IF NOT EXISTS facts (story TEXT NOT NULL, n INTEGER NOT NULL, event TEXT, slot TEXT,"
        + " status TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (story, n))",
  };

  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

  Database(Path dir) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath();
    writer = DriverManager.getConnection(url);
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=10000");
    }
    writer.setAutoCommit(false);
    for (int i = 0; i < READERS; i++) {
      Connection r = DriverManager.getConnection(url);
      try (Statement s = r.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA query_only=true");
      }
      readers.add(r);
    }
  }

  /** The tables of a store, created in the caller's transaction. */
  record Tables(Connection c) {
    void create() throws SQLException {
      try (Statement s = c.createStatement()) {
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
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  /** Rows of a query with parameters, each mapped. */
  static <T> List<T> rows(Connection c, String sql, SqlFunction<ResultSet, T> map, Object... params)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(map.apply(r));
        }
        return out;
      }
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      return p.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    List<Connection> all = new ArrayList<>(readers);
    all.add(writer);
    for (Connection c : all) {
      try {
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
