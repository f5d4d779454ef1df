package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovedBlock;
import org.isnad.model.SourceMetadata;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The contract of the cleaning stage, on any input: null rejected, nothing thrown on odd content,
 * every removed block names exactly its characters, kept and removed text never overlap, and the
 * body stays inside the original. Seeded random pages, the failing input printed escaped.
 */
class CleanerContractTest {

  private static final String[] PIECES = {"تم نسخ الرابط", "المصدر:", "الجزيرة", "رئيس التحرير", "مرتبط",
    "دمشق - ", "قال الوزير إن الوضع مستقر.", "https://x.com/a?b=c", "اقرأ أيضا", "<p>", "</div>", "<nav>",
    "<article>", "<h1>", "©", "\u0640", "\u064B", "\u200F", "\n", "\n\n", " ", "١٢", "2025", "،", "\"", "<script>x</script>",
    "في حال واجهت مشكلة في مشاهدة الفيديو", "\uFEFB", "\uD83D\uDE00", "\t", "نشر في 14 ديسمبر 2025",
    "كتب سالم العامري: ", "صنعاء (الوطن):", "روما أ ش أ: ", "قبل 3 ساعة", "الوسوم: ", "#غزة ", "صدر الصورة،",
    "سكاي نيوز عربية - أبوظبي", "— الاسم (@handle) December 14, 2025", "إعلان", "التعليقات", "تحرير: "};

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> cleaner.prepare(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void randomPagesKeepTheContract() {
    long seed = 20261122L;
    Random r = new Random(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String content = sb.toString();
      MediaType type = r.nextBoolean() ? MediaType.TEXT : MediaType.HTML;
      String where = "seed " + seed + " round " + round + " " + type + " input: " + escape(content);
      CleanArticle c = cleaner.clean(new RawArticle("a" + round, "r", type, content, SourceMetadata.NONE, List.of()));
      for (RemovedBlock b : c.removed()) {
        assertThat(b.span().in(c.original())).as(where).isEqualTo(b.text());
        for (Span p : c.paragraphs()) {
          assertThat(p.overlaps(b.span())).as(where).isFalse();
        }
      }
      for (Span p : c.paragraphs()) {
        assertThat(p.end()).as(where).isLessThanOrEqualTo(c.original().length());
      }
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(ch -> sb.append(ch < 0x80 && ch >= 0x20 ? String.valueOf((char) ch) : String.format("\\u%04X", ch)));
    return sb.toString();
  }
}
