package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The content hash's white-space folding, which decides article ids, against the rule it states. */
class ContentHashTest {

  private static final String[] PIECES = {"قال", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
      "\u2028", "\u200F", "مقتل", "3", "«", "ـ", ""};

  @Test
  void foldsRunsOfAsciiWhiteSpaceExactlyAsTheRegularExpression() {
    Random r = new Random(20261202L);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      assertThat(FileIngester.foldSpaces(s)).as("input %s", s.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void encodesTheFoldedStrippedContentAsStringGetBytesDoes() {
    String[] pieces = {"قال", " ", "  ", "\t", "\n", "\u2003", "\u001C", "\u00A0", "é", "3", "€",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFF", ""};
    Random r = new Random(20261206L);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(FileIngester.foldedUtf8(s)).as("input %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(FileIngester.foldSpaces(s.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void reSavedCopiesWithOtherSpacingHashAlike() {
    assertThat(FileIngester.contentHash("قال  المصدر\r\nإن"))
        .isEqualTo(FileIngester.contentHash(" قال المصدر إن\n"))
        .isNotEqualTo(FileIngester.contentHash("قال المصدر\u00A0إن"));
  }
}
