package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link TextAnalyzer} contract, run for every language component: a second language adds one
 * line to {@link #languages()}.
 */
class TextAnalyzerContractTest {

  static Stream<Language> languages() {
    return Stream.of(Language.arabic());
  }

  private static final String TITLE = "عاجل: قصفٌ على المدينة";
  private static final String BODY_1 = "قُتل ١٤ شخصاً وأصيب ۲۵ آخرون في قصفٍ على مستشفى المدينة.";
  private static final String BODY_2 = "وقالت “الأمم المتحدة” إن ٣٫٥ مليون نازح بحاجة إلى مساعدة؟";
  private static final String ORIGINAL = TITLE + "\n\n" + BODY_1 + "\n" + BODY_2 + "\n";
  private static final List<Span> PARAGRAPHS = List.of(
      new Span(ORIGINAL.indexOf(BODY_1), ORIGINAL.indexOf(BODY_1) + BODY_1.length()),
      new Span(ORIGINAL.indexOf(BODY_2), ORIGINAL.indexOf(BODY_2) + BODY_2.length()));

  private static CleanArticle article(String original, List<Span> paragraphs) {
    return TextAnalyzerTest.article(original, paragraphs);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void nullIsRejected(Language language) {
    TextAnalyzer analyzer = TextAnalyzer.create(language);
    assertThatNullPointerException().isThrownBy(() -> analyzer.analyze(null));
    assertThatNullPointerException().isThrownBy(() -> TextAnalyzer.create(null));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void noParagraphsGiveNoSentencesAndNoTokens(Language language) {
    AnalysedArticle a = TextAnalyzer.create(language).analyze(article(ORIGINAL, List.of()));
    assertThat(a.sentences()).isEmpty();
    assertThat(a.tokens()).isEmpty();
    assertThat(a.language()).isEqualTo("und");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void emptyAndBlankParagraphsGiveNoSentencesAndNoTokens(Language language) {
    String original = " \n\u200F\u00A0\n";
    List<Span> paragraphs = List.of(new Span(0, 0), new Span(0, 1), new Span(2, 4));
    AnalysedArticle a = TextAnalyzer.create(language).analyze(article(original, paragraphs));
    assertThat(a.sentences()).isEmpty();
    assertThat(a.tokens()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everySpanIsInsideAParagraphOfTheOriginal(Language language) {
    AnalysedArticle a = TextAnalyzer.create(language).analyze(article(ORIGINAL, PARAGRAPHS));
    assertThat(a.tokens()).isNotEmpty();
    assertThat(a.sentences()).hasSize(2);
    for (Token t : a.tokens()) {
      assertThat(PARAGRAPHS).as("%s", t).anyMatch(p -> p.contains(t.span()));
    }
    for (Sentence s : a.sentences()) {
      assertThat(PARAGRAPHS).as("%s", s).anyMatch(p -> p.contains(s.span()));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void tokensAndSentencesAreInOrder(Language language) {
    AnalysedArticle a = TextAnalyzer.create(language).analyze(article(ORIGINAL, PARAGRAPHS));
    assertThat(a.tokens()).extracting(Token::span).isSorted();
    assertThat(a.sentences()).extracting(Sentence::span).isSorted();
    assertThat(a.tokens().get(0).span().in(ORIGINAL)).isEqualTo("قُتل");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void analysingIsPure(Language language) {
    CleanArticle article = article(ORIGINAL, PARAGRAPHS);
    AnalysedArticle first = TextAnalyzer.create(language).analyze(article);
    AnalysedArticle again = TextAnalyzer.create(language).analyze(article);
    assertThat(again.tokens()).isEqualTo(first.tokens());
    assertThat(again.sentences()).isEqualTo(first.sentences());
    assertThat(again.clean()).isSameAs(article);
  }

  @Test
  void spansDoNotLeaveAParagraphFollowedByADiacritic() {
    String original = "كتبَ الولدُ";
    Span paragraph = new Span(0, 3);
    AnalysedArticle a = TextAnalyzer.create(Language.arabic())
        .analyze(article(original, List.of(paragraph)));
    assertThat(a.tokens()).extracting(Token::span).allMatch(paragraph::contains);
    assertThat(a.sentences()).extracting(Sentence::span).allMatch(paragraph::contains);
  }

  @Test
  void supplementaryDigitIsTokenisedWithoutHanging() {
    String text = "ارتفع العدد إلى \uD835\uDFCF\uD835\uDFD0 قتيلاً";
    AnalysedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextAnalyzer
        .create(Language.arabic()).analyze(article(text, List.of(new Span(0, text.length())))));
    assertThat(a.tokens()).extracting(t -> t.span().isEmpty()).containsOnly(false);
  }
}
