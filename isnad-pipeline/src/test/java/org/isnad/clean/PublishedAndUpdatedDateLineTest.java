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
 * A page's date line may give the publication and the last update together, or run the year into
 * the time: it is a date line (the publication's day), not the title.
 */
class PublishedAndUpdatedDateLineTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static String dateLines(CleanArticle c) {
    return String.join(" | ", c.removed().stream().filter(b -> b.reason() == RemovalReason.DATE_LINE)
        .map(RemovedBlock::text).toList());
  }

  @Test
  void aLineWithThePublicationAndTheUpdateIsADateLine() {
    CleanArticle c = clean("""
        العربية.نت - وكالات
        نشر في: 04 ديسمبر ,2026: 10:15 م GST آخر تحديث: 05 ديسمبر ,2026: 11:00 م GST
        الجيش ينتشر في بلدات حدودية جديدة جنوب النهر
        أعلن الجيش، مساء الخميس، أنه بدأ الانتشار في ثلاث بلدات حدودية جديدة جنوب النهر.
        """);
    assertThat(c.title()).isEqualTo("الجيش ينتشر في بلدات حدودية جديدة جنوب النهر");
    assertThat(c.published().iso()).startsWith("2026-12-04");
    assertThat(dateLines(c)).startsWith("نشر في: 04 ديسمبر");
  }

  @Test
  void aYearRunIntoTheTimeIsStillADate() {
    CleanArticle c = clean("""
        الأخبار
        نشر في 5/12/2026
        آخر تحديث: 5/12/202602:30 م (توقيت مكة)
        مقتل ثمانية مدنيين في قصف على سوق شعبي بالمدينة
        قال ناشطون محليون إن ثمانية مدنيين على الأقل قتلوا في قصف مدفعي استهدف سوقا شعبيا وسط المدينة.
        """);
    assertThat(c.title()).isEqualTo("مقتل ثمانية مدنيين في قصف على سوق شعبي بالمدينة");
    assertThat(dateLines(c)).contains("آخر تحديث");
  }

  @Test
  void anAuthorLineWithBothDatesIsADateLine() {
    CleanArticle c = clean("""
        تركيا تعلن تحييد أربعة مسلحين شمالي العراق
        محمد يوسف   |03.12.2026 - تحديث : 05.12.2026
        أعلنت وزارة الدفاع، الجمعة، تحييد أربعة مسلحين في منطقة جبلية شمالي العراق.
        """);
    assertThat(c.title()).isEqualTo("تركيا تعلن تحييد أربعة مسلحين شمالي العراق");
    assertThat(c.published().iso()).startsWith("2026-12-03");
    assertThat(dateLines(c)).contains("تحديث");
  }

  @Test
  void aHeadlineOrASentenceWithTwoDatesStays() {
    CleanArticle c = clean("""
        مهرجان المسرح العربي يفتتح دورته الجديدة في المدينة
        تقام الدورة الجديدة من المهرجان بين 5 ديسمبر 2026 و12 ديسمبر 2026 بمشاركة فرق من عشر دول عربية وأجنبية.
        معرض الكتاب من 1 يناير 2027 إلى 10 يناير 2027 في قاعات المعارض الدولية الكبرى بالمدينة الجديدة
        وقالت اللجنة المنظمة إن العروض ستقام في ثلاثة مسارح.
        """);
    assertThat(c.paragraphs()).hasSize(3);
    assertThat(dateLines(c)).isEmpty();
  }
}
