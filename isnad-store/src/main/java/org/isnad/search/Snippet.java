package org.isnad.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.isnad.model.Span;

/**
 * A passage of a hit with the matched words marked.
 *
 * @param span where the passage is in the article's original text
 * @param text the passage ({@code original[span]})
 * @param highlights the matched words and phrases: UTF-16 offsets into the article's original text
 *     (half-open, like every {@link Span}), each inside {@code span}
 */
public record Snippet(Span span, String text, List<Span> highlights) {

  public Snippet {
    requireNonNull(span, "span must not be null");
    requireNonNull(text, "text must not be null");
    highlights = List.copyOf(highlights);
  }
}
