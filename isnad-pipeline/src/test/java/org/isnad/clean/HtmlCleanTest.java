package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** Cleaning an HTML page: structure, metadata and clutter. The page is written for this test. */
class HtmlCleanTest {

  private static final String PAGE = """
      <!doctype html>
      <html lang="ar" dir="rtl"><head>
      <title>اشتباكات في ريف المدينة | الجزيرة نت</title>
      <meta property="og:site_name" content="الجزيرة نت">
      <meta property="article:published_time" content="2026-03-15T09:30:00+03:00">
      <link rel="canonical" href="https://www.aljazeera.net/news/2026/3/15/x">
      <script>var tracking = "لا تظهر";</script><style>.x{}</style>
      </head><body>
      <header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li></ul></nav></header>
      <article>
        <h1>اشتباكات في ريف المدينة</h1>
        <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
        <p>قال مسؤول محلي إن اشتباكات اندلعت مساء أمس في ريف المدينة بين قوات الأمن ومسلحين.</p>
        <figure><img src="a.jpg"><figcaption>عناصر من قوات الأمن في المدينة</figcaption></figure>
        <h2>حصيلة أولية</h2>
        <p>وأضاف المسؤول أن ثلاثة عناصر أصيبوا بجروح، وأن الوضع <b>تحت السيطرة</b> الآن.</p>
        <blockquote class="twitter-tweet"><p>تغريدة مضمنة</p><a href="https://x.com/a/status/1">x.com</a></blockquote>
        <p>ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.</p>
      </article>
      <aside class="related-news"><h3>اقرأ أيضا</h3><ul><li><a href="/1">خبر آخر عن المدينة</a></li></ul></aside>
      <footer><p>© 2026 جميع الحقوق محفوظة</p></footer>
      </body></html>
      """;

  private final CleanArticle c = Cleaner.create(CleanConfig.arabic())
      .clean(new RawArticle("a1", "page.html", MediaType.HTML, PAGE, SourceMetadata.NONE, List.of()));

  @Test
  void keepsTheArticleParagraphsOnly() {
    assertThat(c.paragraphTexts()).containsExactly(
        "قال مسؤول محلي إن اشتباكات اندلعت مساء أمس في ريف المدينة بين قوات الأمن ومسلحين.",
        "وأضاف المسؤول أن ثلاثة عناصر أصيبوا بجروح، وأن الوضع تحت السيطرة الآن.",
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.");
  }

  @Test
  void theOutletsOwnNameAndAPlaceUnderTheTitleAreItsDateline() {
    String page = """
        <html lang="ar"><head><title>زلزال في ريف المدينة | شبكة الضفاف</title>
        <meta property="og:site_name" content="شبكة الضفاف"></head><body><article>
        <h1>زلزال في ريف المدينة</h1>
        <p>شبكة الضفاف - اللاذقية</p>
        <p>ضرب زلزال فجر اليوم ريف المدينة، ما أدى إلى أضرار في عدد من المباني القديمة وسط السوق.</p>
        </article></body></html>
        """;
    CleanArticle a = Cleaner.create(CleanConfig.arabic())
        .clean(new RawArticle("a2", "p.html", MediaType.HTML, page, SourceMetadata.NONE, List.of()));
    assertThat(a.dateline()).isNotNull();
    assertThat(a.dateline().place()).isEqualTo("اللاذقية");
    assertThat(a.dateline().credit()).isEqualTo("شبكة الضفاف");
    assertThat(a.removed()).noneMatch(b -> b.reason() == RemovalReason.MASTHEAD);
  }

  @Test
  void readsTitleOutletDateAndUrlFromThePage() {
    assertThat(c.title()).isEqualTo("اشتباكات في ريف المدينة");
    assertThat(c.titleSpan().in(c.original())).isEqualTo("اشتباكات في ريف المدينة");
    assertThat(c.outlet().id()).isEqualTo("aljazeera");
    assertThat(c.published().iso()).isEqualTo("2026-03-15T09:30:00+03:00");
    assertThat(c.url()).isEqualTo("https://www.aljazeera.net/news/2026/3/15/x");
  }

  @Test
  void recordsEachKindOfClutterWithItsReason() {
    assertThat(c.removed()).extracting(RemovedBlock::reason).contains(RemovalReason.NAVIGATION,
        RemovalReason.SHARE, RemovalReason.CAPTION, RemovalReason.HEADING, RemovalReason.URL,
        RemovalReason.RELATED, RemovalReason.NAVIGATION);
    assertThat(c.original()).doesNotContain("tracking").doesNotContain(".x{}");
    assertThat(c.text()).doesNotContain("فيسبوك").doesNotContain("©").doesNotContain("اقرأ أيضا")
        .doesNotContain("تغريدة").doesNotContain("عناصر من قوات الأمن في المدينة");
  }

  @Test
  void everyRemovedSpanNamesItsText() {
    for (RemovedBlock r : c.removed()) {
      assertThat(r.span().in(c.original())).isEqualTo(r.text());
    }
  }
}
