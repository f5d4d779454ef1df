package org.isnad.watch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the watcher polls and fetches. Immutable; invalid values fail at construction naming the key.
 *
 * @param dataDir folder of the state file ({@code watch-state.json}): feed validators, seen and
 *     pending pages
 * @param pollInterval time between the starts of two polls of all feeds ({@link FeedWatcher#run})
 * @param hostDelay minimum time between the end of one request to a host and the start of the next
 * @param initialBackoff the first wait after an error; doubled after each further error
 * @param maxBackoff the longest computed wait ({@code Retry-After} sent by a server is honoured
 *     beyond it, up to a day)
 * @param connectTimeout TCP/TLS connection timeout
 * @param requestTimeout time allowed until a response's headers arrive
 * @param maxPageBytes the largest article page read; larger ones are skipped
 * @param maxFeedBytes the largest feed document read; larger ones fail
 * @param maxRedirects redirects followed per request
 * @param maxAttempts tries of a page that fails transiently (5xx, 429, network, sink) before it is
 *     given up
 * @param robotsTtl how long a host's robots.txt is trusted before it is fetched again
 * @param userAgent sent with every request; its product token (before the first '/') is the name
 *     looked up in robots.txt
 */
public record WatchConfig(
    Path dataDir,
    Duration pollInterval,
    Duration hostDelay,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxPageBytes,
    long maxFeedBytes,
    int maxRedirects,
    int maxAttempts,
    Duration robotsTtl,
    String userAgent) {

  public static final String USER_AGENT = "Isnad/0.1 (+https://github.com/isnad)";

  public WatchConfig {
    requireNonNull(dataDir, "dataDir must not be null");
    positive("pollInterval", pollInterval);
    notNegative("hostDelay", hostDelay);
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    positive("connectTimeout", connectTimeout);
    positive("requestTimeout", requestTimeout);
    positive("robotsTtl", robotsTtl);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be below initialBackoff, got " + maxBackoff);
    }
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
    }
    if (maxFeedBytes <= 0) {
      throw new IllegalArgumentException("maxFeedBytes must be positive, got " + maxFeedBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be 0 to 20, got " + maxRedirects);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    requireNonNull(userAgent, "userAgent must not be null");
    if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, got '" + userAgent + "'");
    }
  }

  /**
   * Polite defaults: poll every 10 minutes, 2 s between requests to one host, backoff from 30 s to
   * 1 h, 10 s to connect, 30 s to respond, pages up to 8 MB, feeds up to 16 MB, 5 redirects, 5
   * attempts, robots.txt kept a day.
   */
  public static WatchConfig defaults(Path dataDir) {
    return new WatchConfig(dataDir, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(30),
        Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 8L << 20, 16L << 20, 5, 5,
        Duration.ofDays(1), USER_AGENT);
  }

  public WatchConfig withPollInterval(Duration d) {
    return new WatchConfig(dataDir, d, hostDelay, initialBackoff, maxBackoff, connectTimeout, requestTimeout,
        maxPageBytes, maxFeedBytes, maxRedirects, maxAttempts, robotsTtl, userAgent);
  }

  public WatchConfig withHostDelay(Duration d) {
    return new WatchConfig(dataDir, pollInterval, d, initialBackoff, maxBackoff, connectTimeout, requestTimeout,
        maxPageBytes, maxFeedBytes, maxRedirects, maxAttempts, robotsTtl, userAgent);
  }

  public WatchConfig withBackoff(Duration initial, Duration max) {
    return new WatchConfig(dataDir, pollInterval, hostDelay, initial, max, connectTimeout, requestTimeout,
        maxPageBytes, maxFeedBytes, maxRedirects, maxAttempts, robotsTtl, userAgent);
  }

  public WatchConfig withMaxPageBytes(long bytes) {
    return new WatchConfig(dataDir, pollInterval, hostDelay, initialBackoff, maxBackoff, connectTimeout,
        requestTimeout, bytes, maxFeedBytes, maxRedirects, maxAttempts, robotsTtl, userAgent);
  }

  /** The name looked up in robots.txt: the user agent's product token, e.g. {@code Isnad}. */
  public String robotsToken() {
    int slash = userAgent.indexOf('/');
    String token = slash < 0 ? userAgent : userAgent.substring(0, slash);
    int space = token.indexOf(' ');
    return (space < 0 ? token : token.substring(0, space)).strip();
  }

  /** The state file: {@code dataDir/watch-state.json}. */
  public Path stateFile() {
    return dataDir.resolve("watch-state.json");
  }

  private static void positive(String key, Duration d) {
    requireNonNull(d, key + " must not be null");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(key + " must be positive, got " + d);
    }
  }

  private static void notNegative(String key, Duration d) {
    requireNonNull(d, key + " must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(key + " must not be negative, got " + d);
    }
  }
}
