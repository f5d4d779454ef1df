package org.isnad.event;

/**
 * Splitting a name at white space as {@code split("\\s+")} does, without a regular expression: the
 * finders ask this of a group or a name for every figure and speaker.
 */
final class Blanks {

  private Blanks() {}

  /** {@code s.split("\\s+")[0]} for a stripped {@code s}. */
  static String firstWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isBlank(s.charAt(i))) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** The characters of the regular expression {@code \\s}. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
