package org.isnad.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.isnad.model.SourceMetadata;

/**
 * A document fetched over HTTP by the feed watcher: an article page or a feed.
 *
 * @param url the URL it was fetched from (its source name, and its URL unless the feed gave one)
 * @param contentType the response's media type ({@code text/html; charset=...}), or null
 * @param bytes the response body
 * @param fetched when it was fetched
 * @param feed what the feed said about the item (title, URL, outlet, date); {@code SourceMetadata.NONE} when nothing
 */
public record FetchedPage(String url, String contentType, byte[] bytes, Instant fetched, SourceMetadata feed) {

  public FetchedPage {
    requireNonNull(url, "url must not be null");
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(fetched, "fetched must not be null");
    feed = feed == null ? SourceMetadata.NONE : feed;
    if (feed.url() == null) {
      feed = new SourceMetadata(feed.title(), url, feed.outlet(), feed.published());
    }
  }
}
