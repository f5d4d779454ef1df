package org.isnad.model;

/** The kind of a {@link Token}. */
public enum TokenKind {
  /** A word in any script. */
  WORD,
  /** A number written in any digit set, possibly with separators. */
  NUMBER
}
