package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Word clusters: paths by word hash, coarser prefixes, and the round trip inside a model. */
class WordClustersTest {

  private static final WordClusters CLUSTERS = WordClusters.of(
      new long[] {NerFeatures.wordHash("حلب"), NerFeatures.wordHash("حمص"), NerFeatures.wordHash("قال")},
      new int[] {0x3A1, 0x3A2, 0xF00});

  @Test
  void testKnownWordsHaveTheirPath() {
    assertThat(CLUSTERS.path(NerFeatures.wordHash("حلب"))).isEqualTo(0x3A1);
    assertThat(CLUSTERS.size()).isEqualTo(3);
  }

  @Test
  void testUnknownWordHasNoPath() {
    assertThat(CLUSTERS.path(NerFeatures.wordHash("دمشق"))).isEqualTo(-1);
    assertThat(WordClusters.prefix(-1, 1)).isEqualTo(-1);
  }

  @Test
  void testPrefixesNameCoarserClusters() {
    assertThat(WordClusters.prefix(0x3A1, 1)).isEqualTo(0x3).isEqualTo(WordClusters.prefix(0x3A2, 1));
    assertThat(WordClusters.prefix(0x3A1, 2)).isEqualTo(0x3A).isEqualTo(WordClusters.prefix(0x3A2, 2));
    assertThat(WordClusters.prefix(0x3A1, WordClusters.LEVELS)).isNotEqualTo(WordClusters.prefix(0x3A2, 3));
  }

  @Test
  void testWordsAndPathsMustPair() {
    assertThatThrownBy(() -> WordClusters.of(new long[] {1L}, new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void testModelRoundTripKeepsClusters() throws IOException {
    NerModel m = TinyModels.persons();
    NerModel withClusters = new NerModel(m.tags(), FeatureIndex.of(new long[0]), new float[0],
        new float[(m.tags().size() + 1) * m.tags().size()], Map.of(), CLUSTERS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    withClusters.write(out);
    NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.clusters().path(NerFeatures.wordHash("حمص"))).isEqualTo(0x3A2);
    assertThat(back.clusters().path(NerFeatures.wordHash("دمشق"))).isEqualTo(-1);
  }
}
