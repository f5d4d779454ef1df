package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.TinyModels.tag;
import static org.isnad.entity.TinyModels.tagger;

import org.junit.jupiter.api.Test;

/** Viterbi decoding of BIO tags over a hand-made model whose weights fix the expected tags. */
class NerTaggerTest {

  private final NerTagger tagger = tagger(TinyModels.persons());

  @Test
  void testKnownNameIsBeginThenInside() {
    assertThat(tag(tagger, "قال", "احمد", "الشرع", "امس")).containsExactly("O", "B-PERS", "I-PERS", "O");
  }

  @Test
  void testInsideNeverFollowsOutside() {
    // "الشرع" scores highest as I-PERS, but an I- tag cannot follow the firm O of "قال"
    assertThat(tag(tagger, "قال", "الشرع")).containsExactly("O", "O");
    assertThat(tag(tagger, "احمد", "قال", "الشرع")).containsExactly("B-PERS", "O", "O");
  }

  @Test
  void testInsideNeverStartsASentence() {
    assertThat(tag(tagger, "الشرع", "قال")).first().isEqualTo("O");
  }

  @Test
  void testInsideNeverContinuesAnotherType() {
    // "حلب" is B-LOC; the I-PERS of "الشرع" would continue a place
    assertThat(tag(tagger, "حلب", "الشرع")).containsExactly("B-LOC", "O");
  }

  @Test
  void testTheSameNameInsideAPersonAndAlone() {
    assertThat(tag(tagger, "احمد", "الشرع", "قال", "الشرع"))
        .containsExactly("B-PERS", "I-PERS", "O", "O");
  }

  @Test
  void testTransitionWeightsChangeTheBestSequence() {
    int n = TinyModels.TAGS.size();
    float[] trans = new float[(n + 1) * n];
    trans[TinyModels.B_PERS * n + TinyModels.I_PERS] = -10; // B-PERS → I-PERS made very unlikely
    NerTagger t = tagger(TinyModels.persons(trans));
    assertThat(tag(t, "احمد", "الشرع")).containsExactly("B-PERS", "O");
  }

  @Test
  void testStartTransitionsAreTheLastRow() {
    int n = TinyModels.TAGS.size();
    float[] trans = new float[(n + 1) * n];
    trans[n * n + TinyModels.B_PERS] = -10; // from the start to B-PERS
    NerTagger t = tagger(TinyModels.persons(trans));
    assertThat(tag(t, "احمد")).containsExactly("O");
    assertThat(tag(t, "قال", "احمد")).containsExactly("O", "B-PERS");
  }

  @Test
  void testUnknownWordsAreOutside() {
    assertThat(tag(tagger, "انعقد", "الاجتماع", "صباحا")).containsOnly("O");
  }

  @Test
  void testEmptySentence() {
    assertThat(tagger.tag(new String[0], new String[0])).isEmpty();
  }

  @Test
  void testRepeatedCallsGiveTheSameTags() {
    // word scores are cached per thread; a second sentence with the same words must not change
    assertThat(tag(tagger, "قال", "احمد", "الشرع")).containsExactly("O", "B-PERS", "I-PERS");
    assertThat(tag(tagger, "قال", "احمد", "الشرع")).containsExactly("O", "B-PERS", "I-PERS");
    assertThat(tag(tagger, "احمد")).containsExactly("B-PERS");
  }

  @Test
  void testAllowedTransitions() {
    assertThat(NerTagger.allowedTransition("B-PERS", "I-PERS")).isTrue();
    assertThat(NerTagger.allowedTransition("I-PERS", "I-PERS")).isTrue();
    assertThat(NerTagger.allowedTransition("O", "B-PERS")).isTrue();
    assertThat(NerTagger.allowedTransition("I-LOC", "O")).isTrue();
    assertThat(NerTagger.allowedTransition("O", "I-PERS")).isFalse();
    assertThat(NerTagger.allowedTransition("B-LOC", "I-PERS")).isFalse();
    assertThat(NerTagger.allowedTransition("I-ORG", "I-PERS")).isFalse();
  }
}
