package org.isnad.model;

import java.util.Locale;

/** Which way copied text went between two articles. The JSON code is the lower-case name. */
public enum CopyDirection {
  /** Article a was published first: b copied from a (or both from a common source a reproduces). */
  A_TO_B,
  /** Article b was published first. */
  B_TO_A,
  /** The publication times are missing or equal. */
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
