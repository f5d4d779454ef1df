package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.isnad.model.Span;

/**
 * The hits of a search, best first.
 *
 * @param total how many articles match
 * @param hits this page of hits (copied)
 */
public record SearchResults(long total, List<Hit> hits) {
  public SearchResults {
    hits = List.copyOf(requireNonNull(hits, "hits must not be null"));
  }

  /**
   * One matching article. Offsets are half-open UTF-16 into the article's {@code original}.
   *
   * @param article the article id
   * @param story the article's story id, or null
   * @param title the article title (may be empty)
   * @param outlet the outlet name, or null
   * @param published the publication time, or null
   * @param score higher is better; comparable within one search only
   * @param snippet the span of the original the snippet shows
   * @param snippetText {@code original.substring(snippet)}
   * @param highlights the matched words, inside {@code snippet}, in order (copied)
   */
  public record Hit(String article, String story, String title, String outlet, String published, double score,
      Span snippet, String snippetText, List<Span> highlights) {
    public Hit {
      requireNonNull(article, "article must not be null");
      requireNonNull(snippet, "snippet must not be null");
      requireNonNull(snippetText, "snippetText must not be null");
      highlights = List.copyOf(requireNonNull(highlights, "highlights must not be null"));
    }
  }
}
