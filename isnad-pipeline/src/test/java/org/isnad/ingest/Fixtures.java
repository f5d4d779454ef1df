package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;

/**
 * Arabic article text written for these tests (no real article is copied), the helpers that put
 * it in files, and the lookups the ingest tests share.
 */
final class Fixtures {

  private Fixtures() {}

  /** Short news paragraphs; every pair of them makes a distinct article. */
  static final List<String> PARAGRAPHS = List.of(
      "أعلنت وزارة الصحة في غزة اليوم وصول قافلة مساعدات طبية جديدة إلى المستشفيات، وقال المتحدث باسم"
          + " الوزارة إن الوضع ما زال صعبا",
      "وأضاف المتحدث أن الطواقم الطبية تعمل على مدار الساعة لتقديم العلاج للجرحى والمرضى في ظروف قاسية",
      "قالت دائرة الأرصاد الجوية في عمان إن موجة من الأمطار الغزيرة ستضرب شمال البلاد خلال عطلة نهاية"
          + " الأسبوع",
      "وحذرت السلطات السائقين من السفر على الطرق الجبلية ودعت المواطنين إلى متابعة النشرات الرسمية",
      "افتتح وزير الثقافة في بيروت معرضا للكتاب يشارك فيه أكثر من مئة دار نشر عربية",
      "وأوضح المنظمون أن المعرض يستمر عشرة أيام ويتضمن ندوات وأمسيات شعرية للأطفال والشباب",
      "ارتفعت أسعار الخبز في الأسواق المحلية بعد قرار الحكومة رفع الدعم عن الطحين",
      "وطالب نواب في البرلمان بخطة عاجلة لحماية الأسر الفقيرة من آثار الغلاء");

  /** Article {@code n} (0 to 7): two lines of prose, ending with an Arabic letter. */
  static String article(int n) {
    return PARAGRAPHS.get(n % PARAGRAPHS.size()) + "\n" + PARAGRAPHS.get((n + 1) % PARAGRAPHS.size());
  }

  /** Writes article {@code n} as UTF-8 to {@code dir/name}. */
  static Path good(Path dir, String name, int n) {
    return write(dir.resolve(name), article(n).getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String utf8) {
    return write(file, utf8.getBytes(StandardCharsets.UTF_8));
  }

  static IngestResult ingest(Path... paths) {
    return Ingester.create(IngestConfig.DEFAULTS).ingest(List.of(paths));
  }

  /** The one article read from {@code source}; fails listing what was read instead. */
  static RawArticle articleFrom(IngestResult r, Path source) {
    return articleFrom(r, source.toString());
  }

  static RawArticle articleFrom(IngestResult r, String source) {
    List<RawArticle> found = r.articles().stream().filter(a -> a.source().equals(source)).toList();
    assertThat(found).as("articles read from %s; rejected: %s", source, r.rejected()).hasSize(1);
    return found.get(0);
  }

  /** The one rejection of {@code source}; fails listing what was rejected instead. */
  static Rejection rejectionOf(IngestResult r, Path source) {
    return rejectionOf(r, source.toString());
  }

  static Rejection rejectionOf(IngestResult r, String source) {
    List<Rejection> found = r.rejected().stream().filter(j -> j.source().equals(source)).toList();
    assertThat(found).as("rejections of %s; all rejections: %s", source, r.rejected()).hasSize(1);
    return found.get(0);
  }

  /** The good file of a batch was read whole, as plain UTF-8 text with no issue. */
  static void assertReadWhole(IngestResult r, Path goodFile, int n) {
    RawArticle a = articleFrom(r, goodFile);
    assertThat(a.content()).isEqualTo(article(n));
    assertThat(a.issues()).isEmpty();
  }
}
