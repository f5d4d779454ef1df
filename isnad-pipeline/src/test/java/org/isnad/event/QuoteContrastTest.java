package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

/** "أن" after "إلا"، "غير"، "رغم"، "أمل" opens a clause of contrast or hope, none of a speaker's words. */
class QuoteContrastTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void illaAnnaOpensNoWords() {
    AnalysedArticle a = extract("أكد موظف تسجيل الأراضي صحة الوثائق ، إلا أن المنظمة لم تتمكن من التحقق من اللوائح بشكل مستقل.");
    assertThat(a.quotes()).noneMatch(q -> q.span().in(a.clean().original()).startsWith("المنظمة لم تتمكن"));
    AnalysedArticle b = extract("وقال الوزير إن الحكومة لن تتراجع عن قرارها رغم الضغوط.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.span().in(b.clean().original()))
        .startsWith("الحكومة لن تتراجع"));
  }
}
