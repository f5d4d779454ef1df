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

  /** "على أمل أن" is hope; a woman named أمل who speaks is quoted (review of 2026-12-07). */
  @Test
  void hopeIsNoWordsButAmalSpeaks() {
    AnalysedArticle a = extract("وخفف السائق سرعته على أمل أن يتحرك القطار الآخر من السكة.");
    assertThat(a.quotes()).isEmpty();
    AnalysedArticle b = extract("وقالت المواطنة أمل إن قوات الاحتلال اقتحمت منزلها فجر اليوم وحطمت محتوياته.");
    assertThat(b.quotes()).anySatisfy(q -> assertThat(q.span().in(b.clean().original())).startsWith("قوات الاحتلال"));
  }
}
