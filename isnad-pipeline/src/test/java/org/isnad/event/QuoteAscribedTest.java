package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.ChainLink;
import org.junit.jupiter.api.Test;

/** Words ascribed: "نسبت X إلى Y قوله إن" is Y's words passed on by X, like "نقلت X عن Y قوله". */
class QuoteAscribedTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void theOneTheWordsAreAscribedToSpeaksThroughTheMedium() {
    AnalysedArticle a = extract("وفيما يمكن اعتباره أول انقسام بين القيادتين ، نسبت وكالة الصحافة الفرنسية إلى وزير اسرائيلي "
        + "قوله إن قيادة الجيش لم تطلع القيادة السياسية بشكل كاف على قدرات حزب الله.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("وزير اسرائيلي");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة الصحافة الفرنسية");
      assertThat(q.span().in(a.clean().original())).startsWith("قيادة الجيش");
    });
  }

  @Test
  void theMediumEndsBeforeTheDay() {
    AnalysedArticle a = Extraction.dated("ونسبت صحيفة الغارديان البريطانية اليوم الأحد إلى مسؤول في الحكومة قوله إن المفاوضات "
        + "ستستأنف الأسبوع المقبل.", java.time.LocalDate.of(2006, 9, 3));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.chain()).extracting(ChainLink::name)
        .containsExactly("صحيفة الغارديان البريطانية"));
  }

  @Test
  void aDeedAscribedIsNoQuotation() {
    AnalysedArticle a = extract("وقتل ثلاثة جنود في كمين نسب لجماعة مسلحة تنتمي للجماعة السلفية للدعوة والقتال.");
    assertThat(a.quotes()).isEmpty();
    AnalysedArticle b = extract("ونسبت الشرطة الهجوم إلى جماعة مسلحة تنشط في المنطقة الحدودية منذ سنوات.");
    assertThat(b.quotes()).isEmpty();
    // a deed ascribed, then another verb's words: no relay through "الشرطة الحادث" (review of 2026-12-07)
    AnalysedArticle c = extract("ونسبت الشرطة الحادث إلى خلل فني في الشبكة، وقال المتحدث باسمها إن التحقيق مستمر.");
    assertThat(c.quotes()).allSatisfy(q -> assertThat(q.chain()).isEmpty());
  }
}
