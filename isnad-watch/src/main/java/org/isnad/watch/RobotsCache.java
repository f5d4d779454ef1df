package org.isnad.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.isnad.watch.FetchException.Kind;

/**
 * robots.txt per origin ({@code scheme://host:port}), fetched once and kept {@link
 * WatchConfig#robotsTtl}. As RFC 9309 says: a 4xx answer (404 and the like) allows everything; a 5xx
 * answer or an unreachable host disallows everything for a while (the origin is backed off and its
 * pages deferred); too many redirects count as 4xx; a robots.txt over 512 KB is read up to that size. Thread-safe; one fetch per
 * origin at a time.
 */
final class RobotsCache {

  static final int MAX_BYTES = 512 * 1024;

  private record Entry(RobotsRules rules, long expires, String unavailable) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final HttpFetcher fetcher;
  private final WatchConfig config;

  RobotsCache(HttpFetcher fetcher, WatchConfig config) {
    this.fetcher = fetcher;
    this.config = config;
  }

  /**
   * Checks that the crawler may fetch {@code uri}.
   *
   * @throws FetchException SKIPPED when robots.txt disallows it, DEFERRED while robots.txt is
   *     unavailable
   */
  void check(URI uri) throws FetchException, InterruptedException {
    Entry e = entry(uri);
    if (e.unavailable() != null) {
      throw new FetchException(Kind.DEFERRED, 0, "robots.txt unavailable (" + e.unavailable() + ")");
    }
    if (!e.rules().allowed(uri)) {
      throw new FetchException(Kind.SKIPPED, 0, "disallowed by robots.txt");
    }
  }

  private Entry entry(URI uri) throws InterruptedException {
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + HostGate.key(uri);
    Entry e = entries.get(origin);
    if (fresh(e)) {
      return e;
    }
    ReentrantLock lock = locks.computeIfAbsent(origin, k -> new ReentrantLock());
    lock.lockInterruptibly();
    try {
      e = entries.get(origin);
      if (!fresh(e)) {
        e = fetch(origin);
        entries.put(origin, e);
      }
      return e;
    } finally {
      lock.unlock();
    }
  }

  private static boolean fresh(Entry e) {
    return e != null && e.expires() - System.nanoTime() > 0;
  }

  private Entry fetch(String origin) throws InterruptedException {
    URI robots = URI.create(origin + "/robots.txt");
    long now = System.nanoTime();
    try {
      HttpFetcher.Response r = fetcher.get(robots, Map.of(), MAX_BYTES, true, null, u -> {});
      failures.remove(origin);
      String text = new String(r.body(), StandardCharsets.UTF_8);
      return new Entry(RobotsRules.parse(text, config.robotsToken()), now + config.robotsTtl().toNanos(), null);
    } catch (FetchException ex) {
      if (ex.kind() == Kind.DEFERRED) {
        return new Entry(RobotsRules.DISALLOW_ALL, now, ex.getMessage());
      }
      if (ex.kind() == Kind.PERMANENT) {
        failures.remove(origin);
        return new Entry(RobotsRules.ALLOW_ALL, now + config.robotsTtl().toNanos(), null);
      }
      int n = failures.merge(origin, 1, Integer::sum);
      Duration wait = Backoff.delay(n, config.initialBackoff(), config.maxBackoff(),
          java.util.concurrent.ThreadLocalRandom.current());
      return new Entry(RobotsRules.DISALLOW_ALL, now + wait.toNanos(), ex.getMessage());
    }
  }
}
