package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isnad.entity.TinyModels.tag;
import static org.isnad.entity.TinyModels.tagger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The binary NER model: round trip, format version, provenance, refusal of what it is not. */
class NerModelTest {

  private static byte[] written(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  private static NerModel read(byte[] bytes) throws IOException {
    return NerModel.read(new ByteArrayInputStream(bytes));
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(raw);
    }
    return out.toByteArray();
  }

  /** A written model whose format version int (after the 4-byte magic) is replaced. */
  private static byte[] withVersion(NerModel model, int version) throws IOException {
    byte[] raw = gunzip(written(model));
    ByteBuffer.wrap(raw).putInt(4, version);
    return gzip(raw);
  }

  private static float[] scores(NerModel m, long... hashes) {
    float[] s = new float[m.tags().size()];
    for (long h : hashes) {
      m.addScores(h, s);
    }
    return s;
  }

  @Test
  void testRoundTripKeepsTagsAndProvenance() throws IOException {
    NerModel back = read(written(TinyModels.persons()));
    assertThat(back.tags()).containsExactlyElementsOf(TinyModels.TAGS);
    assertThat(back.provenance()).containsExactlyInAnyOrderEntriesOf(TinyModels.PROVENANCE);
    assertThat(back.features()).isEqualTo(5);
  }

  @Test
  void testRoundTripKeepsWeightsAndTransitions() throws IOException {
    int n = TinyModels.TAGS.size();
    float[] trans = new float[(n + 1) * n];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = i * 0.25f - 3;
    }
    NerModel model = TinyModels.persons(trans);
    NerModel back = read(written(model));
    for (long h : new long[] {TinyModels.bias(), TinyModels.word("احمد"), TinyModels.word("الشرع"),
        TinyModels.word("حلب"), TinyModels.word("قال"), TinyModels.word("غير-معروف")}) {
      assertThat(scores(back, h)).as("scores of feature %d", h).containsExactly(scores(model, h));
    }
    for (int from = -1; from < n; from++) {
      for (int to = 0; to < n; to++) {
        assertThat(back.transition(from, to)).isEqualTo(model.transition(from, to));
      }
    }
  }

  @Test
  void testRoundTripTagsTheSame() throws IOException {
    NerModel model = TinyModels.persons();
    NerModel back = read(written(model));
    String[] sentence = {"قال", "احمد", "الشرع", "في", "حلب", "قال", "الشرع"};
    assertThat(tag(tagger(back), sentence)).containsExactlyElementsOf(tag(tagger(model), sentence))
        .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O");
  }

  @Test
  void testAnotherFormatVersionIsRefusedByNumber() throws IOException {
    byte[] bytes = withVersion(TinyModels.persons(), NerModel.FORMAT_VERSION + 1);
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class)
        .hasMessageContaining("version " + (NerModel.FORMAT_VERSION + 1))
        .hasMessageContaining(String.valueOf(NerModel.FORMAT_VERSION));
  }

  @Test
  void testTheCurrentVersionRewrittenIsRead() throws IOException {
    // guards the byte offset the refusal test patches
    byte[] bytes = withVersion(TinyModels.persons(), NerModel.FORMAT_VERSION);
    assertThat(read(bytes).tags()).containsExactlyElementsOf(TinyModels.TAGS);
  }

  @Test
  void testGarbageBytesAreRefused() {
    byte[] garbage = new byte[200];
    new Random(42).nextBytes(garbage);
    assertThatThrownBy(() -> read(garbage)).isInstanceOf(IOException.class);
  }

  @Test
  void testGzippedDataWithoutTheMagicIsRefused() throws IOException {
    byte[] bytes = gzip("ليس نموذجا".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class)
        .hasMessageContaining("not an Isnad NER model");
  }

  @Test
  void testTruncatedModelIsRefused() throws IOException {
    byte[] raw = gunzip(written(TinyModels.persons()));
    byte[] bytes = gzip(Arrays.copyOf(raw, raw.length - 7));
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(EOFException.class);
  }

  @Test
  void testWeightsThatDoNotFitAreRejected() {
    FeatureIndex index = FeatureIndex.of(new long[] {1L, 2L});
    int n = TinyModels.TAGS.size();
    assertThatThrownBy(() -> new NerModel(TinyModels.TAGS, index, new float[n], new float[(n + 1) * n], Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 features");
    assertThatThrownBy(() -> new NerModel(TinyModels.TAGS, index, new float[2 * n], new float[n * n], Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void testModelCopiesItsArrays() {
    long[] hashes = {TinyModels.word("احمد")};
    float[] weights = new float[TinyModels.TAGS.size()];
    weights[TinyModels.B_PERS] = 5;
    int n = TinyModels.TAGS.size();
    NerModel model = new NerModel(List.copyOf(TinyModels.TAGS), FeatureIndex.of(hashes), weights,
        new float[(n + 1) * n], Map.of());
    weights[TinyModels.B_PERS] = -5;
    assertThat(scores(model, hashes[0])[TinyModels.B_PERS]).isEqualTo(5f);
  }

  @Test
  void testEmptyProvenanceRoundTrips() throws IOException {
    int n = TinyModels.TAGS.size();
    NerModel model = new NerModel(TinyModels.TAGS, FeatureIndex.of(new long[0]), new float[0],
        new float[(n + 1) * n], Map.of());
    NerModel back = read(written(model));
    assertThat(back.provenance()).isEmpty();
    assertThat(back.features()).isZero();
  }
}
