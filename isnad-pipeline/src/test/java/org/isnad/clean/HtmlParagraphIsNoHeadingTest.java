package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * On an HTML page a {@code <p>} element is a paragraph: a short one without a full stop is kept, while
 * a heading element, or a paragraph that is all bold, between two paragraphs is still a heading.
 */
class HtmlParagraphIsNoHeadingTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String body) {
    String html = "<html><head><title>محافظ المدينة يتفقد أعمال تطوير الميدان الرئيسي</title></head><body><article>"
        + "<h1>محافظ المدينة يتفقد أعمال تطوير الميدان الرئيسي</h1>" + body + "</article></body></html>";
    return cleaner.clean(new RawArticle("a", "a.html", MediaType.HTML, html, SourceMetadata.NONE, List.of()));
  }

  private static List<String> kept(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.in(c.original())).toList();
  }

  private static final String FIRST = "<p>تفقد محافظ المدينة، اليوم الجمعة، أعمال تطوير الميدان الرئيسي، ووجه بسرعة الانتهاء من المرحلة الثانية.</p>";
  private static final String LAST = "<p>كما وجه برفع المخلفات من الشوارع المحيطة بشكل يومي.</p>";

  @Test
  void aShortParagraphWithoutAFullStopIsKept() {
    CleanArticle c = clean(FIRST + "<p>وطالب المحافظ بإزالة الإشغالات من الشوارع المحيطة</p>" + LAST);
    assertThat(kept(c)).hasSize(3).contains("وطالب المحافظ بإزالة الإشغالات من الشوارع المحيطة");
  }

  @Test
  void aHeadingElementIsStillAHeading() {
    CleanArticle c = clean(FIRST + "<h2>خطة التطوير</h2>" + LAST);
    assertThat(kept(c)).hasSize(2);
    assertThat(c.removed()).anyMatch(b -> b.reason() == RemovalReason.HEADING && b.text().equals("خطة التطوير"));
  }

  @Test
  void aParagraphThatIsAllBoldIsStillAHeading() {
    CleanArticle c = clean(FIRST + "<p><strong>خطة التطوير</strong></p>" + LAST);
    assertThat(kept(c)).hasSize(2);
  }
}
