package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** A page's tags listed under the text without a label are no paragraphs. */
class BareTagListTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static final String STORY = """
      الجيش ينتشر في بلدات حدودية جديدة جنوب النهر
      أعلن الجيش، مساء الجمعة، أنه بدأ الانتشار في ثلاث بلدات حدودية جديدة جنوب النهر.
      وأضاف البيان أن فرق الهندسة عثرت على ذخائر غير منفجرة وعملت على تفجيرها في أماكن آمنة.
      """;

  @Test
  void shortLinesUnderTheLastParagraphAreTags() {
    CleanArticle c = clean(STORY + "لبنان\nالجيش اللبناني\nجنوب لبنان\n");
    assertThat(c.paragraphs()).hasSize(2);
    assertThat(c.removed()).anyMatch(b -> b.reason() == RemovalReason.NAVIGATION && b.text().startsWith("لبنان"));
  }

  @Test
  void oneShortLineOrALineWithAFigureStays() {
    assertThat(clean(STORY + "جنوب لبنان\n").paragraphs()).hasSize(3);
    assertThat(clean(STORY + "لبنان\nقتلى 3\n").paragraphs()).hasSize(4);
  }

  @Test
  void shortLastLinesOfAPageWithoutFullStopsStay() {
    CleanArticle c = clean("""
        وزير النفط يبحث مع شركات أجنبية تطوير حقول الجنوب
        بحث وزير النفط اليوم الأحد مع وفد من الشركات الأجنبية العاملة في البلاد سبل تطوير الحقول النفطية في محافظات الجنوب وزيادة الإنتاج خلال العام المقبل
        وأضاف أن الحكومة تدعم الاستثمار في قطاع الطاقة بشكل كامل وتعمل على تذليل العقبات أمام الشركات العاملة في حقول البصرة وميسان
        والتقى الوفد رئيس الوزراء
        وغادر البلاد مساء
        """);
    assertThat(c.paragraphs()).hasSize(4);
  }
}
