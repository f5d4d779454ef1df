package org.isnad.model;

import java.util.List;

/** Test input: a text that is one body paragraph, as the cleaning stage would pass it on. */
public final class Paragraphs {

  private Paragraphs() {}

  /** A clean article whose whole text is its body, of unknown outlet, undated, untitled. */
  public static CleanArticle one(String text) {
    return new CleanArticle("t", "t", text, List.of(Span.of(0, text.length())), null, null, Outlet.UNKNOWN, null,
        null, null, List.of(), List.of());
  }
}
