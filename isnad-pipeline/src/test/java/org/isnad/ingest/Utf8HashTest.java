package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The content hash read from a file's UTF-8 bytes against the hash of its decoded text. */
class Utf8HashTest {

  private static final String[] PIECES = {"قال", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
      "\u2028", "\u3000", "\u1680", "\u200F", "مقتل", "3", "«", "ـ", "\uD83D\uDE00", "<p>", "é", ""};

  @Test
  void hashOfTheBytesIsTheHashOfTheText() throws Exception {
    Random r = new Random(20261207L);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(14);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      boolean bom = r.nextBoolean();
      byte[] text = s.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[text.length + (bom ? 3 : 0)];
      if (bom) {
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
      }
      System.arraycopy(text, 0, bytes, bom ? 3 : 0, text.length);
      assertThat(FileIngester.contentHash(s, new Utf8(bytes, bom ? 3 : 0)))
          .as("input %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(FileIngester.contentHash(s));
    }
  }

  @Test
  void validUtf8KeepsItsBytesAndInvalidDoesNot() throws Exception {
    TextDecoder d = new TextDecoder();
    byte[] ok = "قال المصدر".getBytes(StandardCharsets.UTF_8);
    assertThat(d.decode(ok).utf8()).isNotNull();
    byte[] replacement = "قال \uFFFD".getBytes(StandardCharsets.UTF_8);
    assertThat(d.decode(replacement).text()).isEqualTo("قال \uFFFD");
  }
}
