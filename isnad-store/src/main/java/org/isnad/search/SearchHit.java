package org.isnad.search;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One article found.
 *
 * @param articleId the article
 * @param score Lucene's BM25 score
 * @param title its title, or null
 * @param outlet its outlet's name
 * @param published its publication date or time (ISO), or null
 * @param story its story, or null
 * @param snippets up to three passages with the matches marked (none for a filter-only search)
 */
public record SearchHit(String articleId, float score, String title, String outlet, String published,
    String story, List<Snippet> snippets) {

  public SearchHit {
    requireNonNull(articleId, "articleId must not be null");
    snippets = List.copyOf(snippets);
  }
}
