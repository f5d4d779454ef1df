package org.isnad.model;

/** Who stands behind a quotation or claim. */
public enum SourceType {
  /** An institution speaking as such: a ministry's statement, a command's communiqué. */
  OFFICIAL_STATEMENT,
  /** A named person: an official, a spokesman, a witness. */
  NAMED_OFFICIAL,
  /** An unnamed source: "مصدر أمني", "مصادر محلية". */
  ANONYMOUS_SOURCE,
  /** Another news medium: a channel or agency the article cites. */
  MEDIA,
  /** The outlet itself, on its own authority. */
  OUTLET;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
