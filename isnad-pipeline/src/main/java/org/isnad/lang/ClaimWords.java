package org.isnad.lang;

import java.util.List;

/**
 * The words a language uses to turn a statement into its opposite: negation particles ("لم",
 * "غير") and pairs of opposite words on one axis ("ارتفاع" / "انخفاض" on the axis {@code rise}).
 * Looked up on the text stage's token forms: negations on the normalised form, opposites on the
 * matching key.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ClaimWords {

  /** One side of an axis of opposites: {@code rise+} is "ارتفع", {@code rise-} is "انخفض". */
  record Pole(String axis, boolean positive) {}

  /** Whether the normalised token negates what follows or what it is attached to. */
  boolean isNegation(String norm);

  /** The poles a matching key stands on (usually none, at most a few). */
  List<Pole> poles(String key);

  /** Whether the matching key is a function word that carries no claim of its own ("في", "على"). */
  boolean isFunctionWord(String key);
}
