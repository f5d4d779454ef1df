package org.isnad.store;

import static java.util.Objects.requireNonNull;

/**
 * What became of one input article.
 *
 * @param source the file (or file and item, or URL) it came from
 * @param status stored, duplicate or rejected
 * @param articleId the article's id (the stored one for a duplicate); null when rejected unread
 * @param storyId the story it joined; null when it has none
 * @param reason why it is a duplicate or was rejected; null when stored
 */
public record IngestOutcome(String source, Status status, String articleId, String storyId, String reason) {

  /** The three outcomes of ingesting an article. */
  public enum Status { STORED, DUPLICATE, REJECTED }

  public IngestOutcome {
    requireNonNull(source, "source must not be null");
    requireNonNull(status, "status must not be null");
  }

  /** One line for people: {@code stored a1b2c3 (story s4) source}. */
  public String line() {
    String s = status.name().toLowerCase(java.util.Locale.ROOT);
    return switch (status) {
      case STORED -> s + " " + articleId + (storyId == null ? "" : " (story " + storyId + ")") + " " + source;
      case DUPLICATE -> s + " " + articleId + " " + source + ": " + reason;
      case REJECTED -> s + " " + source + ": " + reason;
    };
  }
}
