package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An article after the cleaning stage: its original text, the spans of that text that are article
 * prose (the body), what was removed and why, and what was found about it.
 *
 * <p>For plain-text inputs the original is the decoded file. For HTML it is the page's visible text
 * as the cleaning stage renders it (one block element per line, scripts and styles dropped); every
 * span points into that rendering, which the report carries as {@code original}.
 *
 * @param id stable article identifier
 * @param source where the article came from
 * @param original the original text all spans point into
 * @param paragraphs the body: sorted, non-overlapping spans of article prose
 * @param title the title, or null when none was found
 * @param titleSpan where the title is in the original, or null when it came from metadata only
 * @param outlet the outlet, {@link Outlet#UNKNOWN} when none was found
 * @param dateline the body's dateline, or null
 * @param published the publication time, or null
 * @param url the article's URL, or null
 * @param removed the removed clutter, sorted by span
 * @param issues problems met while reading and cleaning
 */
public record CleanArticle(
    String id,
    String source,
    String original,
    List<Span> paragraphs,
    String title,
    Span titleSpan,
    Outlet outlet,
    Dateline dateline,
    Published published,
    String url,
    List<RemovedBlock> removed,
    List<String> issues) {

  public CleanArticle {
    requireNonNull(id, "id must not be null");
    requireNonNull(source, "source must not be null");
    requireNonNull(original, "original must not be null");
    requireNonNull(outlet, "outlet must not be null");
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    issues = List.copyOf(issues);
    checkInside(original, paragraphs);
    checkInside(original, removed.stream().map(RemovedBlock::span).toList());
    if (titleSpan != null) {
      checkInside(original, List.of(titleSpan));
    }
  }

  private static void checkInside(String original, List<Span> spans) {
    for (Span s : spans) {
      if (s.end() > original.length()) {
        throw new IllegalArgumentException(s + " is outside the original of length " + original.length());
      }
    }
  }

  /** The cleaned article text: the body paragraphs joined by line breaks. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Span p : paragraphs) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(original, p.start(), p.end());
    }
    return sb.toString();
  }

  /** The paragraphs' texts, in order. */
  public List<String> paragraphTexts() {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (Span p : paragraphs) {
      out.add(p.in(original));
    }
    return out;
  }

  /** A copy with one more issue. */
  public CleanArticle withIssue(String issue) {
    List<String> more = new ArrayList<>(issues);
    more.add(issue);
    return new CleanArticle(
        id, source, original, paragraphs, title, titleSpan, outlet, dateline, published, url,
        removed, more);
  }
}
