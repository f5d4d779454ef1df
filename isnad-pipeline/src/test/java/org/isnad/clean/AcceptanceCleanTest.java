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
 * The acceptance articles ({@code org/isnad/acceptance/*}, with their EXPECTED.md written before
 * Isnad ran on them): titles under a breadcrumb or a site name, datelines with a date or on their
 * own line, agency credit lines, editor's initials and runs of social-network names.
 */
class AcceptanceCleanTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String path) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/org/isnad/acceptance/" + path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return cleaner.clean(new RawArticle("a-" + path, path, MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
    }
  }

  private CleanArticle cleanHtml(String path) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/org/isnad/acceptance/" + path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return cleaner.clean(new RawArticle("a-" + path, path, MediaType.HTML, text, SourceMetadata.NONE, List.of()));
    }
  }

  @Test
  void aHijriDateLineAloneDatesThePage() throws IOException {
    CleanArticle c = cleanHtml("protest/03_gulf.html");
    assertThat(c.published()).isNotNull();
    assertThat(c.published().iso()).startsWith("2026-04-26");
  }

  private static List<String> kept(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.in(c.original())).toList();
  }

  private static String removedAs(CleanArticle c, RemovalReason reason) {
    return String.join(" | ", c.removed().stream().filter(b -> b.reason() == reason).map(RemovedBlock::text).toList());
  }

  @Test
  void aWireDatelineWithADashAfterTheCreditLeavesNoDashInTheText() throws IOException {
    CleanArticle c = clean("car-bomb/01_wire.txt");
    assertThat(c.dateline().place()).isEqualTo("حلب");
    assertThat(c.dateline().credit()).isEqualTo("د ب أ");
    assertThat(kept(c).get(0)).startsWith("قُتل سبعة");
    assertThat(kept(c)).as("the social-network names of the share bar").hasSize(7)
        .allSatisfy(p -> assertThat(p).endsWith("."));
    assertThat(removedAs(c, RemovalReason.SHARE)).contains("فيسبوك").contains("تويتر").contains("واتساب");
  }

  @Test
  void aDatelineOnItsOwnLineNamesTheOutlet() throws IOException {
    CleanArticle c = clean("car-bomb/02_tv.txt");
    assertThat(c.title()).isEqualTo("تفجير إعزاز.. ارتفاع حصيلة الضحايا إلى تسعة واعتقال مشتبه بهم");
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("إعزاز");
    assertThat(c.outlet().name()).isEqualTo("تلفزيون سوريا");
    assertThat(removedAs(c, RemovalReason.CAPTION)).as("a line that ends with a photo credit in brackets")
        .contains("(الدفاع المدني السوري)");
    assertThat(kept(c)).hasSize(6);
  }

  @Test
  void aBreadcrumbWithSlashesIsNotTheTitleAndAnAgencyCreditLineIsNotText() throws IOException {
    CleanArticle c = clean("car-bomb/04_gulf.txt");
    assertThat(c.title()).isEqualTo("سوريا: قتلى وجرحى بتفجير سيارة مفخخة في إعزاز.. وإدانات عربية");
    assertThat(removedAs(c, RemovalReason.NAVIGATION)).contains("الرئيسية / العالم العربي");
    assertThat(kept(c)).hasSize(6).allSatisfy(p -> assertThat(p).endsWith("."));
    assertThat(removedAs(c, RemovalReason.BYLINE)).isEqualTo("(د ب أ)");
  }

  @Test
  void aWireDatelineWithADateNamesTheAgencyAndTheDeskInitialsGo() throws IOException {
    CleanArticle c = clean("visit/01_wire.txt");
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("دمشق");
    assertThat(c.dateline().credit()).isEqualTo("بترا");
    assertThat(c.outlet().name()).isEqualTo("بترا");
    assertThat(kept(c).get(0)).startsWith("بحث نائب رئيس الوزراء");
    assertThat(kept(c)).hasSize(7);
    assertThat(removedAs(c, RemovalReason.BYLINE)).isEqualTo("ب ت/ع ر");
  }

  @Test
  void aSiteNameAboveTheMenuIsNotTheTitle() throws IOException {
    CleanArticle c = clean("visit/04_gulf.txt");
    assertThat(c.title()).startsWith("الأردن وسوريا يوقعان مذكرات تفاهم");
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("عمان");
    assertThat(c.dateline().credit()).isEqualTo("وكالات");
    assertThat(kept(c)).hasSize(7).allSatisfy(p -> assertThat(p).endsWith("."));
    assertThat(removedAs(c, RemovalReason.SHARE)).contains("تيليجرام");
    assertThat(c.outlet().name()).isEqualTo("بوابة الوطن الخليجية");
    assertThat(c.outlet().evidence()).isEqualTo("banner");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("بوابة الوطن الخليجية");
  }

  @Test
  void aSiteNameWithANumberAboveTheBreadcrumbNamesTheOutlet() throws IOException {
    CleanArticle c = clean("car-bomb/04_gulf.txt");
    assertThat(c.outlet().name()).isEqualTo("الخليج 365");
    assertThat(c.outlet().known()).isFalse();
    assertThat(c.outlet().evidence()).isEqualTo("banner");
  }

  @Test
  void theOtherAcceptanceOutletsKeepTheirEvidence() throws IOException {
    assertThat(clean("visit/02_tv.txt").outlet().evidence()).isEqualTo("copyright");
    CleanArticle levant = clean("visit/03_levant_site.txt");
    assertThat(levant.outlet().evidence()).isEqualTo("source_footer");
    assertThat(levant.dateline()).isNotNull();
    assertThat(levant.dateline().place()).isEqualTo("دمشق");
    assertThat(removedAs(levant, RemovalReason.DATELINE)).isEqualTo("مراسل الموقع - دمشق");
    assertThat(removedAs(levant, RemovalReason.HEADING)).doesNotContain("مراسل");
    assertThat(clean("car-bomb/02_tv.txt").outlet().name()).isEqualTo("تلفزيون سوريا");
  }

  @Test
  void aLevantineDailysMastheadBylineAndRepeatedCaptionGo() throws IOException {
    CleanArticle c = clean("car-bomb/03_levant_daily.txt");
    assertThat(c.title()).startsWith("سيارة مفخخة تُدمي إعزاز");
    assertThat(c.outlet().name()).isEqualTo("المنارة");
    assertThat(c.published().date()).hasToString("2026-01-12");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).contains("رئيس التحرير").contains("المدير المسؤول").contains("نبيل خوري");
    assertThat(removedAs(c, RemovalReason.BYLINE)).isEqualTo("كتب: رامي حداد");
    assertThat(kept(c)).hasSize(7).allSatisfy(p -> assertThat(p).endsWith("."));
  }
}
