package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The analysis reads at most {@link Pipeline#ANALYSED_CHARS} characters of an article's body, cut at a
 * space, and says so in the article's issues; a news article is read whole.
 */
class GiganticTextTest {

  private static CleanArticle article(String original, List<Span> paragraphs) {
    return new CleanArticle("big", "big.html", original, paragraphs, null, null, Outlet.UNKNOWN, null, null, null,
        List.of(), List.of());
  }

  @Test
  void aPageOfMegabytesIsReadUpToTheLimit() {
    String first = "قتل شخصان في قصف على السوق. ".repeat(20);
    String second = "قتل شخص في هجوم على حاجز ".repeat(20_000);
    String original = first + "\n" + second;
    CleanArticle c = article(original, List.of(new Span(0, first.length()), new Span(first.length() + 1, original.length())));

    CleanArticle bounded = Pipeline.bounded(c);

    assertThat(bounded.paragraphs()).hasSize(2);
    assertThat(bounded.paragraphs().get(0)).isEqualTo(c.paragraphs().get(0));
    Span cut = bounded.paragraphs().get(1);
    assertThat(cut.start()).isEqualTo(first.length() + 1);
    assertThat(first.length() + cut.length()).isLessThanOrEqualTo(Pipeline.ANALYSED_CHARS);
    assertThat(Character.isWhitespace(original.charAt(cut.end()))).isTrue();
    assertThat(bounded.original()).isEqualTo(original);
    assertThat(bounded.issues()).singleElement().asString().contains("100,000").contains("analysed");
  }

  @Test
  void aNewsArticleIsReadWhole() {
    String text = "أفادت القيادة المركزية بأن هجوما أسفر عن مقتل جنديين.";
    CleanArticle c = article(text, List.of(new Span(0, text.length())));
    assertThat(Pipeline.bounded(c)).isSameAs(c);
  }
}
