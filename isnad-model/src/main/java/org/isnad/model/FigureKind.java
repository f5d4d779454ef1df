package org.isnad.model;

/** What a reported figure counts. */
public enum FigureKind {
  KILLED,
  WOUNDED,
  ARRESTED,
  ABDUCTED,
  MISSING;

  /** The JSON name: {@code killed}, {@code wounded}, ... */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
