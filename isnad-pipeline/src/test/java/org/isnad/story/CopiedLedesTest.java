package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** An article whose lede repeats a member's lede word for word is of its story; a shared background paragraph is not. */
class CopiedLedesTest {

  private final TextAnalyzer text = TextAnalyzer.create(Language.arabic());

  private AnalysedArticle article(String id, String body) {
    CleanArticle c = new CleanArticle(id, id, body, List.of(new Span(0, body.length())), null, null, Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
    return text.analyze(c);
  }

  private static final String LEDE = "قتل 23 شخصا على الأقل وأصيب أكثر من 40 آخرين، صباح اليوم الاثنين، جراء قصف بطائرة"
      + " مسيرة استهدف سوقا شعبيا وسط مدينة الأبيض عاصمة ولاية شمال كردفان، وفق ما أفادت به وزارة الصحة بالولاية.";
  private static final String BACKGROUND = "وتعاني البلاد منذ سنوات أزمة اقتصادية خانقة أدت إلى انهيار العملة"
      + " المحلية وارتفاع أسعار الخبز والوقود والأدوية، فيما تعجز الحكومة عن دفع رواتب الموظفين في القطاع العام"
      + " ويشكو المزارعون من شح مياه الري وتراجع المحاصيل.";

  @Test
  void aCopiedLedeFindsItsStoryAndABackgroundParagraphDoesNot() {
    CopiedLedes ledes = new CopiedLedes();
    ledes.add(article("a1", LEDE + " " + BACKGROUND), 7);
    assertThat(ledes.storyOf(article("a2", LEDE + " وقال شهود عيان إن المسيرة أطلقت ثلاثة صواريخ. " + BACKGROUND)))
        .isEqualTo(7);
    // the same background after another lede: not a copy of the story's lede
    assertThat(ledes.storyOf(article("a3", "أعلنت الحكومة خطة جديدة لدعم المزارعين في الولايات الشمالية. " + BACKGROUND)))
        .isEqualTo(-1);
    // a lede that shares only a few words
    assertThat(ledes.storyOf(article("a4", "قتل 5 أشخاص في قصف على مدينة الفاشر، وفق ما أفادت به وزارة الصحة بالولاية.")))
        .isEqualTo(-1);
    ledes.remove(7);
    assertThat(ledes.storyOf(article("a5", LEDE))).isEqualTo(-1);
  }
}
