package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** The line a blog engine adds under every feed item ("The post ... appeared first on ...") is no paragraph. */
class FeedItemFooterTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private List<String> kept(String html) {
    CleanArticle c = cleaner.clean(new RawArticle("a", "feed.xml#1", MediaType.HTML, html,
        new SourceMetadata("ارتفاع أسعار الخبز في حلب", null, "عنب بلدي", null), List.of()));
    return c.paragraphs().stream().map(p -> p.in(c.original())).toList();
  }

  @Test
  void theEnglishFooterOfAFeedItemIsRemoved() {
    List<String> kept = kept("""
        <p>رفعت الأفران في مدينة حلب سعر ربطة الخبز بعد ارتفاع أسعار الطحين في الأسواق.</p>
        <p>وقال أصحاب أفران إن التكاليف تضاعفت خلال الشهر الماضي.</p>
        <p>The post <a href="https://x.example/1/">ارتفاع أسعار الخبز في حلب</a> appeared first on <a href="https://x.example">عنب بلدي</a>.</p>
        """);
    assertThat(kept).hasSize(2).noneMatch(p -> p.contains("appeared first"));
  }

  @Test
  void theArabicFooterOfAFeedItemIsRemoved() {
    CleanArticle c = cleaner.clean(new RawArticle("a", "feed.xml#1", MediaType.HTML, """
        <p>رفعت الأفران في مدينة حلب سعر ربطة الخبز بعد ارتفاع أسعار الطحين في الأسواق.</p>
        <p>ظهرت المقالة <a href="https://x.example/1/">ارتفاع أسعار الخبز في حلب</a> أولاً على <a href="https://x.example">عنب بلدي</a>.</p>
        """, SourceMetadata.NONE, List.of()));
    assertThat(c.paragraphs()).hasSize(1);
    assertThat(c.removed()).anyMatch(b -> b.reason() == RemovalReason.SOURCE_FOOTER && b.text().startsWith("ظهرت المقالة"));
  }

  @Test
  void aSentenceAboutAPostStays() {
    List<String> kept = kept("""
        <p>رفعت الأفران في مدينة حلب سعر ربطة الخبز بعد ارتفاع أسعار الطحين في الأسواق.</p>
        <p>وظهرت المقالة التي نشرها الموقع أولا على صفحات التواصل الاجتماعي قبل أن تحذف بعد ساعات.</p>
        """);
    assertThat(kept).hasSize(2);
  }
}
