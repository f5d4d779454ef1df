package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks written apart from the words (" ... ", « ... »), as in ANERcorp and many copied pages:
 * the mark right after a verb of saying opens the speaker's words, not an "أن" inside them.
 */
class QuoteMarksApartTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String said(AnalysedArticle a, QuoteMention q) {
    return q.span().in(a.clean().original());
  }

  @Test
  void aMarkApartAfterTheVerbOpensTheWords() {
    AnalysedArticle a = extract("وقال الظواهري \" لقد تطاول هذا الدجال بقوله إن الإسلام لا يمت للعقلانية وتناسى أن نصرانيته "
        + "لا يقبلها عقل سليم \"");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(said(a, q)).startsWith("لقد تطاول هذا الدجال");
      assertThat(q.speaker()).isEqualTo("الظواهري");
    });
    AnalysedArticle b = extract("وأضاف الجنرال بيتر كيارللي في تصريحات للصحفيين ببغداد \" علينا أيضا أن نثق برئيس الوزراء "
        + "ليقرر متى يحين موعد القيام بذلك \" .");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(said(b, q)).startsWith("علينا أيضا أن نثق"));
    AnalysedArticle c = extract("وقال دان غيلرمان « سيكون من الصعب ان لم يكن من غير المقبول الموافقة على قوات تأتي من دول "
        + "لا تعترف باسرائيل » .");
    assertThat(c.quotes()).singleElement().satisfies(q -> assertThat(said(c, q)).startsWith("سيكون من الصعب"));
  }

  @Test
  void aQuotedNameOrANounIsNoneOfTheWords() {
    AnalysedArticle a = extract("ذكرت صحيفة \" نيويورك تايمز \" أمس أن الولايات المتحدة وبريطانيا اتفقتا على لائحة من العقوبات .");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).startsWith("الولايات المتحدة"));
    AnalysedArticle b = extract("ودعا أنان خلال كلمة له أمام مجلس الأمن إلى عقد مؤتمر دولي لوضع \" جدول زمني دقيق \" لتطبيق "
        + "قرارات المجلس بسرعة .");
    assertThat(b.quotes()).noneMatch(q -> said(b, q).startsWith("جدول زمني"));
    AnalysedArticle c = extract("رام الله ، أعلن صباح هذا اليوم عن إطلاق حملة التوعية المالية \" احسبها صح وطور حياتك \" ، "
        + "والتي تهدف إلى زيادة توعية الجمهور .");
    assertThat(c.quotes()).isEmpty();
  }

  @Test
  void aVerbInsideTheQuotedWordsIsNotTheLastSpeakers() {
    AnalysedArticle a = extract("وقال الظواهري \" لقد تطاول هذا الدجال بقوله إن الإسلام لا يمت للعقلانية \"");
    assertThat(a.quotes()).extracting(QuoteMention::verb).containsExactly("وقال");
    AnalysedArticle b = extract("وأكد الرئيس أن \" الجيش قال إن العملية انتهت بنجاح كامل \"");
    assertThat(b.quotes()).extracting(QuoteMention::speaker).containsExactly("الرئيس", "الجيش");
  }
}
