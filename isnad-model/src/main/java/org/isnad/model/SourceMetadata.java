package org.isnad.model;

import java.util.Optional;

/**
 * What the input itself says about an article, before any cleaning: JSON fields, feed item fields.
 * Every field may be null when the input does not give it.
 *
 * @param title a title given by the input
 * @param url the article's URL
 * @param outlet the outlet name given by the input (a feed's title, a JSON {@code outlet} field)
 * @param published the publication time given by the input
 */
public record SourceMetadata(String title, String url, String outlet, Published published) {

  public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

  public Optional<String> titleOpt() {
    return Optional.ofNullable(title).filter(s -> !s.isBlank());
  }

  public Optional<String> urlOpt() {
    return Optional.ofNullable(url).filter(s -> !s.isBlank());
  }

  public Optional<String> outletOpt() {
    return Optional.ofNullable(outlet).filter(s -> !s.isBlank());
  }

  public Optional<Published> publishedOpt() {
    return Optional.ofNullable(published);
  }
}
