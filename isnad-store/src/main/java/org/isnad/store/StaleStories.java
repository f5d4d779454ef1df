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
 * rebuilt afterwards, in a transaction of their own, at most {@link StoreConfig#storyDelayMillis}
 * after the first of them went stale and always before the ingest call returns. A story of n
 * articles loaded in bulk is thus rebuilt a few times instead of once per transaction of articles
 * (about n / {@link StoreConfig#commitEvery} times), which was the largest cost of a bulk load.
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

  /** Marks stories stale; {@code firstSeq} gives a new story's first arrival number. */
  void add(List<String> touched, Map<String, Long> firstSeq) {
    if (stale.isEmpty()) {
      since = System.nanoTime();
    }
    for (String id : touched) {
      stale.putIfAbsent(id, firstSeq.get(id));
    }
  }

  boolean isEmpty() {
    return stale.isEmpty();
  }

  /** Whether the oldest stale story has waited {@code millis} or more. */
  boolean due(long millis) {
    return !stale.isEmpty() && System.nanoTime() - since >= millis * 1_000_000;
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
    long b0 = System.nanoTime();
    List<Story> stories = store.session().build(ids);
    long buildNanos = System.nanoTime() - b0;
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
    return new Flushed(change, ids, buildNanos);
  }

  /**
   * What a flush did.
   *
   * @param change the store's change counter after it
   * @param stories the stories rebuilt
   * @param buildNanos time in the pipeline's story building
   */
  record Flushed(long change, List<String> stories, long buildNanos) {}

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
