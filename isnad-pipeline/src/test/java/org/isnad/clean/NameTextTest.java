package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written name replacements against the regular expressions they stand for. */
class NameTextTest {

  private static final String[] PIECES = {"الجزيرة", "نت", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
      "\u2028", "\u200F", ".", "-", "|", "«", "»", "©", "$", "+", "^", "_", "'", "\"", "24", "\uD83D\uDE00",
      "\uD835\uDC00", "\uD800", "\uDC00", "ـ", "،", "؟", "a", ""};

  private static String random(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void marksAsSpacesIsTheRegularExpression() {
    Random r = new Random(20261207L);
    for (int round = 0; round < 5_000; round++) {
      String s = random(r);
      assertThat(NameText.marksAsSpaces(s)).as("input %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(s.replaceAll("[\\p{P}\\p{S}]+", " "));
    }
  }

  @Test
  void singleSpacedIsTheRegularExpression() {
    Random r = new Random(20261208L);
    for (int round = 0; round < 5_000; round++) {
      String s = random(r);
      assertThat(NameText.singleSpaced(s)).as("input %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void everyCodePointIsAMarkExactlyWhenTheRegularExpressionSaysSo() {
    java.util.regex.Pattern marks = java.util.regex.Pattern.compile("[\\p{P}\\p{S}]");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (org.isnad.lang.CharClasses.isPunctuationOrSymbol(cp) != marks.matcher(Character.toString(cp)).matches()) {
        throw new AssertionError("code point " + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void wordsAreTheNonEmptyPiecesOfTheSplit() {
    Random r = new Random(20261209L);
    for (int round = 0; round < 5_000; round++) {
      String s = random(r);
      java.util.List<String> split = java.util.Arrays.stream(s.split("[\\s\\p{P}\\p{S}]+"))
          .filter(w -> !w.isEmpty()).toList();
      assertThat(NameText.words(s)).as("input %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(split);
      for (String w : split) {
        assertThat(NameText.isDigits(w)).isEqualTo(w.matches("\\d+"));
      }
    }
    assertThat(NameText.isDigits("")).isFalse();
  }
}
