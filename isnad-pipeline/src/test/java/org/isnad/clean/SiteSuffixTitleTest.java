package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * A document title that ends with the site's name ("... | صحيفة ..." or "... - موقع ..."): the
 * title is the part before it, the suffix names the outlet, and a headline printed above the
 * article element (WordPress's {@code h2.entry-title} outside {@code .entry-content}) is the title.
 */
class SiteSuffixTitleTest {

  private static CleanArticle clean(String html) {
    return Cleaner.create(CleanConfig.arabic())
        .clean(new RawArticle("a1", "page.html", MediaType.HTML, html, SourceMetadata.NONE, List.of()));
  }

  @Test
  void aDashSuffixOfASiteKindIsCutFromTheTitleAndNamesTheOutlet() {
    CleanArticle c = clean("""
        <html lang="ar"><head><title>افتتاح معرض الكتاب في الرباط - موقع المغرب اليوم</title></head>
        <body><div class="entry-content"><p>الرباط - افتتح وزير الثقافة الخميس الدورة الجديدة من معرض الكتاب بمشاركة 40 دولة.</p></div></body></html>
        """);
    assertThat(c.title()).isEqualTo("افتتاح معرض الكتاب في الرباط");
    assertThat(c.outlet().name()).isEqualTo("موقع المغرب اليوم");
  }

  @Test
  void theHeadlineAboveTheEntryContentIsTheTitle() {
    CleanArticle c = clean("""
        <html lang="ar"><head><title>انقطاع الكهرباء عن أحياء واسعة في البصرة | صحيفة الضفاف العراقية</title></head>
        <body><header><ul class="menu"><li>الرئيسية</li><li>محليات</li></ul></header>
        <div class="post"><h2 class="entry-title">انقطاع الكهرباء عن أحياء واسعة في البصرة</h2>
        <div class="entry-content">البصرة - الضفاف:<br>
        شهدت أحياء واسعة في مدينة البصرة انقطاعا تاما للتيار الكهربائي منذ مساء السبت.<br>
        وقال مدير التوزيع إن فرق الصيانة تعمل على إصلاح العطل.</div></div></body></html>
        """);
    assertThat(c.title()).isEqualTo("انقطاع الكهرباء عن أحياء واسعة في البصرة");
    assertThat(c.outlet().name()).isEqualTo("صحيفة الضفاف العراقية");
    assertThat(c.paragraphTexts()).containsExactly(
        "شهدت أحياء واسعة في مدينة البصرة انقطاعا تاما للتيار الكهربائي منذ مساء السبت.",
        "وقال مدير التوزيع إن فرق الصيانة تعمل على إصلاح العطل.");
  }

  @Test
  void aSuffixThatIsNoSiteNameStays() {
    CleanArticle c = clean("""
        <html lang="ar"><head><title>الحكومة والمعارضة - قراءة في المشهد</title></head>
        <body><article><p>قال مسؤول محلي إن المحادثات بين الحكومة والمعارضة ستستأنف الأسبوع المقبل في العاصمة.</p></article></body></html>
        """);
    assertThat(c.title()).isEqualTo("الحكومة والمعارضة - قراءة في المشهد");
  }
}
