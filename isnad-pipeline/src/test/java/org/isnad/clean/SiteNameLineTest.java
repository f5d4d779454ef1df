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

/**
 * The site's name printed at the top of a copied page, above its menu, names an outlet the table
 * does not know; a section label or a menu line there does not.
 */
class SiteNameLineTest {

  private static final String BODY = "أعلنت السلطات المحلية في المدينة افتتاح جسر جديد فوق النهر بعد عامين من العمل.\n"
      + "وقال رئيس البلدية إن الجسر سيخفف الازدحام في ساعات الذروة.\n";

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("t", "t.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static String removedAs(CleanArticle c, RemovalReason reason) {
    return String.join(" | ", c.removed().stream().filter(b -> b.reason() == reason).map(RemovedBlock::text).toList());
  }

  @Test
  void aSiteNameOfTwoWordsAboveTheMenuNamesAnUnknownOutlet() {
    CleanArticle c = clean("شبكة الضفاف الإخبارية\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.title()).isEqualTo("افتتاح جسر جديد فوق النهر في وسط المدينة");
    assertThat(c.outlet().name()).isEqualTo("شبكة الضفاف الإخبارية");
    assertThat(c.outlet().known()).isFalse();
    assertThat(c.outlet().evidence()).isEqualTo("banner");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("شبكة الضفاف الإخبارية");
  }

  @Test
  void aSiteNameOfFourWordsThatTheCopyrightLineGivesIsNoTitle() {
    CleanArticle c = clean("وكالة أنباء الضفاف الإخبارية\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n"
        + "الضفاف - وكالة أنباء الضفاف الإخبارية: " + BODY + "جميع الحقوق محفوظة © وكالة أنباء الضفاف الإخبارية 2026\n");
    assertThat(c.title()).isEqualTo("افتتاح جسر جديد فوق النهر في وسط المدينة");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("وكالة أنباء الضفاف الإخبارية");
    assertThat(c.text()).startsWith("أعلنت السلطات"); // the credit line's own name is known: no part of the text
  }

  @Test
  void aPaperAboveItsMenuIsTheOutletWhenTheCopyrightLineNamesItsOwner() {
    CleanArticle c = clean("جريدة الضفاف\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\nالموصل: الضفاف\n" + BODY
        + "جميع الحقوق محفوظة لمؤسسة النهرين للصحافة والنشر © 2026\n");
    assertThat(c.outlet().name()).isEqualTo("جريدة الضفاف");
    assertThat(c.outlet().evidence()).isEqualTo("banner");
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("الموصل");
    assertThat(c.text()).startsWith("أعلنت السلطات");
  }

  @Test
  void aNumberInTheCopyrightLinesNameStaysAndTheYearGoes() {
    CleanArticle c = clean("الضفاف 24\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY
        + "جميع الحقوق محفوظة لـ الضفاف 24 © 2026\n");
    assertThat(c.outlet().name()).isEqualTo("الضفاف 24");
    assertThat(removedAs(c, RemovalReason.MASTHEAD)).isEqualTo("الضفاف 24");
  }

  @Test
  void aSiteNameWithADigitAboveADateLineNamesTheOutlet() {
    CleanArticle c = clean("الضفاف 24\nالأحد 8 مارس 2026 09:10 ص\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.outlet().name()).isEqualTo("الضفاف 24");
    assertThat(c.outlet().evidence()).isEqualTo("banner");
  }

  @Test
  void aDatelineCreditingTheSitesOwnNameIsTheDateline() {
    CleanArticle c = clean("شبكة الضفاف الإخبارية\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n"
        + "حماة - شبكة الضفاف الإخبارية: " + BODY);
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().credit()).isEqualTo("شبكة الضفاف الإخبارية");
    assertThat(c.paragraphs().get(0).in(c.original())).startsWith("أعلنت السلطات");
  }

  @Test
  void aShareLineWithAColonAndBarsIsAShareLine() {
    CleanArticle c = clean("افتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY + "شارك: فيسبوك | إكس | واتساب\n");
    assertThat(removedAs(c, RemovalReason.SHARE)).isEqualTo("شارك: فيسبوك | إكس | واتساب");
  }

  @Test
  void aOneWordSiteNameCountsWhenThePageNamesItAgain() {
    CleanArticle c = clean("الضفاف\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY
        + "وقال مهندس في المشروع لـ\"الضفاف\" إن العمل انتهى قبل موعده.\n");
    assertThat(c.outlet().name()).isEqualTo("الضفاف");
    assertThat(c.outlet().evidence()).isEqualTo("banner");
  }

  @Test
  void aOneWordLineNamedNowhereElseIsASectionLabel() {
    CleanArticle c = clean("لبنان\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.outlet().known()).isFalse();
    assertThat(c.outlet().id()).isEqualTo("unknown");
  }

  @Test
  void aMenuLineAtTheTopIsNoSiteName() {
    CleanArticle c = clean("الصفحة الرئيسية\nسياسة\nاقتصاد\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.outlet().id()).isEqualTo("unknown");
    c = clean("عربي ودولي\nالأحد 8 مارس 2026\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.outlet().id()).isEqualTo("unknown");
  }

  @Test
  void aKickerRightAboveTheTitleIsNoSiteName() {
    CleanArticle c = clean("خاص بالمدينة\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY);
    assertThat(c.outlet().id()).isEqualTo("unknown");
  }

  @Test
  void aSourceFooterStillWinsOverTheTopLine() {
    CleanArticle c = clean("شبكة الضفاف الإخبارية\nالرئيسية\nمحليات\nافتتاح جسر جديد فوق النهر في وسط المدينة\n" + BODY
        + "المصدر: الضفاف\n");
    assertThat(c.outlet().evidence()).isEqualTo("source_footer");
  }

  @Test
  void aHeadlineEndingWithAQuestionIsTheTitleNotTheSiteName() {
    CleanArticle c = clean("الضفاف الآن 365\nالرئيسية / محليات\nجسر جديد فوق النهر.. ماذا قال رئيس البلدية؟\n" + BODY);
    assertThat(c.title()).isEqualTo("جسر جديد فوق النهر.. ماذا قال رئيس البلدية؟");
    assertThat(c.text()).startsWith("أعلنت السلطات");
  }
}
