package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * {@link NerTagger#tagTokens} (corpus tokens, cached by the token) tags exactly as {@link
 * NerTagger#tag} on the words' folded forms and keys, punctuation left out and tagged O.
 */
class NerTaggerTokensTest {

  private static final Language AR = Language.arabic();
  private static final NerTagger TAGGER = NerTagger.of(NerModel.bundled(), NerResources.bundled(AR));

  private static final List<List<String>> SENTENCES = List.of(
      List.of("وقال", "الرئيس", "الأمريكي", "دونالد", "ترامب", "،", "في", "واشنطن", "."),
      List.of("«", "أعلنت", "وزارة", "الدفاع", "السورية", "»", "مقتل", "جنود", "قرب", "تدمر"),
      List.of("Reuters", "-", "التقى", "أحمد", "الشَّرع", "بوفد", "من", "الأمم", "المتحدة", "(", "2025", ")"),
      List.of("،", "."),
      List.of());

  @Test
  void testTokensAreTaggedAsTheirFoldedWords() {
    for (int round = 0; round < 2; round++) { // the second round answers from the cache
      for (List<String> tokens : SENTENCES) {
        int[] got = new int[tokens.size()];
        TAGGER.tagTokens(tokens, AR, got);
        assertThat(got).as(tokens.toString()).containsExactly(expected(tokens));
      }
    }
  }

  private static int[] expected(List<String> tokens) {
    List<Integer> positions = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (NerInput.isWord(tokens.get(i))) {
        positions.add(i);
        words.add(tokens.get(i));
      }
    }
    String[] norms = NerInput.norms(words, AR);
    int[] tags = TAGGER.tag(norms, NerInput.keys(norms, AR));
    int[] out = new int[tokens.size()];
    Arrays.fill(out, TAGGER.model().tags().indexOf("O"));
    for (int k = 0; k < tags.length; k++) {
      out[positions.get(k)] = tags[k];
    }
    return out;
  }
}
