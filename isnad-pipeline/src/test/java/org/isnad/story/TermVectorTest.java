package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermVectorTest {

  @Test
  void byWeightListsPositionsHeaviestFirstAndEqualWeightsInPositionOrder() {
    TermVector v = TermVector.top(new int[] {40, 10, 30, 20, 50}, new float[] {1f, 3f, 2f, 3f, 0.5f}, 5, 5);
    // terms ascending: 10 (3), 20 (3), 30 (2), 40 (1), 50 (0.5)
    assertThat(v.terms()).containsExactly(10, 20, 30, 40, 50);
    assertThat(v.byWeight()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void byWeightOfAnUnsortedVector() {
    TermVector v = TermVector.top(new int[] {5, 9, 7}, new float[] {1f, 4f, 2f}, 3, 3);
    // terms ascending: 5 (1), 7 (2), 9 (4): heaviest is 9 at position 2
    assertThat(v.byWeight()).containsExactly(2, 1, 0);
    assertThat(TermVector.EMPTY.byWeight()).isEmpty();
  }
}
