package org.isnad.model;

import java.util.Locale;

/**
 * What one statement says about another on the same subject, as the claim comparator decides it.
 * The JSON code is the lower-case name.
 */
public enum Stance {
  /** Both say the same thing, in the same or other words. */
  AGREE,
  /** They contradict each other: a figure, a place, an actor, a direction or a negation differs. */
  DISAGREE,
  /** They are about different things. */
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stance of a code ({@code agree}, {@code disagree}, {@code other}), case-insensitive. */
  public static Stance ofCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
