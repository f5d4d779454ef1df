package org.isnad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.isnad.model.MediaType;
import org.isnad.model.Published;
import org.isnad.model.SourceMetadata;

/**
 * RSS and Atom feeds, read with Rome: each item is an article whose full text is its {@code
 * content:encoded} (or Atom content), else its description. The feed's title names the outlet.
 */
final class FeedFormat implements InputFormat {

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public List<Item> read(String source, byte[] bytes) throws RejectedInput {
    Decoded d = decoder.decode(bytes);
    SyndFeed feed = parse(d.text());
    List<Item> items = new ArrayList<>();
    int i = 0;
    for (SyndEntry e : feed.getEntries()) {
      items.add(item(source + "#" + (++i), feed, e, d.issues()));
    }
    if (items.isEmpty()) {
      throw new RejectedInput("the feed has no items");
    }
    return items;
  }

  private static SyndFeed parse(String xml) throws RejectedInput {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try {
      return input.build(new StringReader(stripDeclaration(xml)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new RejectedInput("not a readable RSS or Atom feed: " + JsonFormat.firstLine(e.getMessage()));
    }
  }

  /** The text is already decoded; an encoding declaration would now be wrong, so drop it. */
  private static String stripDeclaration(String xml) {
    String s = xml.stripLeading();
    return s.startsWith("<?xml") && s.indexOf("?>") > 0 ? s.substring(s.indexOf("?>") + 2) : s;
  }

  private static Item item(String where, SyndFeed feed, SyndEntry e, List<String> issues) {
    String content = content(e);
    if (content == null || content.isBlank()) {
      return Item.rejected(where, "the feed item has neither content nor description");
    }
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Published p = date == null ? null : Published.ofTime(date.toInstant().atOffset(ZoneOffset.UTC));
    SourceMetadata meta = new SourceMetadata(e.getTitle(), e.getLink(), feed.getTitle(), p);
    return Item.article(where, MediaType.HTML, content, meta, issues);
  }

  private static String content(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue());
      }
    }
    if (sb.toString().isBlank() && e.getDescription() != null) {
      return e.getDescription().getValue();
    }
    return sb.toString();
  }
}
