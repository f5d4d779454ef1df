package org.isnad.clean;

import org.isnad.model.Published;

/**
 * What a page's own markup says about it (HTML head, JSON-LD), each field null when absent.
 *
 * @param title og:title, or the document title
 * @param outlet og:site_name or publisher name
 * @param url canonical or og:url
 * @param published article:published_time, datePublished or a time element
 */
public record PageMeta(String title, String outlet, String url, Published published) {
  public static final PageMeta NONE = new PageMeta(null, null, null, null);
}
