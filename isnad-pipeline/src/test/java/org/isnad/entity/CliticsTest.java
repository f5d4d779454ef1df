package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.entity.Clitics.Option;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@link Clitics}, on folded words from Arabic news (taa marbuta written as
 * heh, hamza on alef dropped), as the class receives them.
 */
class CliticsTest {

  @Test
  void testDropArticleFromName() {
    assertThat(Clitics.dropArticle("الشرع")).isEqualTo("شرع");
    assertThat(Clitics.dropArticle("الجزيره")).isEqualTo("جزيره");
  }

  @Test
  void testDropArticleKeepsShortWords() {
    // what would remain has fewer than three letters: the "article" may be part of the word
    assertThat(Clitics.dropArticle("الان")).isEqualTo("الان");
    assertThat(Clitics.dropArticle("الي")).isEqualTo("الي");
  }

  @Test
  void testDropArticleLeavesWordWithoutArticle() {
    assertThat(Clitics.dropArticle("داعش")).isEqualTo("داعش");
    assertThat(Clitics.dropArticle("بالقوات")).isEqualTo("بالقوات");
  }

  @Test
  void testPrepositionLamOnName() {
    assertThat(Clitics.options("لداعش")).containsExactly(new Option(0, "لداعش"), new Option(1, "داعش"));
  }

  @Test
  void testConjunctionPrepositionAndArticle() {
    assertThat(Clitics.options("وبالقوات"))
        .containsExactly(new Option(0, "وبالقوات"), new Option(1, "بالقوات"), new Option(2, "قوات"));
  }

  @Test
  void testLamSwallowsTheAlefOfTheArticle() {
    // ل + الجزيرة is written للجزيرة: the article's alef is gone
    assertThat(Clitics.options("للجزيره")).contains(new Option(0, "للجزيره"), new Option(1, "جزيره"));
  }

  @Test
  void testConjunctionAndArticle() {
    assertThat(Clitics.options("والقياده")).containsExactly(new Option(0, "والقياده"), new Option(1, "قياده"));
  }

  @Test
  void testConjunctionFa() {
    assertThat(Clitics.options("فالجيش")).contains(new Option(1, "جيش"));
  }

  @Test
  void testOptionsOfABareNameAreTheNameAlone() {
    assertThat(Clitics.options("سوريا")).containsExactly(new Option(0, "سوريا"));
    assertThat(Clitics.options("الشرع")).containsExactly(new Option(0, "شرع"));
  }

  @Test
  void testShortWordsKeepTheirFirstLetter() {
    // و and ل of three-letter words are root letters, not clitics
    assertThat(Clitics.options("وفد")).containsExactly(new Option(0, "وفد"));
    assertThat(Clitics.options("لبس")).containsExactly(new Option(0, "لبس"));
  }

  @Test
  void testLamBeforeANameBeginningWithLam() {
    assertThat(Clitics.options("للبنان")).contains(new Option(1, "لبنان"));
    assertThat(Clitics.options("لليبيا")).contains(new Option(1, "ليبيا"));
  }

  @Test
  void testCertainBeforeArticle() {
    assertThat(Clitics.certain("والقياده")).isEqualTo(1);
    assertThat(Clitics.certain("بالقوات")).isEqualTo(1);
    assertThat(Clitics.certain("وبالقوات")).isEqualTo(2);
    assertThat(Clitics.certain("للقوات")).isEqualTo(1);
    assertThat(Clitics.certain("وللقوات")).isEqualTo(2);
  }

  @Test
  void testCertainIsZeroWithoutArticle() {
    // "لداعش" may be ل + داعش, but nothing proves it: no article follows
    assertThat(Clitics.certain("لداعش")).isZero();
    assertThat(Clitics.certain("وزير")).isZero();
    assertThat(Clitics.certain("فلسطين")).isZero();
    assertThat(Clitics.certain("القوات")).isZero();
  }

  @Test
  void testAfterProcliticsRestoresTheSwallowedArticle() {
    assertThat(Clitics.afterProclitics("للجزيره", 1)).isEqualTo("الجزيره");
    assertThat(Clitics.afterProclitics("وللقوات", 2)).isEqualTo("القوات");
  }

  @Test
  void testAfterProcliticsRemovesLetters() {
    assertThat(Clitics.afterProclitics("لداعش", 1)).isEqualTo("داعش");
    assertThat(Clitics.afterProclitics("وبالقوات", 2)).isEqualTo("القوات");
    assertThat(Clitics.afterProclitics("والقياده", 1)).isEqualTo("القياده");
  }

  @Test
  void testAfterProcliticsWithNothingToStrip() {
    assertThat(Clitics.afterProclitics("داعش", 0)).isEqualTo("داعش");
    assertThat(Clitics.afterProclitics("لل", 2)).isEqualTo("لل");
  }

  @Test
  void testOptionFormsHashAsTheOptionsTheyStandFor() {
    for (String w : new String[] {"لداعش", "وبالقوات", "للجزيره", "والقياده", "فالجيش", "للبن", "وللبن", "كالعاده", "داعش", "ال"}) {
      Option[] options = Clitics.options(w);
      int[] forms = new int[Clitics.MAX_OPTIONS];
      assertThat(Clitics.optionForms(w, forms)).as(w).isEqualTo(options.length);
      for (int k = 0; k < options.length; k++) {
        assertThat(Clitics.strip(forms[k])).as(w).isEqualTo(options[k].strip());
        assertThat(Clitics.core(w, forms[k])).as(w).isEqualTo(options[k].core());
        assertThat(Clitics.coreHash(w, forms[k])).as(w).isEqualTo(options[k].core().hashCode());
      }
    }
    assertThat(Clitics.options("للبن")).contains(new Option(1, "البن")); // the swallowed article restored
  }
}
