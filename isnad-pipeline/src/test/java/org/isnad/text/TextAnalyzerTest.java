package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;
import org.junit.jupiter.api.Test;

/** The text stage on two paragraphs of Arabic wire copy, and language identification. */
class TextAnalyzerTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.create(Language.arabic());
  private static final TextNormalizer NORMALIZER = Language.arabic().normalizer();

  private static final String P1 = "أكَّدَ المتحدثُ باسم وزارة الدفاع الأميركيــة في بيان صدر يوم ١٤"
      + " آذار ٢٠٢٥ أن “العملية العسكرية” أسفرت عن مقتل ۱۲ مسلّحاً. هل انتهت الحرب؟"
      + " قال مسؤول رفيع إن المعارك مستمرة!";
  private static final String P2 = "وقال المعتقلون المفرج عنهم إن ظروف الاحتجاز كانت قاسية،"
      + " وطالبت المنظمة بالإفراج عن الصحفيين والمعتقلين.";
  private static final String ORIGINAL = P1 + "\n" + P2;
  private static final List<Span> PARAGRAPHS =
      List.of(new Span(0, P1.length()), new Span(P1.length() + 1, ORIGINAL.length()));

  private static final AnalysedArticle ARTICLE = analyze(ORIGINAL, PARAGRAPHS);

  static CleanArticle article(String original, List<Span> paragraphs) {
    return new CleanArticle("test", "test", original, paragraphs, null, null, Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
  }

  private static AnalysedArticle analyze(String original, List<Span> paragraphs) {
    return ANALYZER.analyze(article(original, paragraphs));
  }

  private static AnalysedArticle analyzeWhole(String text) {
    return analyze(text, List.of(new Span(0, text.length())));
  }

  private static Token token(AnalysedArticle a, String norm) {
    return a.tokens().stream().filter(t -> t.norm().equals(norm)).findFirst().orElseThrow(
        () -> new AssertionError("no token " + norm + " in " + a.tokens()));
  }

  private static String textOf(Span span) {
    return span.in(ORIGINAL);
  }

  @Test
  void sentencesSplitAtFullStopQuestionMarkAndExclamationMark() {
    List<String> texts = ARTICLE.sentences().stream().map(s -> textOf(s.span())).toList();
    assertThat(texts).containsExactly(
        P1.substring(0, P1.indexOf('.') + 1),
        "هل انتهت الحرب؟",
        "قال مسؤول رفيع إن المعارك مستمرة!",
        P2);
  }

  @Test
  void sentenceTokensLieInsideTheirSentence() {
    int next = 0;
    for (Sentence s : ARTICLE.sentences()) {
      assertThat(s.firstToken()).isEqualTo(next);
      assertThat(s.tokenCount()).isPositive();
      for (Token t : ARTICLE.tokensOf(s)) {
        assertThat(s.span().contains(t.span())).as("%s in %s", t, s).isTrue();
      }
      next += s.tokenCount();
    }
    assertThat(next).isEqualTo(ARTICLE.tokens().size());
  }

  @Test
  void everyTokenSpanNormalisesToItsNorm() {
    assertThat(ARTICLE.tokens()).hasSizeGreaterThan(40);
    for (Token t : ARTICLE.tokens()) {
      assertThat(NORMALIZER.fold(textOf(t.span()))).as("%s", t).isEqualTo(t.norm());
    }
  }

  @Test
  void tokenSpansAreInOrderAndDoNotOverlap() {
    assertNoOverlap(ARTICLE.tokens());
  }

  private static void assertNoOverlap(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      Span previous = tokens.get(i - 1).span();
      Span current = tokens.get(i).span();
      assertThat(previous.end()).as("%s then %s", previous, current).isLessThanOrEqualTo(current.start());
    }
  }

  @Test
  void tokenSpansAreInsideParagraphs() {
    for (Token t : ARTICLE.tokens()) {
      assertThat(PARAGRAPHS).as("%s", t).anyMatch(p -> p.contains(t.span()));
    }
  }

  @Test
  void arabicIndicAndPersianDigitsAreNumbersWithAsciiNorm() {
    List<Token> numbers = ARTICLE.tokens().stream().filter(t -> t.kind() == TokenKind.NUMBER).toList();
    assertThat(numbers).extracting(Token::norm).containsExactly("14", "2025", "12");
    assertThat(numbers).extracting(t -> textOf(t.span())).containsExactly("١٤", "٢٠٢٥", "۱۲");
  }

  @Test
  void diacritisedWordSpanIncludesItsTrailingDiacritics() {
    assertThat(textOf(token(ARTICLE, "اكد").span())).isEqualTo("أكَّدَ");
    assertThat(textOf(token(ARTICLE, "المتحدث").span())).isEqualTo("المتحدثُ");
    assertThat(textOf(token(ARTICLE, "مسلحا").span())).isEqualTo("مسلّحاً");
  }

  @Test
  void tatweelDoesNotSplitAWord() {
    assertThat(textOf(token(ARTICLE, "الاميركيه").span())).isEqualTo("الأميركيــة");
  }

  @Test
  void quotesAreNotPartOfTheWordsTheyEnclose() {
    assertThat(textOf(token(ARTICLE, "العمليه").span())).isEqualTo("العملية");
    assertThat(textOf(token(ARTICLE, "العسكريه").span())).isEqualTo("العسكرية");
  }

  @Test
  void inflectedVariantsShareAKey() {
    assertThat(token(ARTICLE, "المعتقلون").key())
        .isEqualTo(token(ARTICLE, "والمعتقلين").key())
        .isEqualTo("معتقل");
    assertThat(token(ARTICLE, "2025").key()).isEqualTo("2025");
  }

  @Test
  void languageIsArabic() {
    assertThat(ARTICLE.language()).isEqualTo("ar");
  }

  @Test
  void englishParagraphIsEnglish() {
    AnalysedArticle a = analyzeWhole("The minister said that the talks in Cairo were constructive"
        + " and that a ceasefire was close.");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.tokens()).extracting(Token::norm).startsWith("the", "minister", "said");
  }

  @Test
  void persianSentenceIsPersian() {
    String text = "پس از گفتگوهای چند ساعته، وزیر امور خارجه ایران گفت که مذاکرات ادامه خواهد یافت.";
    assertThat(analyzeWhole(text).language()).isEqualTo("fa");
  }

  @Test
  void tinyTextIsUndetermined() {
    assertThat(analyzeWhole("نعم، قال.").language()).isEqualTo("und");
  }

  @Test
  void textOutsideParagraphsIsNotAnalysed() {
    String original = "عاجل\n" + P2;
    AnalysedArticle a = analyze(original, List.of(new Span(5, original.length())));
    assertThat(a.tokens()).extracting(Token::norm).doesNotContain("عاجل").contains("المعتقلون");
  }

  @Test
  void multiWordLigatureGivesTokensThatDoNotOverlap() {
    String text = "وقال النبي محمد ﷺ في الحديث";
    AnalysedArticle a = analyzeWhole(text);
    assertNoOverlap(a.tokens());
    for (Token t : a.tokens()) {
      assertThat(NORMALIZER.fold(t.span().in(text))).as("%s", t).isEqualTo(t.norm());
    }
  }

  @Test
  void numberSpanDoesNotTakeAMarkItsNormLacks() {
    String text = "في عام ٢٠٢٥\u0610 انتهت الحرب";
    List<Token> numbers = new ArrayList<>(analyzeWhole(text).tokens());
    numbers.removeIf(t -> t.kind() != TokenKind.NUMBER);
    assertThat(numbers).hasSize(1);
    assertThat(NORMALIZER.fold(numbers.get(0).span().in(text))).isEqualTo(numbers.get(0).norm());
  }
}
