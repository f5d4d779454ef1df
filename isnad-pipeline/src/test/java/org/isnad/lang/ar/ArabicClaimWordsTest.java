package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.lang.ClaimWords;
import org.junit.jupiter.api.Test;

/** The Arabic negations, opposites and function words of claims.tsv. */
class ArabicClaimWordsTest {

  private static final ClaimWords WORDS = Arabic.INSTANCE.claims();

  private static String key(String word) {
    return ArabicStemmer.INSTANCE.key(ArabicNormalizer.INSTANCE.fold(word));
  }

  @Test
  void negationParticlesWithAndWithoutConjunction() {
    assertThat(WORDS.isNegation("لم")).isTrue();
    assertThat(WORDS.isNegation("ولم")).isTrue();
    assertThat(WORDS.isNegation("غير")).isTrue();
    assertThat(WORDS.isNegation("لندن")).isFalse();
  }

  @Test
  void riseAndFallStandOnOppositePolesOfOneAxis() {
    assertThat(WORDS.poles(key("ارتفاع"))).contains(new ClaimWords.Pole("rise", true));
    assertThat(WORDS.poles(key("انخفاض"))).contains(new ClaimWords.Pole("rise", false));
    assertThat(WORDS.poles(key("أعلى"))).contains(new ClaimWords.Pole("rise", true));
    assertThat(WORDS.poles(key("أدنى"))).contains(new ClaimWords.Pole("rise", false));
  }

  @Test
  void postponingIsTheOppositeOfStarting() {
    assertThat(WORDS.poles(key("تأجيل"))).contains(new ClaimWords.Pole("start", false));
    assertThat(WORDS.poles(key("يباشر"))).contains(new ClaimWords.Pole("start", true));
  }

  @Test
  void denialIsTheOppositeOfConfirmation() {
    assertThat(WORDS.poles(key("نفى"))).contains(new ClaimWords.Pole("confirm", false));
    assertThat(WORDS.poles(key("أكد"))).contains(new ClaimWords.Pole("confirm", true));
  }

  @Test
  void winningIsTheOppositeOfLosing() {
    assertThat(WORDS.poles(key("فوز"))).contains(new ClaimWords.Pole("win", true));
    assertThat(WORDS.poles(key("خسارة"))).contains(new ClaimWords.Pole("win", false));
  }

  @Test
  void prepositionsAreFunctionWords() {
    assertThat(WORDS.isFunctionWord(key("في"))).isTrue();
    assertThat(WORDS.isFunctionWord(key("الذهب"))).isFalse();
  }
}
