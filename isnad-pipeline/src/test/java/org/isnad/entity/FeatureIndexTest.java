package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The open-addressing map from feature hashes to rows. */
class FeatureIndexTest {

  @Test
  void testRowOfEachHashIsItsPosition() {
    long[] hashes = new long[1000];
    Random random = new Random(7);
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextLong();
    }
    FeatureIndex index = FeatureIndex.of(hashes);
    assertThat(index.size()).isEqualTo(hashes.length);
    for (int i = 0; i < hashes.length; i++) {
      assertThat(index.row(hashes[i])).isEqualTo(i);
    }
  }

  @Test
  void testUnknownHashIsMinusOne() {
    FeatureIndex index = FeatureIndex.of(new long[] {NerFeatures.hash(1, "حلب"), NerFeatures.hash(1, "دمشق")});
    assertThat(index.row(NerFeatures.hash(1, "حمص"))).isEqualTo(-1);
    assertThat(FeatureIndex.of(new long[0]).row(0L)).isEqualTo(-1);
  }

  @Test
  void testCollidingSlotsAreProbed() {
    // hashes that differ only above the slot bits all start at the same slot
    long[] hashes = {0L, 1L << 60, 2L << 60, 3L << 60};
    FeatureIndex index = FeatureIndex.of(hashes);
    for (int i = 0; i < hashes.length; i++) {
      assertThat(index.row(hashes[i])).isEqualTo(i);
    }
  }

  @Test
  void testDuplicateHashIsRejected() {
    assertThatThrownBy(() -> FeatureIndex.of(new long[] {5L, 9L, 5L}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
  }
}
