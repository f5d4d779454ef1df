package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** Lines repeated across many pages of one outlet are learned as its template. */
class TemplateModelTest {

  private static final String SLOGAN = "صوت الوادي الحر منذ عام 1998";
  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private RawArticle page(int i, String outlet, String body) {
    String text = "عنوان الخبر رقم " + i + "\n" + SLOGAN + "\n" + body + "\n";
    return new RawArticle("a" + i, "p" + i + ".txt", MediaType.TEXT, text,
        new SourceMetadata(null, null, outlet, null), List.of());
  }

  private List<Page> pages(String outlet, int n) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(cleaner.prepare(page(i, outlet, "قال شاهد عيان إن الحادث رقم " + i + " وقع صباح اليوم قرب السوق.")));
    }
    return pages;
  }

  @Test
  void aLineOnEveryPageOfOneOutletIsTemplate() {
    List<Page> pages = pages("صحيفة الوادي", 3);
    TemplateModel model = TemplateModel.learn(pages);
    CleanArticle c = cleaner.clean(pages.get(0), model);
    assertThat(c.removed()).anyMatch(r -> r.reason() == RemovalReason.TEMPLATE && r.text().equals(SLOGAN));
    assertThat(c.text()).doesNotContain(SLOGAN);
    assertThat(model.size()).isEqualTo(1);
  }

  @Test
  void nothingIsLearnedAcrossDifferentOutlets() {
    List<Page> pages = new ArrayList<>();
    pages.add(cleaner.prepare(page(1, "صحيفة الوادي", "قال شاهد إن الحادث وقع صباح اليوم قرب السوق.")));
    pages.add(cleaner.prepare(page(2, "صحيفة الساحل", "قال شاهد آخر إن الحادث وقع صباح اليوم قرب الميناء.")));
    assertThat(TemplateModel.learn(pages).size()).isZero();
  }

  @Test
  void aSinglePageTeachesNothing() {
    assertThat(TemplateModel.learn(pages("صحيفة الوادي", 1)).size()).isZero();
  }

  @Test
  void proseSharedByTwoPagesIsNotTemplate() {
    String shared = "وكانت السلطات قد أعلنت في وقت سابق عن خطة لإعادة تأهيل الطرق في المنطقة.";
    List<Page> pages = new ArrayList<>();
    pages.add(cleaner.prepare(page(1, "صحيفة الوادي", shared)));
    pages.add(cleaner.prepare(page(2, "صحيفة الوادي", shared)));
    TemplateModel model = TemplateModel.learn(pages);
    assertThat(cleaner.clean(pages.get(0), model).text()).contains(shared);
  }
}
