package org.isnad.ingest;

/**
 * Limits on untrusted input.
 *
 * @param maxFileBytes the largest file read at all (a feed or JSON-lines file may hold many
 *     articles)
 * @param maxArticleChars the largest single article (a page, a feed item, a JSON object's text)
 */
public record IngestConfig(long maxFileBytes, int maxArticleChars) {

  public static final IngestConfig DEFAULTS = new IngestConfig(256L << 20, 16 << 20);

  public IngestConfig {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (maxArticleChars <= 0) {
      throw new IllegalArgumentException("maxArticleChars must be positive, got " + maxArticleChars);
    }
  }
}
