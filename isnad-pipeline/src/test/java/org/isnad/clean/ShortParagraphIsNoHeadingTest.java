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
 * A short unpunctuated line between paragraphs is a section heading, but not when the page ends no
 * paragraph with a full stop (its short paragraphs look the same), not when the line before it
 * introduces it with a colon, and not when it is a live report's entry under its time stamp.
 */
class ShortParagraphIsNoHeadingTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static List<String> kept(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.in(c.original())).toList();
  }

  @Test
  void aShortParagraphOnAPageWithoutFullStopsStays() {
    CleanArticle c = clean("""
        وزير النفط يبحث مع شركات أجنبية تطوير حقول الجنوب
        بحث وزير النفط اليوم الأحد مع وفد من الشركات الأجنبية العاملة في البلاد سبل تطوير الحقول النفطية في محافظات الجنوب وزيادة الإنتاج خلال العام المقبل
        وقال الوزير خلال اللقاء إن الوزارة ماضية في تنفيذ خططها
        وأضاف أن الحكومة تدعم الاستثمار في قطاع الطاقة بشكل كامل وتعمل على تذليل العقبات أمام الشركات العاملة في حقول البصرة وميسان
        من جانبهم أبدى ممثلو الشركات استعدادهم لزيادة الاستثمارات
        وتسعى الوزارة إلى رفع الطاقة الإنتاجية إلى ستة ملايين برميل يوميا بحلول عام 2030 بحسب بيان صادر عن مكتبها الإعلامي اليوم
        """);
    assertThat(kept(c)).hasSize(5).contains("وقال الوزير خلال اللقاء إن الوزارة ماضية في تنفيذ خططها");
  }

  @Test
  void aShortHeadingOnAPageWithoutFullStopsIsStillAHeading() {
    CleanArticle c = clean("""
        وزير النفط يبحث مع شركات أجنبية تطوير حقول الجنوب
        بحث وزير النفط اليوم الأحد مع وفد من الشركات الأجنبية العاملة في البلاد سبل تطوير الحقول النفطية في محافظات الجنوب وزيادة الإنتاج خلال العام المقبل
        خطط الإنتاج
        وأضاف أن الحكومة تدعم الاستثمار في قطاع الطاقة بشكل كامل وتعمل على تذليل العقبات أمام الشركات العاملة في حقول البصرة وميسان
        """);
    assertThat(kept(c)).hasSize(2);
    assertThat(c.removed()).anyMatch(b -> b.reason() == RemovalReason.HEADING && b.text().equals("خطط الإنتاج"));
  }

  @Test
  void aQuotationIntroducedByAColonStays() {
    CleanArticle c = clean("""
        الرئيس يدعو إلى إصلاح النظام الضريبي
        دعا الرئيس، الجمعة، إلى مراجعة شاملة للنظام الضريبي بما يحقق العدالة الاجتماعية.
        وقال خلال لقائه وزيرة المالية:
        "لا يمكن أن يتحمل الأجراء وحدهم العبء الضريبي"
        وأضاف أن الدولة ستلاحق المتهربين من دفع الضرائب.
        """);
    assertThat(kept(c)).contains("\"لا يمكن أن يتحمل الأجراء وحدهم العبء الضريبي\"");
  }

  @Test
  void aHeadingOnAPunctuatedPageIsStillRemoved() {
    CleanArticle c = clean("""
        الرئيس يدعو إلى إصلاح النظام الضريبي
        دعا الرئيس، الجمعة، إلى مراجعة شاملة للنظام الضريبي بما يحقق العدالة الاجتماعية.
        مكافحة التهرب الضريبي في البلاد
        وأضاف أن الدولة ستلاحق المتهربين من دفع الضرائب.
        """);
    assertThat(kept(c)).hasSize(2);
  }

  @Test
  void aLiveReportsTimesGoAndItsEntriesStay() {
    CleanArticle c = clean("""
        لحظة بلحظة.. تطورات التصعيد في الجنوب
        10:45
        أفاد مراسلنا بأن غارة استهدفت سيارة على طريق بلدة حدودية في الجنوب.
        10:30
        الجيش يعلن اعتراض صاروخ أطلق من الجنوب
        10:12
        قال وزير الخارجية إن بلاده تجري اتصالات مكثفة لوقف التصعيد.
        """);
    assertThat(kept(c)).hasSize(3).contains("الجيش يعلن اعتراض صاروخ أطلق من الجنوب").noneMatch(p -> p.contains(":"));
  }
}
