package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.search.SearchIndex;

/**
 * Opening a store: the archive state and the search index are derived from the committed articles,
 * so a process killed at any moment leaves nothing to repair but what is rebuilt here.
 */
final class Recovery {

  private Recovery() {}

  /**
   * Decodes every stored analysis in arrival order and gives each to {@code each}; returns the last
   * arrival number. The rows are read and decoded on a helper thread, a few hundred ahead of {@code
   * each}, which runs on the calling thread in order: on a machine of two cores reopening takes the
   * longer of the two instead of their sum.
   */
  static long replay(Connection c, Consumer<AnalysedArticle> each) throws SQLException {
    BlockingQueue<Decoded> queue = new ArrayBlockingQueue<>(READ_AHEAD);
    AtomicBoolean stop = new AtomicBoolean();
    Thread reader = Thread.ofPlatform().name("isnad-store-replay").daemon().start(() -> read(c, queue, stop));
    try {
      long last = 0;
      for (Decoded d = take(queue); d != Decoded.END; d = take(queue)) {
        if (d.error() != null) {
          throw d.error();
        }
        each.accept(d.article());
        last = d.seq();
      }
      return last;
    } finally {
      stop.set(true);
      queue.clear(); // frees the reader if it waits to put
      join(reader);
    }
  }

  private static final int READ_AHEAD = 256;

  /** A decoded row, the end of the rows, or what went wrong reading them. */
  private record Decoded(long seq, AnalysedArticle article, SQLException error) {
    static final Decoded END = new Decoded(0, null, null);
  }

  private static void read(Connection c, BlockingQueue<Decoded> queue, AtomicBoolean stop) {
    Decoded last = Decoded.END;
    try {
      Database.query(c, "SELECT seq, analysed FROM articles ORDER BY seq", r -> {
        if (stop.get()) {
          throw new Stopped();
        }
        put(queue, new Decoded(r.getLong(1), RecordCodec.decode(r.getBytes(2), AnalysedArticle.class), null), stop);
      });
    } catch (Stopped e) {
      return;
    } catch (SQLException e) {
      last = new Decoded(0, null, e);
    } catch (RuntimeException e) {
      last = new Decoded(0, null, new SQLException("a stored article does not decode: " + e.getMessage(), e));
    }
    put(queue, last, stop);
  }

  /** Ends the reading when the replay stopped (it failed). */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private static void put(BlockingQueue<Decoded> queue, Decoded d, AtomicBoolean stop) {
    try {
      while (!stop.get() && !queue.offer(d, 100, TimeUnit.MILLISECONDS)) {
        // the replay is behind; wait for room, or for the replay to stop
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Decoded take(BlockingQueue<Decoded> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while reopening the store", e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The last {@code n} stored raw articles, oldest first (pages for template learning). */
  static List<RawArticle> recentRaws(Connection c, int n) throws SQLException {
    List<RawArticle> out = new ArrayList<>(Database.rows(c, "SELECT raw FROM articles ORDER BY seq DESC LIMIT ?",
        r -> RecordCodec.decode(r.getBytes(1), RawArticle.class), n));
    Collections.reverse(out);
    return out;
  }

  /** Indexes the articles the index had not committed (after a kill); returns how many. */
  static long reindex(Database db, SearchIndex index, long lastSeq) {
    long from = index.committedSeq();
    if (from >= lastSeq) {
      return 0;
    }
    long n;
    try {
      n = Database.rows(db.writer(), "SELECT analysed, story FROM articles WHERE seq > ? ORDER BY seq", r -> {
        index.add(RecordCodec.decode(r.getBytes(1), AnalysedArticle.class), r.getString(2));
        return 1;
      }, from).size();
    } catch (SQLException e) {
      throw new StoreException("cannot re-index the store: " + e.getMessage(), e);
    }
    index.commit(lastSeq);
    return n;
  }
}
