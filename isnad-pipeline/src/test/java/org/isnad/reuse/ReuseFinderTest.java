package org.isnad.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.isnad.model.CopyDirection;
import org.isnad.model.Published;
import org.isnad.model.Reuse;
import org.junit.jupiter.api.Test;

/** The fingerprint index selects the earlier articles a new one copies from, and only those. */
class ReuseFinderTest {

  private final Random random = new Random(11);

  private int[] words(int n) {
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = random.nextInt(50_000);
    }
    return w;
  }

  private static int[] splice(int[] into, int at, int[] from, int start, int len) {
    int[] out = into.clone();
    System.arraycopy(from, start, out, at, len);
    return out;
  }

  @Test
  void findsTheOneEarlierArticleCopiedAmongMany() {
    ReuseFinder finder = new ReuseFinder(CopyDetector.create(ReuseConfig.DEFAULTS));
    int[] source = words(300);
    for (int i = 0; i < 50; i++) {
      finder.add(CopyText.ofHashes("n" + i, i == 20 ? source : words(300)), null);
    }
    List<Reuse> found = finder.add(CopyText.ofHashes("new", splice(words(300), 100, source, 40, 45)), null);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).a()).isEqualTo("n20");
    assertThat(found.get(0).passages().get(0).aSpan().start()).isEqualTo(40);
    assertThat(found.get(0).passages().get(0).bSpan().start()).isEqualTo(100);
    assertThat(finder.alignments()).isEqualTo(1);
  }

  @Test
  void directionFollowsPublicationTimes() {
    Published d1 = Published.ofDate(LocalDate.of(2025, 12, 13));
    Published d2 = Published.ofDate(LocalDate.of(2025, 12, 14));
    assertThat(ReuseFinder.direction(d1, d2)).isEqualTo(CopyDirection.A_TO_B);
    assertThat(ReuseFinder.direction(d2, d1)).isEqualTo(CopyDirection.B_TO_A);
    assertThat(ReuseFinder.direction(d1, d1)).isEqualTo(CopyDirection.UNKNOWN);
    assertThat(ReuseFinder.direction(null, d1)).isEqualTo(CopyDirection.UNKNOWN);
  }

  @Test
  void aDayWithoutATimeTellsNothingBesideATimeOfTheSameDay() {
    Published day = Published.ofDate(LocalDate.of(2026, 11, 3));
    Published afternoon = Published.ofTime(java.time.OffsetDateTime.parse("2026-11-03T14:05:00+04:00"));
    Published nextDay = Published.ofTime(java.time.OffsetDateTime.parse("2026-11-04T09:00:00+04:00"));
    assertThat(ReuseFinder.direction(day, afternoon)).isEqualTo(CopyDirection.UNKNOWN);
    assertThat(ReuseFinder.direction(afternoon, day)).isEqualTo(CopyDirection.UNKNOWN);
    assertThat(ReuseFinder.direction(day, nextDay)).isEqualTo(CopyDirection.A_TO_B);
  }

  @Test
  void aStockPhraseInEveryArticleSelectsNothing() {
    ReuseFinder finder = new ReuseFinder(CopyDetector.create(ReuseConfig.DEFAULTS));
    int[] phrase = words(9);
    long aligned = 0;
    for (int i = 0; i < 200; i++) {
      finder.add(CopyText.ofHashes("n" + i, splice(words(300), random.nextInt(290), phrase, 0, 9)), null);
      aligned = finder.alignments();
    }
    assertThat(aligned).isZero();
  }
}
