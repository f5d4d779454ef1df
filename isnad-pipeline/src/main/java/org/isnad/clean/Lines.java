package org.isnad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.model.Span;
import org.isnad.text.TextNormalizer;

/** Splitting text into {@link Line}s. Stateless. */
final class Lines {

  private Lines() {}

  /** The non-blank lines of plain text; line breaks are LF, CR, CRLF, NEL and the Unicode separators. */
  static List<Line> ofText(String text, TextNormalizer normalizer) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isBreak(text.charAt(i))) {
        Line l = line(text, start, i, Set.of(), 0, normalizer);
        if (l != null) {
          lines.add(l);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The line {@code text[start, end)} without surrounding white space, or null when it is blank. */
  static Line line(CharSequence text, int start, int end, Set<Line.Hint> hints, int linkChars, TextNormalizer n) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return null;
    }
    String norm = n.normalizedText(text, s, e).strip();
    return new Line(new Span(s, e), norm, countWords(norm), hints, linkChars);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
        || c == '\uFEFF';
  }

  /** {@link Character#isLetterOrDigit(char)} of the chars below U+0800 (Latin and Arabic), looked up once. */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[0x800];

  static {
    for (char c = 0; c < LETTER_OR_DIGIT.length; c++) {
      LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  static boolean isLetterOrDigit(char c) {
    return c < LETTER_OR_DIGIT.length ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  static int countWords(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }
}
