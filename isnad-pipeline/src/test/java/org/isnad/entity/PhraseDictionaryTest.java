package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.isnad.entity.PhraseDictionary.Match;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/** Longest-first matching of names against the folded words of a sentence. */
class PhraseDictionaryTest {

  private static final Language ARABIC = Language.arabic();

  /** The folded words of a sentence, as the text stage gives them. */
  private static String[] norms(String sentence) {
    return Arrays.stream(sentence.split(" ")).map(w -> ARABIC.normalizer().fold(w)).toArray(String[]::new);
  }

  private static PhraseDictionary<String> dictionary(String... nameValuePairs) {
    PhraseDictionary<String> d = new PhraseDictionary<>(ARABIC);
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      d.add(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return d;
  }

  @Test
  void testLongestMatchWins() {
    PhraseDictionary<String> d = dictionary("وزارة الداخلية", "interior", "وزارة الداخلية السورية", "sy-interior");
    List<Match<String>> found = d.find(norms("قالت وزارة الداخلية السورية في بيان"));
    assertThat(found).containsExactly(new Match<>(1, 4, "sy-interior", 0));
  }

  @Test
  void testShorterNameWhereTheLongerDoesNotContinue() {
    PhraseDictionary<String> d = dictionary("وزارة الداخلية", "interior", "وزارة الداخلية السورية", "sy-interior");
    assertThat(d.find(norms("قالت وزارة الداخلية في بيان"))).containsExactly(new Match<>(1, 3, "interior", 0));
  }

  @Test
  void testShortFirstWordsAndTheSwallowedArticleOfAFourLetterWordStillMatch() {
    PhraseDictionary<String> d = dictionary("الحل السياسي", "solution", "بن علي", "ben-ali", "قم", "qom");
    assertThat(d.find(norms("دعا إلى الحل السياسي"))).containsExactly(new Match<>(2, 4, "solution", 0));
    assertThat(d.find(norms("دعا للحل السياسي"))).containsExactly(new Match<>(1, 3, "solution", 1));
    assertThat(d.find(norms("وللحل السياسي شروط"))).containsExactly(new Match<>(0, 2, "solution", 2));
    assertThat(d.find(norms("قال بن علي"))).containsExactly(new Match<>(1, 3, "ben-ali", 0));
    assertThat(d.find(norms("وصل إلى قم أمس"))).containsExactly(new Match<>(2, 3, "qom", 0));
  }

  /** The ending filter only skips work: every match a word-by-word search finds, it finds. */
  @Test
  void testTheEndingFilterLosesNoMatch() {
    String[] names = {"وزارة الداخلية", "القوات", "قوات سوريا الديمقراطية", "الحل السياسي", "حمص", "تدمر", "قم",
        "بن علي", "الأمم المتحدة", "البنتاغون"};
    String text = "قالت وزارة الداخلية إن للقوات وقوات سوريا الديمقراطية ولحمص وبتدمر وللحل السياسي والأمم"
        + " المتحدة وبالبنتاغون بن علي قم والقوات للبنتاغون فالحل السياسي";
    PhraseDictionary<String> d = new PhraseDictionary<>(ARABIC);
    for (String n : names) {
      d.add(n, n);
    }
    String[] words = norms(text);
    assertThat(d.find(words)).extracting(Match::value).containsExactly("وزارة الداخلية", "القوات",
        "قوات سوريا الديمقراطية", "حمص", "تدمر", "الحل السياسي", "الأمم المتحدة", "البنتاغون", "بن علي", "قم", "القوات",
        "البنتاغون", "الحل السياسي");
  }

  @Test
  void testPrepositionOnTheFirstWord() {
    PhraseDictionary<String> d = dictionary("وزارة الداخلية", "interior");
    assertThat(d.find(norms("وجه رسالة لوزارة الداخلية"))).containsExactly(new Match<>(2, 4, "interior", 1));
  }

  @Test
  void testConjunctionAndPrepositionOnTheFirstWord() {
    PhraseDictionary<String> d = dictionary("الجيش السوري", "saa");
    assertThat(d.find(norms("وبالجيش السوري"))).containsExactly(new Match<>(0, 2, "saa", 2));
    assertThat(d.find(norms("للجيش السوري"))).containsExactly(new Match<>(0, 2, "saa", 1));
  }

  @Test
  void testOneWordNameWithPreposition() {
    PhraseDictionary<String> d = dictionary("داعش", "isis");
    assertThat(d.find(norms("تصدى لداعش"))).containsExactly(new Match<>(1, 2, "isis", 1));
  }

  @Test
  void testHamzaAndTaaMarbutaVariantsMeet() {
    PhraseDictionary<String> d = dictionary("هيئة الأمم المتحدة", "un", "إدلب", "idlib");
    assertThat(d.find(norms("هيئه الامم المتحده"))).containsExactly(new Match<>(0, 3, "un", 0));
    assertThat(d.find(norms("في ادلب"))).containsExactly(new Match<>(1, 2, "idlib", 0));
  }

  @Test
  void testDiacritisedTextMatches() {
    PhraseDictionary<String> d = dictionary("دمشق", "damascus");
    assertThat(d.find(norms("وصل إلى دِمَشْق"))).containsExactly(new Match<>(2, 3, "damascus", 0));
  }

  @Test
  void testArticleOfAWordIsIgnored() {
    PhraseDictionary<String> d = dictionary("الجيش السوري", "saa");
    assertThat(d.find(norms("جيش سوري"))).containsExactly(new Match<>(0, 2, "saa", 0));
  }

  @Test
  void testMatchesAreNonOverlappingLeftToRight() {
    PhraseDictionary<String> d = dictionary("ريف حلب", "rural-aleppo", "حلب", "aleppo", "حلب الشمالي", "north");
    // "ريف حلب" is taken first, so "حلب الشمالي" cannot start inside it
    assertThat(d.find(norms("قصف ريف حلب الشمالي وحلب")))
        .containsExactly(new Match<>(1, 3, "rural-aleppo", 0), new Match<>(4, 5, "aleppo", 1));
  }

  @Test
  void testEveryOccurrenceIsFound() {
    PhraseDictionary<String> d = dictionary("حمص", "homs");
    assertThat(d.find(norms("من حمص إلى حمص")))
        .extracting(Match::start).containsExactly(1, 3);
  }

  @Test
  void testFollowingWordsMustNotCarryClitics() {
    PhraseDictionary<String> d = dictionary("وزارة الداخلية", "interior");
    assertThat(d.find(norms("وزارة والداخلية"))).isEmpty();
  }

  @Test
  void testNoMatchInUnrelatedText() {
    PhraseDictionary<String> d = dictionary("داعش", "isis", "وزارة الداخلية", "interior");
    assertThat(d.find(norms("انعقد الاجتماع في الصباح وانتهى دون بيان"))).isEmpty();
  }

  @Test
  void testNoMatchOnAWordThatOnlyContainsTheName() {
    PhraseDictionary<String> d = dictionary("داعش", "isis");
    assertThat(d.find(norms("اعتقل الداعشيين"))).isEmpty();
  }

  @Test
  void testIncompleteNameAtTheEndIsNoMatch() {
    PhraseDictionary<String> d = dictionary("وزارة الداخلية السورية", "sy-interior");
    assertThat(d.find(norms("قالت وزارة الداخلية"))).isEmpty();
  }

  @Test
  void testEmptySentence() {
    assertThat(dictionary("داعش", "isis").find(new String[0])).isEmpty();
  }

  @Test
  void testOneLetterNameIsNotAdded() {
    PhraseDictionary<String> d = dictionary("و", "and", "داعش", "isis");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.find(norms("و"))).isEmpty();
  }

  @Test
  void testSizeAndMaxWords() {
    PhraseDictionary<String> d = dictionary("داعش", "isis", "وزارة الداخلية السورية", "sy-interior");
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.maxWords()).isEqualTo(3);
  }

  @Test
  void testWordsOfFoldsAndDropsArticles() {
    PhraseDictionary<String> d = new PhraseDictionary<>(ARABIC);
    assertThat(d.wordsOf(" هيئة تحرير الشام ")).containsExactly("هييه", "تحرير", "شام");
    assertThat(d.wordsOf("الأمم المتحدة، نيويورك")).containsExactly("امم", "متحده", "نيويورك");
  }

  @Test
  void testPrepositionLamBeforeNameBeginningWithLam() {
    PhraseDictionary<String> d = dictionary("لبنان", "lb");
    assertThat(d.find(norms("عاد الوفد للبنان"))).containsExactly(new Match<>(2, 3, "lb", 1));
  }
}
