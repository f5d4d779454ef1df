package org.isnad.clean;

import org.isnad.lang.CharClasses;

/**
 * Hand-written forms of the two replacements that make an outlet name comparable, so that keying a
 * name (several times per article) runs no regular expression. Each gives exactly what its regular
 * expression gives. Stateless.
 */
final class NameText {

  private NameText() {}

  /** {@code s.replaceAll("[\\p{P}\\p{S}]+", " ")}: each run of punctuation and symbols as one space. */
  static String marksAsSpaces(String s) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean mark = CharClasses.isPunctuationOrSymbol(cp);
      if (mark && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null) {
        if (!mark) {
          out.append(s, i, next);
        } else if (!inRun) {
          out.append(' ');
        }
      }
      inRun = mark;
      i = next;
    }
    return out == null ? s : out.toString();
  }

  /** {@code s.replaceAll("\\s+", " ")}: each run of ASCII white space as one space. */
  static String singleSpaced(String s) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && out == null && (c != ' ' || i + 1 < s.length() && isAsciiSpace(s.charAt(i + 1)))) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null) {
        if (!space) {
          out.append(c);
        } else if (!inRun) {
          out.append(' ');
        }
      }
      inRun = space;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The non-empty pieces of {@code s.split("[\\s\\p{P}\\p{S}]+")}: the runs of chars that are
   * neither ASCII white space nor punctuation nor symbols, in order.
   */
  static java.util.List<String> words(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean cut = cp < 0x80 && isAsciiSpace((char) cp) || CharClasses.isPunctuationOrSymbol(cp);
      if (cut && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!cut && start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** Whether {@code s} is one or more ASCII digits ({@code \\d+}). */
  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
