package org.isnad.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the items of an RSS or Atom document with Rome (DOCTYPEs refused, so no external entities):
 * each item's link (Atom: the {@code alternate} link), resolved against the feed's URL, without its
 * fragment, with the item's title and time. Stateless and thread-safe.
 */
final class FeedParser {

  /** One item of a feed. {@code link} is null when the item has no usable http(s) link. */
  record Item(String link, String title, Instant published, String problem) {}

  /** What a feed holds: its title and its items in document order. */
  record Feed(String title, List<Item> items) {}

  private FeedParser() {}

  /** @throws FetchException PERMANENT naming the parser's complaint when the document is not a feed */
  static Feed parse(byte[] body, URI base) throws FetchException {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FetchException(FetchException.Kind.PERMANENT, 200, "not a readable RSS or Atom feed: "
          + firstLine(e.getMessage()));
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      items.add(item(e, base));
    }
    String title = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    return new Feed(title, items);
  }

  private static Item item(SyndEntry e, URI base) {
    String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Instant published = date == null ? null : date.toInstant();
    String raw = link(e);
    if (raw == null) {
      return new Item(null, title, published, "the item has no link");
    }
    try {
      URI u = base.resolve(raw.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        return new Item(null, title, published, "not an http(s) link: " + raw);
      }
      return new Item(canonical(u), title, published, null);
    } catch (IllegalArgumentException ex) {
      return new Item(null, title, published, "malformed link: " + raw);
    }
  }

  private static String link(SyndEntry e) {
    for (SyndLink l : e.getLinks()) {
      if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) {
        return l.getHref();
      }
    }
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    String uri = e.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
  }

  /** Scheme and host in lower case, no fragment: the form pages are deduplicated on. */
  static String canonical(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + lowerHost(u)
        + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  private static String lowerHost(URI u) {
    String auth = u.getRawAuthority();
    int at = auth.lastIndexOf('@');
    return auth.substring(0, at + 1) + auth.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
