package org.isnad.watch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Per-host politeness: at most one request in flight per host, at least {@code delay} between the
 * end of one and the start of the next, and a backoff window after the host said to slow down (429,
 * 503) or could not be reached. Hosts are keyed by authority ({@code host:port}). Requests to
 * different hosts do not wait for each other. Thread-safe.
 */
final class HostGate {

  /** A request run while the host's slot is held. */
  @FunctionalInterface
  interface Request<T> {
    T run() throws FetchException, InterruptedException;
  }

  private static final class Host {
    final ReentrantLock lock = new ReentrantLock();
    long lastEnd = Long.MIN_VALUE;
    volatile long blockedUntil = Long.MIN_VALUE;
    int failures;
  }

  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();
  private final long delayNanos;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  HostGate(Duration delay, Duration initialBackoff, Duration maxBackoff) {
    this.delayNanos = delay.toNanos();
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  static String key(java.net.URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return host + ":" + port;
  }

  /**
   * Runs {@code request} once the host is free and its delay has passed.
   *
   * @throws FetchException of kind DEFERRED, without running it, while the host is backing off
   */
  <T> T call(String host, Request<T> request) throws FetchException, InterruptedException {
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    checkNotBlocked(host, h);
    h.lock.lockInterruptibly();
    try {
      checkNotBlocked(host, h);
      if (h.lastEnd != Long.MIN_VALUE) {
        long wait = h.lastEnd + delayNanos - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(Duration.ofNanos(wait));
        }
      }
      try {
        return request.run();
      } finally {
        h.lastEnd = System.nanoTime();
      }
    } finally {
      h.lock.unlock();
    }
  }

  /** Starts or extends the host's backoff: the longer of the computed backoff and {@code atLeast}. */
  Duration backOff(String host, Duration atLeast) {
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    synchronized (h) {
      h.failures++;
      Duration d = Backoff.delay(h.failures, initialBackoff, maxBackoff, ThreadLocalRandom.current());
      if (atLeast != null && atLeast.compareTo(d) > 0) {
        d = atLeast;
      }
      h.blockedUntil = Math.max(h.blockedUntil, System.nanoTime() + d.toNanos());
      return d;
    }
  }

  /** The host answered normally: its failure count starts again. */
  void succeeded(String host) {
    Host h = hosts.get(host);
    if (h != null) {
      synchronized (h) {
        h.failures = 0;
      }
    }
  }

  private static void checkNotBlocked(String host, Host h) throws FetchException {
    long left = h.blockedUntil - System.nanoTime();
    if (h.blockedUntil != Long.MIN_VALUE && left > 0) {
      throw new FetchException(FetchException.Kind.DEFERRED, 0,
          "host " + host + " is backing off for " + Duration.ofNanos(left).toMillis() + " ms more");
    }
  }
}
