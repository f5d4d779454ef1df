package org.isnad.serve;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long polls on the archive version: a waiter completes with the new version as soon as it differs
 * from the one the client has, or with the same version when its time is up. One ticker thread
 * checks the archive; no request thread is held while waiting. Thread-safe.
 */
final class Changes implements AutoCloseable {

  private static final long TICK_MS = 100;

  private final Archive archive;
  private final int maxWaiting;
  private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "isnad-changes");
    t.setDaemon(true);
    return t;
  });

  private record Waiter(long since, long deadline, CompletableFuture<Long> result) {}

  Changes(Archive archive, int maxWaiting) {
    this.archive = archive;
    this.maxWaiting = maxWaiting;
    ticker.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  /**
   * The archive version once it differs from {@code since}, or after {@code waitMillis}.
   *
   * @throws ApiException 429 when too many polls are waiting
   */
  CompletableFuture<Long> await(long since, long waitMillis) {
    long now = archive.version();
    if (now != since || waitMillis <= 0) {
      return CompletableFuture.completedFuture(now);
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw new ApiException(429, "too_many_waiting", "too many clients are waiting for changes; retry later");
    }
    Waiter w = new Waiter(since, System.nanoTime() + waitMillis * 1_000_000, new CompletableFuture<>());
    waiters.add(w);
    return w.result();
  }

  private void tick() {
    long version = archive.version();
    long now = System.nanoTime();
    for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
      Waiter w = it.next();
      if (version != w.since() || now - w.deadline() >= 0) {
        it.remove();
        waiting.decrementAndGet();
        w.result().complete(version);
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    waiters.forEach(w -> w.result().complete(archive.version()));
    waiters.clear();
  }
}
