package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

/**
 * A byline before the verb is no subject: the speaker named right after a verb of saying speaks
 * (errors seen on ANERcorp news, where the reporter's name opens the sentence).
 */
class QuoteBylineSpeakerTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void theSpeakerAfterTheVerbSpeaksNotTheByline() {
    AnalysedArticle a = extract("أيمن خيري أعلن وزير الخارجية الروسية سيرغي لافروف أن الوضع في جورجيا بات يتطلب تدخلا دوليا.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("سيرغي لافروف"));
    AnalysedArticle b = extract("الخرطوم ـ عبدالواحد لبيني ـ نيويورك ـ وكالات الأنباء : أعلنت الأمم المتحدة أنها سترسل 105 "
        + "من الضباط والخبراء العسكريين إلى دارفور.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("الأمم المتحدة"));
  }

  @Test
  void aSubjectBeforeItsVerbStillSpeaks() {
    AnalysedArticle a = extract("الجيش الإسرائيلي قال في بيان إن قواته قتلت ثلاثة مسلحين قرب الحدود.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("الجيش الإسرائيلي"));
    AnalysedArticle b = extract("سولانا قال إن هناك حاجة لمحادثات لتوضيح المسائل العالقة في رد إيران.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("سولانا"));
    AnalysedArticle c = extract("وكان تيفيز اعلن اثر نهاية لقاء كورينثيانز ضد بوتافوغو الاحد الماضي ان تلك المباراة قد تكون "
        + "الاخيرة له في صفوف فريقه.");
    assertThat(c.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("تيفيز"));
  }
}
