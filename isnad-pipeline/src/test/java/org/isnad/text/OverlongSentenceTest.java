package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that runs on without a full stop (a dump of text, a list of megabytes) is read in
 * sentences of at most {@link IcuTextAnalyzer#MAX_SENTENCE} characters, cut at spaces, and loses no word.
 */
class OverlongSentenceTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.create(Language.arabic());

  @Test
  void aRunOnParagraphIsReadInPiecesCutAtSpaces() {
    String text = "قتل شخص في هجوم على حاجز ".repeat(1_000).strip();
    AnalysedArticle a = ANALYZER.analyze(TextAnalyzerTest.article(text, List.of(new Span(0, text.length()))));
    assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(text.length() / IcuTextAnalyzer.MAX_SENTENCE);
    for (Sentence s : a.sentences()) {
      assertThat(s.span().length()).isLessThanOrEqualTo(IcuTextAnalyzer.MAX_SENTENCE);
      assertThat(s.span().in(text)).startsWith("قتل").endsWith("حاجز");
    }
    assertThat(a.tokens()).hasSize(6_000);
  }

  @Test
  void aNewsSentenceIsWhole() {
    String text = "أفادت القيادة المركزية بأن هجوما أسفر عن مقتل جنديين وإصابة ثلاثة عسكريين آخرين.";
    AnalysedArticle a = ANALYZER.analyze(TextAnalyzerTest.article(text, List.of(new Span(0, text.length()))));
    assertThat(a.sentences()).hasSize(1);
  }
}
