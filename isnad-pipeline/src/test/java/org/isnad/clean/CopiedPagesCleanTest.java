package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * Pages copied from a browser as text, written for this test in the shape of two kinds of Arabic
 * news site (breadcrumbs, photo credits, a relative time, "اقرأ أيضاً" with a question headline, an
 * outlet banner, reading time, font buttons, tags, "الأكثر قراءة"): only the story's paragraphs stay.
 */
class CopiedPagesCleanTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("copied/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return cleaner.clean(new RawArticle("a-" + name, name, MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
    }
  }

  private static List<String> kept(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.in(c.original())).toList();
  }

  private static String removedAs(CleanArticle c, RemovalReason reason) {
    return String.join(" | ", c.removed().stream().filter(b -> b.reason() == reason).map(RemovedBlock::text).toList());
  }

  @Test
  void aBroadcastersPageKeepsItsFourParagraphs() throws IOException {
    CleanArticle c = clean("broadcaster-page.txt");
    assertThat(c.title()).isEqualTo("مقتل 4 أشخاص في غارة على بلدة جنوب لبنان");
    assertThat(kept(c)).hasSize(4).allSatisfy(p -> assertThat(p).endsWith("."));
    assertThat(kept(c).get(0)).startsWith("قتل أربعة أشخاص");
    assertThat(c.outlet().name()).as("a section label that is also a paper's name is not the outlet").isEqualTo("بي بي سي عربي");
    assertThat(c.outlet().evidence()).isEqualTo("copyright");
    assertThat(removedAs(c, RemovalReason.NAVIGATION)).contains("الرئيسية");
    assertThat(removedAs(c, RemovalReason.CAPTION)).contains("صدر الصورة").contains("صورة أرشيفية");
    assertThat(removedAs(c, RemovalReason.DATE_LINE)).isEqualTo("قبل 3 ساعة");
    assertThat(removedAs(c, RemovalReason.RELATED)).contains("ما هي قوات اليونيفيل؟").contains("المزيد حول هذه القصة")
        .contains("لبنان: مقتل شخصين في غارة");
  }

  @Test
  void aNewsChannelsPageLosesItsBannerTagsAndButtons() throws IOException {
    CleanArticle c = clean("news-channel-page.txt");
    assertThat(c.title()).isEqualTo("غارة على بنت جبيل جنوبي لبنان");
    assertThat(c.outlet().name()).isEqualTo("سكاي نيوز عربية");
    assertThat(kept(c)).hasSize(3);
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("سكاي نيوز عربية - أبوظبي");
    assertThat(removedAs(c, RemovalReason.NAVIGATION)).contains("الوسوم:").contains("قراءة 2 دقائق");
    assertThat(removedAs(c, RemovalReason.SHARE)).contains("شارك هذا المقال").contains("طباعة");
  }

  @Test
  void aPageWithEmbedsCommentsAndADisclaimerKeepsItsThreeParagraphs() throws IOException {
    CleanArticle c = clean("wire-page.txt");
    assertThat(c.title()).isEqualTo("الجيش السوري يعلن إحباط هجوم على نقطة عسكرية في ريف حلب");
    assertThat(c.outlet().name()).isEqualTo("العربية");
    assertThat(c.outlet().evidence()).isEqualTo("banner");
    assertThat(c.published()).isNotNull();
    assertThat(kept(c)).hasSize(3);
    assertThat(removedAs(c, RemovalReason.URL)).contains("(@SyMOD)").contains("pic.twitter.com").contains("t.me");
    assertThat(removedAs(c, RemovalReason.PROMO)).isEqualTo("إعلان | تابعوا RT على تلغرام");
    assertThat(removedAs(c, RemovalReason.NAVIGATION)).contains("التعليقات").contains("0 تعليق");
    assertThat(removedAs(c, RemovalReason.COPYRIGHT)).contains("رأي كاتبه");
  }

  @Test
  void aBannerWithTheSitesTaglineATickerAndADatelineCreditingTheSiteAreNotTheStory() throws IOException {
    CleanArticle c = clean("tagline-page.txt");
    // the first line is the site's name (its copyright's) with a tagline; the ticker is no title
    assertThat(c.title()).isEqualTo("حريق يلتهم مستودعا للمواد الغذائية في مرفأ طرطوس");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).contains("أخبار الساحل السوري لحظة بلحظة");
    assertThat(removedAs(c, RemovalReason.NAVIGATION)).startsWith("عاجل: انقطاع الكهرباء");
    // "طرطوس - صوت الساحل" on its own line: the dateline, credited with the page's own name
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("طرطوس");
    assertThat(kept(c)).hasSize(2);
    assertThat(kept(c).get(0)).startsWith("اندلع حريق كبير");
  }

  @Test
  void aKnownOutletsNameAloneOnThePagesFirstLineIsItsMasthead() {
    String text = "فرانس 24\n\nالجزائر تستدعي سفيرها في فرنسا للتشاور\n\nاستدعت الجزائر، الأحد، سفيرها لدى فرنسا"
        + " للتشاور، في خطوة جديدة تعكس تدهور العلاقات بين البلدين، وفق ما أعلنت وزارة الخارجية الجزائرية.\n";
    CleanArticle c = cleaner.clean(new RawArticle("a-top", "top.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
    assertThat(c.title()).isEqualTo("الجزائر تستدعي سفيرها في فرنسا للتشاور");
    assertThat(c.outlet().id()).isEqualTo("france24-arabic");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("فرانس 24");
  }
}
