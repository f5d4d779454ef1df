package org.isnad.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.isnad.lang.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/** Phrases with proclitics and with a gap ("أطلق * النار"), on folded words written for these tests. */
class PhraseLexiconTest {

  private static final PhraseLexicon LEXICON = PhraseLexicon.load(PhraseLexiconTest.class, "gap-phrases.tsv",
      ArabicNormalizer.INSTANCE, List.of("و", "ف"));

  private static List<String> words(String text) {
    String folded = ArabicNormalizer.INSTANCE.normalize(text, 0, text.length()).normalized();
    return Arrays.asList(folded.split(" +"));
  }

  @Test
  void aGapStandsForOneOrTwoWords() {
    assertThat(LEXICON.at(words("أطلق مسلحون النار على الدورية"), 0)).satisfies(m -> {
      assertThat(m.label()).isEqualTo("ATTACK");
      assertThat(m.length()).isEqualTo(3);
    });
    assertThat(LEXICON.at(words("وأطلق مسلحون مجهولون النار"), 0).length()).isEqualTo(4);
    assertThat(LEXICON.at(words("فجر انتحاري نفسه وسط الحشد"), 0).label()).isEqualTo("SUICIDE");
  }

  @Test
  void aGapOfThreeWordsOrAPhraseWithoutItsLastWordIsNoMatch() {
    assertThat(LEXICON.at(words("أطلق مسلحون مجهولون ملثمون النار"), 0)).isNull();
    assertThat(LEXICON.at(words("فجر انتحاري حزامه"), 0)).isNull();
  }

  @Test
  void theWordsWithoutAGapStillMatchAndTheLongestWins() {
    assertThat(LEXICON.at(words("أطلق النار"), 0).length()).isEqualTo(2);
    assertThat(LEXICON.allAt(words("أطلق مسلحون النار"), 0)).extracting(PhraseLexicon.Match::length).containsExactly(3);
  }

  private static final PhraseLexicon PREFIXES = PhraseLexicon.load(PhraseLexiconTest.class, "prefix-phrases.tsv",
      ArabicNormalizer.INSTANCE, List.of("و", "ف"));

  @Test
  void theLongestOneWordPhraseOfTheCategoryBeginningAWordGivesItsLabel() {
    assertThat(PREFIXES.labelOfPrefix("سوريون", "nationality")).isEqualTo("SY");
    assertThat(PREFIXES.labelOfPrefix("عراقيين", "nationality")).isEqualTo("IQ_ADJ");
    assertThat(PREFIXES.labelOfPrefix("عراقهم", "nationality")).isEqualTo("IQ");
    assertThat(PREFIXES.labelOfPrefix("مدنيين", "civilian")).isEqualTo("CIVILIAN");
    assertThat(PREFIXES.labelOfPrefix("مدنيين", "combatant")).isEqualTo("FIGHTER");
  }

  @Test
  void aProcliticIsTakenOffOnlyWhenTheWordAsWrittenBeginsWithNoPhrase() {
    assertThat(PREFIXES.labelOfPrefix("وسوريون", "nationality")).isEqualTo("SY");
    assertThat(PREFIXES.labelOfPrefix("وطنية", "nationality")).isEqualTo("HOME");
    assertThat(PREFIXES.labelOfPrefix("فطنية", "nationality")).isEqualTo("TN");
  }

  @Test
  void otherCategoriesPhrasesOfSeveralWordsAndUnknownWordsGiveNoLabel() {
    assertThat(PREFIXES.labelOfPrefix("سوريون", "civilian")).isNull();
    assertThat(PREFIXES.labelOfPrefix("سوريون", "no such category")).isNull();
    assertThat(PREFIXES.labelOfPrefix("لبنانيون", "nationality")).isNull();
    assertThat(PREFIXES.labelOfPrefix("و", "nationality")).isNull();
    assertThat(PREFIXES.labelOfPrefix("", "nationality")).isNull();
  }
}
