package org.isnad.clean;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.isnad.model.Span;

/**
 * One line of a prepared page: a paragraph of plain text, or one block element of HTML.
 *
 * @param span the line in the original text, without surrounding white space
 * @param norm the folded line
 * @param words its word count
 * @param hints what the page structure says about it (empty for plain text)
 * @param linkChars how many of its chars are inside links (HTML)
 */
public record Line(Span span, String norm, int words, Set<Hint> hints, int linkChars) {

  /** Structural facts about an HTML line. */
  public enum Hint {
    CHROME, SHARE, RELATED, EMBED, CAPTION, HEADING, TITLE, OUTSIDE_ARTICLE,
    /** A {@code <p>} element whose text is not all bold: the page marks it as a paragraph, no heading. */
    PARAGRAPH
  }

  public Line {
    requireNonNull(span, "span must not be null");
    requireNonNull(norm, "norm must not be null");
    hints = Set.copyOf(hints);
  }

  /**
   * Whether the line reads as prose: it ends like a sentence (full stop, question or exclamation
   * mark, ellipsis, or a colon after at least four words, before any closing quotes), or is too long
   * to be a heading. A short line ending in a colon is a label ("نشر في:"), not prose.
   */
  public boolean prose() {
    return words >= 20 || endsLikeSentence(norm) && !(norm.endsWith(":") && words < 4);
  }

  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ')'
        || Character.isWhitespace(s.charAt(i)))) {
      i--;
    }
    return i >= 0 && ".!?:…".indexOf(s.charAt(i)) >= 0;
  }

  public boolean has(Hint h) {
    return hints.contains(h);
  }

  public double linkDensity() {
    return span.isEmpty() ? 0 : (double) linkChars / span.length();
  }
}
