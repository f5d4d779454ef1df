package org.isnad.model;

/** What kind of markup the content of a {@link RawArticle} is in. */
public enum MediaType {
  /** Plain text: paragraphs are lines. */
  TEXT,
  /** An HTML page or fragment. */
  HTML
}
