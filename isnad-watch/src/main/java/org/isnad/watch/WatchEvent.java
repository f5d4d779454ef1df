package org.isnad.watch;

import static java.util.Objects.requireNonNull;

/**
 * Something the watcher did, reported to its listener as it happens (one line each on the command
 * line).
 *
 * @param kind what happened
 * @param url the page or feed concerned
 * @param detail the reason (skipped, failed, deferred) or a short note; never null
 */
public record WatchEvent(Kind kind, String url, String detail) {

  /** What happened to a feed or a page. */
  public enum Kind {
    /** A feed was read; detail gives the number of new items. */
    FEED_READ,
    /** A feed answered 304 Not Modified to the conditional GET. */
    FEED_NOT_MODIFIED,
    /** A feed could not be fetched or parsed; it is backed off and polled again later. */
    FEED_FAILED,
    /** A page was fetched and accepted by the sink. */
    FETCHED,
    /** A page will not be fetched (robots.txt, content type, size, client error); never retried. */
    SKIPPED,
    /** A page failed; retried on a later poll unless detail says it was given up. */
    FAILED,
    /** A feed or page was not requested now because its host or itself is backing off. */
    DEFERRED
  }

  public WatchEvent {
    requireNonNull(kind, "kind must not be null");
    requireNonNull(url, "url must not be null");
    detail = detail == null ? "" : detail;
  }

  /** The line printed for this event: {@code fetched URL} or {@code skipped URL: reason}. */
  @Override
  public String toString() {
    String k = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return detail.isEmpty() ? k + " " + url : k + " " + url + ": " + detail;
  }
}
