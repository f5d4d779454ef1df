package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class RecordCodecTest {

  /** A record of tokens, for the token codec. */
  public record Tokens(List<Token> tokens) {}

  /** A record of the same shape as a token, which the generic record codec writes. */
  public record Lookalike(Span span, TokenKind kind, String norm, String key) {}

  /** A record of lookalikes, for the token codec. */
  public record Lookalikes(List<Lookalike> tokens) {}

  /** A record of strings, for the string encoding. */
  public record Words(List<String> words) {}

  @TempDir Path tmp;

  @Test
  void anArticleRoundTripsAndItsHeadIsWhatThePageShows() throws Exception {
    Path f = tmp.resolve("a.txt");
    Files.writeString(f, "هجوم قرب تدمر\nدمشق - قالت وزارة الداخلية السورية اليوم الأحد إن قواتها اعتقلت خمسة أشخاص."
        + " وأضاف المتحدث نور الدين البابا أن التحقيقات مستمرة.", StandardCharsets.UTF_8);
    BatchResult r = Pipeline.create(PipelineConfig.defaults().withParallel(false)).analyze(List.of(f));
    AnalysedArticle a = r.articles().get(0);
    assertThat(a.tokens()).isNotEmpty();
    assertThat(a.entities()).isNotEmpty();

    for (boolean deflate : new boolean[] {false, true}) {
      byte[] bytes = RecordCodec.encode(a, deflate);
      assertThat(RecordCodec.decode(bytes, AnalysedArticle.class)).isEqualTo(a);
      RecordCodec.ArticleHead head = RecordCodec.articleHead(bytes);
      assertThat(head.clean()).isEqualTo(a.clean());
      assertThat(head.language()).isEqualTo(a.language());
      assertThat(head.sentences()).isEqualTo(a.sentences().size());
      assertThat(head.tokens()).isEqualTo(a.tokens().size());
      assertThat(ReportWriter.articleJson(head.clean(), head.language(), head.sentences(), head.tokens(), null))
          .isEqualTo(ReportWriter.articleJson(a, null));
      assertThat(RecordCodec.hash(a)).isEqualTo(RecordCodec.hash(RecordCodec.decode(bytes, AnalysedArticle.class)));
    }
  }

  @Test
  void tokensAreWrittenAsTheGenericRecordCodecWritesThem() throws Exception {
    Path f = tmp.resolve("t.txt");
    Files.writeString(f, "هجوم قرب تدمر\nدمشق - قالت وزارة الداخلية السورية في 12 آذار 2025 إن قواتها اعتقلت 5 أشخاص،"
        + " وأضاف المتحدث أن التحقيقات مستمرة (والنتائج قريبة).", StandardCharsets.UTF_8);
    AnalysedArticle a = Pipeline.create(PipelineConfig.defaults().withParallel(false)).analyze(List.of(f))
        .articles().get(0);
    assertThat(a.tokens()).hasSizeGreaterThan(15);
    List<Lookalike> same = a.tokens().stream().map(t -> new Lookalike(t.span(), t.kind(), t.norm(), t.key())).toList();
    byte[] tokens = RecordCodec.encode(new Tokens(a.tokens()), false);
    assertThat(tokens).isEqualTo(RecordCodec.encode(new Lookalikes(same), false));
    assertThat(RecordCodec.hash(new Tokens(a.tokens()))).isEqualTo(RecordCodec.hash(new Lookalikes(same)));
    assertThat(RecordCodec.decode(tokens, Tokens.class)).isEqualTo(new Tokens(a.tokens()));
  }

  @Test
  void stringsAreWrittenAsGetBytesWouldWriteThemAndRepeatsAsBackReferences() {
    List<String> words = new java.util.ArrayList<>();
    words.add("هجوم");
    words.add("ascii");
    words.add(null);
    words.add("€ ﷲ دمشق");          // three-byte characters
    words.add("\uD83D\uDE00 face");    // a surrogate pair
    words.add("broken \uD800 half"); // an unpaired surrogate: getBytes writes '?'
    words.add(new String("هجوم"));    // equal, another instance: a back-reference
    for (int i = 0; i < 3000; i++) {   // the table grows
      words.add("w" + (i % 1700));
    }
    words.add("");
    Words w = new Words(words);
    byte[] expected = reference(w);
    // Twice: the thread's buffer and table are reused, and must start empty.
    assertThat(RecordCodec.encode(w, false)).isEqualTo(expected);
    assertThat(RecordCodec.encode(w, false)).isEqualTo(expected);
    List<String> read = new java.util.ArrayList<>(words);
    read.set(5, "broken ? half");
    assertThat(RecordCodec.decode(expected, Words.class)).isEqualTo(new Words(read));
  }

  @Test
  void theStringTableNumbersStringsInOrderAndFindsThemAgain() {
    RecordCodec.StringTable t = new RecordCodec.StringTable();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        assertThat(t.indexOrAdd("s" + i)).isEqualTo(-1);
      }
      for (int i = 4999; i >= 0; i--) {
        assertThat(t.indexOrAdd("s" + i)).isEqualTo(i);
      }
      assertThat(t.size()).isEqualTo(5000);
      t.release();
      assertThat(t.size()).isZero();
    }
  }

  /** The layout of RecordCodec's plain bytes for a Words, written the plain way. */
  private static byte[] reference(Words w) {
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    varint(plain, 1);
    varint(plain, w.words().size() + 1);
    for (String s : w.words()) {
      if (s == null) {
        varint(plain, 0);
      } else if (seen.containsKey(s)) {
        varint(plain, seen.get(s) + 2);
      } else {
        seen.put(s, seen.size());
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(plain, 1);
        varint(plain, b.length);
        plain.writeBytes(b);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    varint(out, 2L * plain.size());
    out.writeBytes(plain.toByteArray());
    return out.toByteArray();
  }

  private static void varint(java.io.ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
