package org.isnad.lang;

/** Unicode character classes that regular expressions name and hot loops test by hand. */
public final class CharClasses {

  private CharClasses() {}

  /** Whether a code point is in {@code \p{P}} or {@code \p{S}} (the general categories, as a regex reads them). */
  public static boolean isPunctuationOrSymbol(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
