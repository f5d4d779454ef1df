package org.isnad.watch;

/**
 * Counts of one poll of all feeds.
 *
 * @param feedsRead feeds fetched and parsed
 * @param feedsNotModified feeds that answered 304
 * @param feedsFailed feeds that failed (HTTP error, network, malformed)
 * @param fetched pages delivered to the sink
 * @param skipped pages not fetched for good (robots.txt, content type, size, client error)
 * @param failed page failures (transient ones are retried on a later poll)
 * @param deferred feeds and pages left for a later poll because of backoff
 * @param pending pages still waiting to be fetched after this poll
 */
public record PollSummary(
    int feedsRead, int feedsNotModified, int feedsFailed, int fetched, int skipped, int failed, int deferred,
    int pending) {

  /** True when no feed and no page failed. */
  public boolean clean() {
    return feedsFailed == 0 && failed == 0;
  }

  @Override
  public String toString() {
    return "feeds: " + feedsRead + " read, " + feedsNotModified + " not modified, " + feedsFailed + " failed; pages: "
        + fetched + " fetched, " + skipped + " skipped, " + failed + " failed, " + deferred + " deferred, " + pending
        + " pending";
  }
}
