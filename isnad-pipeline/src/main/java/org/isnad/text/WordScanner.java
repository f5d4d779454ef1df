package org.isnad.text;

/**
 * Finds words and numbers in normalised text. A word is a run of letters (with any combining marks);
 * a Latin-script word may contain digits ({@code F16}). A number is a run of digits with single
 * inner separators between digits ({@code 1,500}, {@code 3.5}). Everything else separates tokens.
 *
 * <p>Why not ICU's word break iterator: on normalised Arabic (no diacritics, no tatweel) the two
 * agree, and this scanner is several times faster, which the text stage needs to stay at least as
 * fast as Lucene's {@code ArabicAnalyzer} (see {@code isnad bench text}).
 *
 * <p>Not thread-safe: one per call.
 */
final class WordScanner {

  /** The text's chars: read from an array, the scan costs no bounds-checked {@code String.charAt} per char. */
  private char[] text;
  private int pos;
  private int end;
  private int tokenStart;
  private int tokenEnd;
  private boolean number;
  /** The tokens {@link #scan} found: start, end and 1 for a number (else 0) of each, one after the other. */
  private int[] found = new int[3 * 64];

  /**
   * Finds all tokens of {@code text[start, end)} at once, so that the caller can touch all of them
   * in its cache before it looks any up (see {@link TokenCache#touch}); returns how many.
   */
  int scan(char[] text, int start, int end) {
    this.text = text;
    this.pos = start;
    this.end = end;
    int count = 0;
    while (next()) {
      if (3 * count == found.length) {
        found = java.util.Arrays.copyOf(found, 2 * found.length);
      }
      found[3 * count] = tokenStart;
      found[3 * count + 1] = tokenEnd;
      found[3 * count + 2] = number ? 1 : 0;
      count++;
    }
    return count;
  }

  /** The start of token {@code k} of the last {@link #scan}. */
  int start(int k) {
    return found[3 * k];
  }

  /** The end of token {@code k} of the last {@link #scan}. */
  int end(int k) {
    return found[3 * k + 1];
  }

  /** Whether token {@code k} of the last {@link #scan} is a number. */
  boolean isNumber(int k) {
    return found[3 * k + 2] != 0;
  }

  /** Advances to the next token; false at the end. */
  private boolean next() {
    while (pos < end) {
      int c = Character.codePointAt(text, pos);
      if (isLetter(c)) {
        scanWord();
        return true;
      }
      if (isDigit(c)) {
        scanNumber();
        return true;
      }
      pos += Character.charCount(c);
    }
    return false;
  }

  private void scanWord() {
    tokenStart = pos;
    boolean latin = text[pos] < 0x0250;
    while (pos < end) {
      int c = Character.codePointAt(text, pos);
      if (isLetter(c) || isMark(c) || latin && isDigit(c)) {
        pos += Character.charCount(c);
      } else {
        break;
      }
    }
    tokenEnd = pos;
    number = false;
  }

  private void scanNumber() {
    tokenStart = pos;
    while (pos < end) {
      int c = Character.codePointAt(text, pos);
      if (isDigit(c)) {
        pos += Character.charCount(c);
      } else if ((c == '.' || c == ',') && pos + 1 < end && isDigit(Character.codePointAt(text, pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
    tokenEnd = pos;
    number = true;
  }

  /** Character.isLetter, with the Arabic and ASCII letters answered without a table look-up. */
  private static boolean isLetter(int c) {
    if (c >= '\u0621' && c <= '\u064A') {
      return true;
    }
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9' || c > 0x7F && Character.isDigit(c);
  }

  private static boolean isMark(int c) {
    if (c < 0x0300) {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || c == '\u200C';
  }
}
