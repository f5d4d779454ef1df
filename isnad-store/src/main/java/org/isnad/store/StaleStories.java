package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Story;
import org.isnad.pipeline.ArchiveSession;

/**
 * The stories whose stored rows are behind their articles, and their rebuilding.
 *
 * <p>An ingest commits and acknowledges articles first; the stories those articles joined are
 * rebuilt afterwards, in a transaction of their own, once the first of them has waited {@link
 * StoreConfig#storyDelayMillis} or {@value #BUDGET} times as long as the last rebuild took, whichever
 * is longer, and always before the ingest call returns. A story of n articles loaded in bulk is thus
 * rebuilt a few times instead of once per transaction of articles (about n / {@link
 * StoreConfig#commitEvery} times), which was the largest cost of a bulk load; and as an archive's
 * stories grow and their rebuilds cost more, rebuilding keeps to about a fifth of a bulk load's time
 * instead of growing with the square of a story's size.
 *
 * <p>Stories are derived data: a process killed between the two transactions loses no acknowledged
 * article, and {@link #find} tells, on reopening, which stories are behind (a stored member count
 * that differs from the clustering replay's, or no row at all), so that they are rebuilt then.
 *
 * <p>Not thread-safe: used under the store's write lock.
 */
final class StaleStories {

  /** Stale story ids in order of first touch, with the arrival number of their first article. */
  private final Map<String, Long> stale = new LinkedHashMap<>();
  private long since;
  /** How long the last rebuild took, building and writing. */
  private long lastFlushNanos;
  /** A rebuild waits at least this many times the last one's duration. */
  static final int BUDGET = 4;
  private final java.util.function.LongSupplier clock;

  StaleStories() {
    this(System::nanoTime);
  }

  /** With {@code clock} giving nanoseconds, as {@link System#nanoTime} does. */
  StaleStories(java.util.function.LongSupplier clock) {
    this.clock = clock;
  }

  /** Marks stories stale; {@code firstSeq} gives a new story's first arrival number. */
  void add(List<String> touched, Map<String, Long> firstSeq) {
    if (stale.isEmpty()) {
      since = clock.getAsLong();
    }
    for (String id : touched) {
      stale.putIfAbsent(id, firstSeq.get(id));
    }
  }

  boolean isEmpty() {
    return stale.isEmpty();
  }

  /**
   * Whether the oldest stale story has waited {@code millis} or more and, unless {@code millis} is 0
   * (rebuild after every transaction), {@value #BUDGET} times the last rebuild's duration.
   */
  boolean due(long millis) {
    long wait = millis == 0 ? 0 : Math.max(millis * 1_000_000, BUDGET * lastFlushNanos);
    return !stale.isEmpty() && clock.getAsLong() - since >= wait;
  }

  /** Records that a rebuild took {@code nanos}, building and writing. */
  void rebuilt(long nanos) {
    lastFlushNanos = nanos;
  }

  /**
   * Rebuilds every stale story and writes it as one durable transaction; the set is emptied only
   * when that transaction commits.
   *
   * @return what the rebuild did, or null when nothing was stale
   */
  Flushed flush(Store store) throws SQLException {
    if (stale.isEmpty()) {
      return null;
    }
    List<String> ids = new ArrayList<>(stale.keySet());
    long b0 = clock.getAsLong();
    long cpu0 = Ingest.cpuNanos();
    List<Story> stories = store.session().build(ids);
    long buildNanos = clock.getAsLong() - b0;
    long buildCpuNanos = Ingest.cpuNanos() - cpu0;
    Connection c = store.writer();
    long change = store.nextChange();
    synchronized (store.db()) {
      for (Story story : stories) {
        write(c, story, stale.get(story.id()), change);
      }
      Database.putMeta(c, "changes", Long.toString(change));
      c.commit();
      store.committed(change);
    }
    stale.clear();
    rebuilt(clock.getAsLong() - b0);
    return new Flushed(change, ids, buildNanos, buildCpuNanos);
  }

  /**
   * What a flush did.
   *
   * @param change the store's change counter after it
   * @param stories the stories rebuilt
   * @param buildNanos time in the pipeline's story building
   * @param buildCpuNanos the calling thread's CPU time in it
   */
  record Flushed(long change, List<String> stories, long buildNanos, long buildCpuNanos) {}

  /** Writes a rebuilt story as a difference from its stored rows ({@link StoryWrite}). */
  private static void write(Connection c, Story story, Long firstSeq, long change) throws SQLException {
    String id = story.id();
    boolean fresh = Database.rows(c, "SELECT 1 FROM stories WHERE id = ?", r -> 1, id).isEmpty();
    long first = firstSeq != null ? firstSeq
        : Database.rows(c, "SELECT min(seq) FROM articles WHERE story = ?", r -> r.getLong(1), id).get(0);
    StoryWrite.write(c, story, first, fresh, change);
  }

  /**
   * The stories of a replayed session whose stored row is missing or counts other members than the
   * session has (members only ever join a story, so a differing count means missed rebuilds).
   */
  static List<String> find(Connection c, ArchiveSession session) throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    Database.query(c, "SELECT id, articles FROM stories", r -> stored.put(r.getString(1), r.getInt(2)));
    List<String> out = new ArrayList<>();
    for (String id : session.storyIds()) {
      Integer n = stored.get(id);
      if (n == null || n != session.memberCount(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
