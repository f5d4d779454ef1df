package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A search: words (a part in double quotes is a phrase) and optional filters; every non-null filter
 * must hold. Validated here, so an archive never sees a query outside these limits.
 *
 * @param text the words; 1 to {@link #MAX_TEXT} chars, not blank
 * @param outlet the outlet's name or id, or null
 * @param from the earliest publication day, inclusive, or null
 * @param to the latest publication day, inclusive, or null
 * @param entity an entity of the article's story: its id, canonical name or a spelling; or null
 * @param eventType an event type of the article's story ({@code attack}, ...), or null
 * @param story the story id, or null
 * @param offset hits to skip, 0 to {@link #MAX_OFFSET}
 * @param limit hits to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entity,
    String eventType, String story, int offset, int limit) {

  public static final int MAX_TEXT = 256;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public SearchQuery {
    requireNonNull(text, "text must not be null");
    if (text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text must have 1 to " + MAX_TEXT + " chars, has " + text.length());
    }
    if (offset < 0 || offset > MAX_OFFSET || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + " and limit 1.." + MAX_LIMIT
          + ": " + offset + ", " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** Words only, first page of ten. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, 0, 10);
  }
}
