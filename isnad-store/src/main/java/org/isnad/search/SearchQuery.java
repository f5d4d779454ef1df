package org.isnad.search;

import java.time.LocalDate;
import java.util.Objects;
import org.isnad.model.EventType;

/**
 * A search: words and quoted phrases (every one must match, after Isnad's normalisation and
 * stemming), and filters. Null filters do not filter.
 *
 * @param text words and {@code "quoted phrases"}; blank matches every article (filters only)
 * @param outlet the outlet's id or name
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 * @param entity an entity mentioned in the article: its name as written (folded before matching)
 * @param event an event type mentioned in the article
 * @param story a story id
 * @param offset hits to skip
 * @param limit most hits returned (1 to 1000)
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entity,
    EventType event, String story, int offset, int limit) {

  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = Objects.requireNonNullElse(text, "");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, not " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if (text.length() > 1000) {
      throw new IllegalArgumentException("query text is " + text.length() + " characters, over the limit of 1000");
    }
  }

  /** Words only, first 20 hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, 0, 20);
  }

  public SearchQuery withOutlet(String o) {
    return new SearchQuery(text, o, from, to, entity, event, story, offset, limit);
  }

  public SearchQuery withDates(LocalDate f, LocalDate t) {
    return new SearchQuery(text, outlet, f, t, entity, event, story, offset, limit);
  }

  public SearchQuery withEntity(String e) {
    return new SearchQuery(text, outlet, from, to, e, event, story, offset, limit);
  }

  public SearchQuery withEvent(EventType e) {
    return new SearchQuery(text, outlet, from, to, entity, e, story, offset, limit);
  }

  public SearchQuery withStory(String s) {
    return new SearchQuery(text, outlet, from, to, entity, event, s, offset, limit);
  }

  public SearchQuery withPage(int off, int lim) {
    return new SearchQuery(text, outlet, from, to, entity, event, story, off, lim);
  }
}
