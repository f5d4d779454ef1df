package org.isnad.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A page a feed listed that has not been fetched yet (or failed transiently), kept in the state so
 * it survives a restart and a feed that answers 304 afterwards.
 *
 * @param url the item's link, resolved against the feed, without fragment
 * @param feedUrl the feed that listed it
 * @param outlet the outlet (feeds file, else feed title); may be null
 * @param title the item's title; may be null
 * @param published the item's time; may be null
 * @param attempts failed tries so far
 */
record PendingPage(String url, String feedUrl, String outlet, String title, Instant published, int attempts) {

  PendingPage {
    requireNonNull(url, "url must not be null");
    requireNonNull(feedUrl, "feedUrl must not be null");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
    }
  }

  PendingPage failedOnce() {
    return new PendingPage(url, feedUrl, outlet, title, published, attempts + 1);
  }
}
