package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.ingest.IngestResult;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;
import org.isnad.model.StoryAssignment;
import org.isnad.pipeline.ArchiveSession;
import org.isnad.store.IngestOutcome.Status;

/**
 * One ingest call: the write path of the store. Articles go in transactions of {@link
 * StoreConfig#commitEvery}: duplicates out (same id, i.e. content hash, or same URL as a stored
 * article), the rest analysed and clustered, stored, committed, then acknowledged, then indexed. The
 * stories they joined are rebuilt in transactions of their own ({@link StaleStories}): at most
 * {@link StoreConfig#storyDelayMillis} later, and always before the call returns. Runs under the
 * store's write lock, one chunk at a time, so readers see each committed chunk as soon as it is
 * acknowledged.
 */
final class Ingest {

  private static final Pattern DUPLICATE_ID = Pattern.compile("\\(article (a[0-9a-f]+)\\)");

  private final Store store;
  private final Consumer<IngestOutcome> acknowledged;
  private final List<IngestOutcome> outcomes = new ArrayList<>();
  private final Set<String> touched = new LinkedHashSet<>();
  private long analyse;
  private long write;
  private long build;
  private long index;
  /** CPU time of this thread in each phase, in nanoseconds. */
  private long analyseCpu;
  private long writeCpu;
  private long buildCpu;
  private long indexCpu;
  private int rebuilds;
  private int rebuiltStories;

  Ingest(Store store, Consumer<IngestOutcome> acknowledged) {
    this.store = store;
    this.acknowledged = acknowledged;
  }

  /** The calling thread's CPU time, or 0 where the JVM does not measure it. */
  static long cpuNanos() {
    java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
    return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
  }

  /**
   * @param t0 when the call started ({@link System#nanoTime})
   * @param cpu0 the thread's CPU time then ({@link #cpuNanos})
   */
  IngestReport run(IngestResult in, long t0, long cpu0) {
    for (Rejection r : in.rejected()) {
      boolean dup = r.reason().startsWith("duplicate:");
      Matcher m = DUPLICATE_ID.matcher(r.reason());
      emit(new IngestOutcome(r.source(), dup ? Status.DUPLICATE : Status.REJECTED,
          dup && m.find() ? m.group(1) : null, null, r.reason()));
    }
    List<RawArticle> all = in.articles();
    int step = store.config().commitEvery();
    for (int from = 0; from < all.size(); from += step) {
      List<RawArticle> chunk = all.subList(from, Math.min(all.size(), from + step));
      store.writeLock().lock();
      try {
        chunk(chunk);
        if (store.stale().due(store.config().storyDelayMillis())) {
          flushStories();
        }
      } finally {
        store.writeLock().unlock();
      }
    }
    store.writeLock().lock();
    try {
      flushStories();
    } finally {
      store.writeLock().unlock();
    }
    return new IngestReport(outcomes, new ArrayList<>(touched), (System.nanoTime() - t0) / 1_000_000,
        analyse / 1_000_000, build / 1_000_000, write / 1_000_000, index / 1_000_000,
        (cpuNanos() - cpu0) / 1_000_000, new IngestReport.PhaseCpu(analyseCpu / 1_000_000,
            buildCpu / 1_000_000, writeCpu / 1_000_000, indexCpu / 1_000_000),
        new IngestReport.Rebuilds(rebuilds, rebuiltStories));
  }

  private void chunk(List<RawArticle> raws) {
    List<RawArticle> fresh = fresh(raws);
    if (fresh.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    ArchiveSession.Update u = store.session().add(fresh);
    long t1 = System.nanoTime();
    long c1 = cpuNanos();
    long change;
    List<IngestOutcome> stored = new ArrayList<>();
    Map<String, Long> firstSeq = new HashMap<>();
    try {
      change = commit(fresh, u, stored, firstSeq);
    } catch (SQLException | RuntimeException e) {
      rollback();
      store.resync();
      throw new StoreException("cannot write to the store at " + store.directory().toAbsolutePath() + ": "
          + e.getMessage() + " (nothing of this batch of " + fresh.size() + " articles was stored)", e);
    }
    long t2 = System.nanoTime();
    long c2 = cpuNanos();
    stored.forEach(this::emit);
    store.stale().add(u.touched(), firstSeq);
    for (int i = 0; i < u.articles().size(); i++) {
      store.index().add(u.articles().get(i), u.assignments().get(i).storyId());
    }
    store.index().publish(store.lastSeq());
    long t3 = System.nanoTime();
    long c3 = cpuNanos();
    analyse += t1 - t0;
    write += t2 - t1;
    index += t3 - t2;
    analyseCpu += c1 - c0;
    writeCpu += c2 - c1;
    indexCpu += c3 - c2;
    touched.addAll(u.touched());
    store.publish(new Store.Change(change, stored.stream().map(IngestOutcome::articleId).toList(), List.of()));
  }

  /**
   * Rebuilds the stories that the committed articles joined ({@link StaleStories}). When that fails,
   * the articles stay stored and acknowledged; their stories stay stale, to be rebuilt by the next
   * ingest or on reopening.
   */
  private void flushStories() {
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    StaleStories.Flushed f;
    try {
      f = store.stale().flush(store);
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new StoreException("cannot write stories to the store at " + store.directory().toAbsolutePath() + ": "
          + e.getMessage() + " (the articles are stored; their stories are rebuilt by the next ingest or opening)", e);
    }
    if (f != null) {
      build += f.buildNanos();
      write += System.nanoTime() - t0 - f.buildNanos();
      buildCpu += f.buildCpuNanos();
      rebuilds++;
      rebuiltStories += f.stories().size();
      writeCpu += cpuNanos() - c0 - f.buildCpuNanos();
      store.publish(new Store.Change(f.change(), List.of(), f.stories()));
    }
  }

  /** The articles not stored yet; the others are reported as duplicates. */
  private List<RawArticle> fresh(List<RawArticle> raws) {
    List<RawArticle> fresh = new ArrayList<>();
    Map<String, String> urls = new HashMap<>();
    Connection c = store.writer();
    try {
      for (RawArticle raw : raws) {
        String url = raw.metadata().url();
        String existing = Queries.existing(c, raw.id(), url);
        String inBatch = url == null ? null : urls.putIfAbsent(url, raw.id());
        if (existing != null || inBatch != null) {
          String id = existing != null ? existing : inBatch;
          String reason = id.equals(raw.id()) ? "same content as the stored article " + id
              : "same URL (" + url + ") as the stored article " + id;
          emit(new IngestOutcome(raw.source(), Status.DUPLICATE, id, null, reason));
        } else {
          fresh.add(raw);
        }
      }
      c.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot read the store: " + e.getMessage(), e);
    }
    return fresh;
  }

  /** Writes the articles in one transaction and commits it durably. */
  private long commit(List<RawArticle> raws, ArchiveSession.Update u, List<IngestOutcome> stored,
      Map<String, Long> firstSeq) throws SQLException {
    Connection c = store.writer();
    long change = store.nextChange();
    synchronized (store.db()) {
      for (int i = 0; i < raws.size(); i++) {
        AnalysedArticle a = u.articles().get(i);
        StoryAssignment s = u.assignments().get(i);
        long seq = store.nextSeq();
        Rows.insertArticle(c, seq, raws.get(i), a, s);
        if (s.storyId() != null) {
          firstSeq.putIfAbsent(s.storyId(), seq);
        }
        store.cache().put(a);
        stored.add(new IngestOutcome(a.clean().source(), Status.STORED, a.id(), s.storyId(), null));
      }
      Database.putMeta(c, "changes", Long.toString(change));
      c.commit();
      store.committed(change);
    }
    return change;
  }

  private void rollback() {
    try {
      store.writer().rollback();
    } catch (SQLException e) {
      // The connection is broken; resync reopens nothing, but the original error is what is thrown.
    }
  }

  private void emit(IngestOutcome o) {
    outcomes.add(o);
    acknowledged.accept(o);
  }
}
