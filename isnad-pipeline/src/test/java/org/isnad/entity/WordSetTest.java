package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word set asked about a word's end, or the word without its clitics, without cutting it. */
class WordSetTest {

  private static final String LETTERS = "والفبلكمنهيت";

  @Test
  void testEndsAndCoresAnswerAsTheCutStrings() {
    Set<String> members = Set.of("وزير", "الوزير", "قائد", "ال", "لبن", "بن", "امير", "ير");
    WordSet set = new WordSet(members);
    Random random = new Random(7);
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(9);
      for (int k = 0; k < length; k++) {
        b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      String w = random.nextInt(4) == 0 ? "وال" + List.copyOf(members).get(random.nextInt(members.size())) : b.toString();
      for (int from = 0; from <= w.length(); from++) {
        assertThat(set.contains(w, from)).as(w + " from " + from).isEqualTo(members.contains(w.substring(from)));
      }
      String core = NerFeatures.withoutClitics(w);
      int end = NerFeatures.cliticsEnd(w);
      if (end >= 0) {
        assertThat(w.substring(end)).as(w).isEqualTo(core);
      }
      assertThat(set.containsCore(w)).as(w).isEqualTo(members.contains(core));
    }
  }

  @Test
  void testTheArticleRestoredAfterLamIsNoEnd() {
    assertThat(NerFeatures.cliticsEnd("للبن")).isEqualTo(-1);
    assertThat(NerFeatures.withoutClitics("للبن")).isEqualTo("البن");
    assertThat(NerFeatures.cliticsEnd("والوزير")).isEqualTo(3);
  }
}
