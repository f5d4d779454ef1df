package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorSelectTest {

  @Test
  void selectsTheSmallestAsAFullSortWould() {
    Random r = new Random(7);
    for (int round = 0; round < 2000; round++) {
      int n = r.nextInt(300);
      int k = n == 0 ? 0 : r.nextInt(n + 1);
      int spread = 1 + r.nextInt(round % 3 == 0 ? 4 : 1_000_000); // many equal values in some rounds
      long[] a = new long[n];
      for (int i = 0; i < n; i++) {
        a[i] = r.nextInt(spread) - spread / 2;
      }
      long[] sorted = a.clone();
      Arrays.sort(sorted);
      long[] selected = a.clone();
      TermVector.selectSmallest(selected, n, k);
      Arrays.sort(selected, 0, k);
      assertThat(Arrays.copyOf(selected, k)).isEqualTo(Arrays.copyOf(sorted, k));
      Arrays.sort(selected);
      assertThat(selected).isEqualTo(sorted); // a permutation: nothing lost
    }
  }

  @Test
  void probeScoresAsTheMergeDoes() {
    Random r = new Random(11);
    for (int round = 0; round < 3000; round++) {
      TermVector article = random(r, 1 + r.nextInt(60), 48);
      TermVector centroid = random(r, 1 + r.nextInt(200), 96);
      double merged = centroid.cosine(article);
      double probed = new TermVector.Probe(article).cosineWith(centroid);
      assertThat(Double.doubleToRawLongBits(probed)).isEqualTo(Double.doubleToRawLongBits(merged));
    }
  }

  /** A vector over few term ids, so that terms are shared and some repeat (as colliding buckets do). */
  private static TermVector random(Random r, int n, int limit) {
    int[] ids = new int[n];
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      ids[i] = r.nextInt(r.nextBoolean() ? 40 : 400);
      w[i] = r.nextFloat();
    }
    return TermVector.top(ids, w, n, limit);
  }

  @Test
  void keepsTheHeaviestTermsInTermOrder() {
    int[] ids = {5, 3, 9, 1, 7};
    float[] w = {0.1f, 0.5f, 0.5f, 0.9f, 0.2f};
    TermVector v = TermVector.top(ids, w, 5, 3);
    assertThat(v.terms()).containsExactly(1, 3, 9);
  }
}
