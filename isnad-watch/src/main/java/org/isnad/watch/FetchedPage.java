package org.isnad.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An article page as fetched, with what its feed said about it. The body is copied in and out, so
 * the record stays immutable.
 *
 * @param url the item's link as given by the feed (resolved, without fragment): the key the watcher
 *     deduplicates on
 * @param body the response body, undecoded; never larger than {@link WatchConfig#maxPageBytes}
 * @param contentType the response's {@code Content-Type} header (with charset if sent), or null
 * @param fetchedAt when the response was read
 * @param feedUrl the feed that listed the page
 * @param outlet the outlet from the feeds file, else the feed's title; may be null
 * @param title the item's title in the feed; may be null
 * @param published the item's publication or update time in the feed; may be null
 */
public record FetchedPage(
    String url,
    byte[] body,
    String contentType,
    Instant fetchedAt,
    String feedUrl,
    String outlet,
    String title,
    Instant published) {

  public FetchedPage {
    requireNonNull(url, "url must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(fetchedAt, "fetchedAt must not be null");
    requireNonNull(feedUrl, "feedUrl must not be null");
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchedPage p && url.equals(p.url) && java.util.Arrays.equals(body, p.body)
        && java.util.Objects.equals(contentType, p.contentType) && fetchedAt.equals(p.fetchedAt)
        && feedUrl.equals(p.feedUrl) && java.util.Objects.equals(outlet, p.outlet)
        && java.util.Objects.equals(title, p.title) && java.util.Objects.equals(published, p.published);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(url, java.util.Arrays.hashCode(body), contentType, fetchedAt, feedUrl, outlet,
        title, published);
  }

  @Override
  public String toString() {
    return "FetchedPage[url=" + url + ", " + body.length + " bytes, contentType=" + contentType + "]";
  }
}
