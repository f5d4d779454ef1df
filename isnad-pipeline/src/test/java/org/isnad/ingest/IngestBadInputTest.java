package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.ingest.Fixtures.article;
import static org.isnad.ingest.Fixtures.articleFrom;
import static org.isnad.ingest.Fixtures.assertReadWhole;
import static org.isnad.ingest.Fixtures.good;
import static org.isnad.ingest.Fixtures.ingest;
import static org.isnad.ingest.Fixtures.rejectionOf;
import static org.isnad.ingest.Fixtures.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.isnad.clean.CleanConfig;
import org.isnad.clean.Cleaner;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and awkward input files, one case per test. Every case is read in a batch with a good file
 * beside it: the bad file must get one reason that names it and says what is wrong, and the good
 * file must still be read whole.
 */
class IngestBadInputTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  @TempDir Path dir;

  @Test
  void emptyFileIsRejectedAsEmpty() {
    Path empty = write(dir.resolve("empty.txt"), new byte[0]);
    Path ok = good(dir, "ok.txt", 0);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, empty).reason()).contains("empty").contains("0 bytes");
    assertReadWhole(r, ok, 0);
    assertThat(r.files()).isEqualTo(2);
  }

  @Test
  void whiteSpaceOnlyFileIsRejectedAsEmpty() {
    Path blank = write(dir.resolve("blank.txt"), "  \n\t\r\n   \n\u2003\n");
    Path ok = good(dir, "ok.txt", 1);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, blank).reason()).contains("empty").contains("white space");
    assertReadWhole(r, ok, 1);
  }

  @Test
  void noBreakSpaceOnlyFileIsRejectedAsEmpty() {
    Path blank = write(dir.resolve("nbsp.txt"), "\u00A0\u00A0\n \u00A0\n");
    Path ok = good(dir, "ok.txt", 1);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, blank).reason()).contains("empty");
    assertReadWhole(r, ok, 1);
  }

  @Test
  void pngImageIsRejectedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
        0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0, 0x1F, (byte) 0xF3, (byte) 0xFF, 0x61};
    Path image = write(dir.resolve("photo.txt"), png);
    Path ok = good(dir, "ok.txt", 2);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, image).reason()).contains("binary").contains("NUL");
    assertReadWhole(r, ok, 2);
  }

  @Test
  void windows1256TextIsDetectedAndConverted() {
    Path legacy = write(dir.resolve("legacy.txt"), article(0).getBytes(WINDOWS_1256));
    Path ok = good(dir, "ok.txt", 3);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, legacy);
    assertThat(a.content()).isEqualTo(article(0));
    assertThat(a.issues()).singleElement().asString()
        .contains("encoding converted from windows-1256").contains("detected");
    assertReadWhole(r, ok, 3);
  }

  @Test
  void iso88596TextIsDetectedAndConverted() {
    // The Arabic comma and the letters from ta to yeh sit at different bytes in windows-1256, so
    // only the right guess gives back the text.
    String text = article(0) + "، " + article(2);
    Path legacy = write(dir.resolve("legacy.txt"), text.getBytes(ISO_8859_6));
    Path ok = good(dir, "ok.txt", 4);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, legacy);
    assertThat(a.content()).isEqualTo(text);
    assertThat(a.issues()).singleElement().asString().contains("encoding converted from iso-8859-6");
    assertReadWhole(r, ok, 4);
  }

  @Test
  void htmlDeclaringWindows1256IsDecodedByItsDeclaration() {
    String page = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>\n<meta charset=\"windows-1256\">\n"
        + "<title>معرض الكتاب</title></head><body>\n<p>" + Fixtures.PARAGRAPHS.get(4) + "</p>\n<p>"
        + Fixtures.PARAGRAPHS.get(5) + "</p>\n</body></html>\n";
    Path html = write(dir.resolve("page.html"), page.getBytes(WINDOWS_1256));
    Path ok = good(dir, "ok.txt", 0);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, html);
    assertThat(a.type()).isEqualTo(MediaType.HTML);
    assertThat(a.content()).isEqualTo(page);
    assertThat(a.issues()).singleElement().asString()
        .contains("encoding converted from windows-1256").contains("declared");
    assertReadWhole(r, ok, 0);
  }

  @Test
  void htmlDeclaringAnIllegalCharsetNameFallsBackToDetection() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=_autodetect_all\">"
        + "</head><body><p>" + article(6) + "</p></body></html>";
    Path html = write(dir.resolve("page.html"), page.getBytes(WINDOWS_1256));
    Path ok = good(dir, "ok.txt", 0);

    IngestResult r = ingest(dir);

    assertThat(articleFrom(r, html).content()).isEqualTo(page);
    assertReadWhole(r, ok, 0);
  }

  @Test
  void utf8CutInsideItsLastCharacterDropsThatCharacterWithAnIssue() {
    byte[] utf8 = article(2).getBytes(StandardCharsets.UTF_8);
    // the text ends with an Arabic letter: two bytes, of which the cut keeps the first
    Path cut = write(dir.resolve("cut.txt"), Arrays.copyOf(utf8, utf8.length - 1));
    Path ok = good(dir, "ok.txt", 5);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, cut);
    assertThat(a.content()).isEqualTo(article(2).substring(0, article(2).length() - 1));
    assertThat(a.issues()).singleElement().asString().contains("truncated").contains("1 byte");
    assertReadWhole(r, ok, 5);
  }

  @Test
  void invalidUtf8InTheMiddleOfLatinTextIsConvertedOrRejectedWithAReason() {
    byte[] head = "Reuters reported on Sunday that the talks in Cairo had resumed after a pause.\nThe "
        .getBytes(StandardCharsets.US_ASCII);
    byte[] bad = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '('};
    byte[] tail = " delegations met again and said more meetings would follow next week.\n"
        .getBytes(StandardCharsets.US_ASCII);
    Path mixed = write(dir.resolve("mixed.txt"), concat(head, bad, tail));
    Path ok = good(dir, "ok.txt", 6);

    IngestResult r = ingest(dir);

    List<RawArticle> read = r.articles().stream().filter(a -> a.source().equals(mixed.toString())).toList();
    if (read.isEmpty()) {
      assertThat(rejectionOf(r, mixed).reason()).contains("encoding").contains("UTF-8");
    } else {
      RawArticle a = read.get(0);
      assertThat(a.content()).startsWith("Reuters reported on Sunday").endsWith("would follow next week.\n");
      assertThat(a.issues()).anySatisfy(i -> assertThat(i).contains("encoding converted from"));
    }
    assertReadWhole(r, ok, 6);
  }

  @Test
  void pageOverTheArticleLimitIsRejectedNamingItsSizeAndTheLimit() throws IOException {
    Path big = dir.resolve("big.html");
    String paragraph = "<p>" + article(3).replace('\n', ' ') + "</p>\n";
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("<!DOCTYPE html><html><body>\n");
      while (Files.size(big) < 50L << 20) {
        for (int i = 0; i < 10_000; i++) {
          w.write(paragraph);
        }
        w.flush();
      }
      w.write("</body></html>\n");
    }
    Path ok = good(dir, "ok.txt", 7);

    IngestResult r = Ingester.create(new IngestConfig(256L << 20, 16 << 20)).ingest(List.of(dir));

    assertThat(rejectionOf(r, big).reason())
        .containsPattern("article is \\d+\\.\\d million characters")
        .contains("over the limit of 16.8 million characters");
    assertReadWhole(r, ok, 7);
  }

  @Test
  void fileOverTheFileLimitIsRejectedBeforeItIsRead() {
    Path large = write(dir.resolve("large.txt"), (article(0) + "\n").repeat(6));
    Path ok = good(dir, "ok.txt", 1);

    IngestResult r = Ingester.create(new IngestConfig(1000, 500)).ingest(List.of(dir));

    assertThat(rejectionOf(r, large).reason()).contains("over the limit").contains("for one input file");
    assertReadWhole(r, ok, 1);
  }

  @Test
  void smallLimitsAreReportedInUnitsThatTellSizeAndLimitApart() {
    Path large = write(dir.resolve("large.txt"), "x".repeat(2004));

    IngestResult r = Ingester.create(new IngestConfig(1000, 500)).ingest(List.of(large));

    assertThat(rejectionOf(r, large).reason()).doesNotContain("0.0 MB");
  }

  @Test
  void malformedHtmlIsAcceptedAndItsProseSurvivesCleaning() {
    String page = "<html><body><div class=\"main\"><p>" + Fixtures.PARAGRAPHS.get(2)
        + "</div></div><table><p>" + Fixtures.PARAGRAPHS.get(3) + "<tr><td><b><i>تحديث</b></i>"
        + "<p>" + Fixtures.PARAGRAPHS.get(4) + "<span>";
    Path html = write(dir.resolve("broken.html"), page);
    Path ok = good(dir, "ok.txt", 5);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, html);
    assertThat(a.type()).isEqualTo(MediaType.HTML);
    assertThat(a.content()).isEqualTo(page);
    CleanArticle c = Cleaner.create(CleanConfig.arabic()).clean(a);
    assertThat(c.original()).contains(Fixtures.PARAGRAPHS.get(2), Fixtures.PARAGRAPHS.get(3),
        Fixtures.PARAGRAPHS.get(4));
    assertReadWhole(r, ok, 5);
  }

  @Test
  void feedCutInsideAnItemIsRejectedWhileAGoodFeedBesideItGivesItsItems() {
    Path cut = write(dir.resolve("a-cut.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
        + "<channel><title>وكالة الأخبار</title><item><title>عنوان</title><description>"
        + Fixtures.PARAGRAPHS.get(0));
    Path feed = write(dir.resolve("b-good.xml"), IngestFormatsTest.rss());

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, cut).reason()).contains("feed");
    assertThat(r.articles()).extracting(RawArticle::source)
        .containsExactly(feed + "#1", feed + "#2");
  }

  @Test
  void xmlThatIsNotAFeedIsRejectedAsNotAFeed() {
    Path catalog = write(dir.resolve("catalog.xml"), "<?xml version=\"1.0\"?>\n<catalog><book id=\"7\">"
        + "<title>ديوان الشعر</title><price>12</price></book></catalog>\n");
    Path ok = good(dir, "ok.txt", 6);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, catalog).reason()).contains("not a readable RSS or Atom feed");
    assertReadWhole(r, ok, 6);
  }

  @Test
  void theSameArticleIsReadOnceAndItsCopiesAreRejectedAsDuplicatesOfTheFirst() {
    Path first = good(dir, "a.txt", 0);
    Path copy = good(dir, "b.txt", 0);
    Path resaved = write(dir.resolve("c.txt"), "\n  " + article(0).replace(" ", "  ").replace("\n", "\r\n\r\n")
        + "\n\n");
    Path other = good(dir, "d.txt", 1);

    IngestResult r = ingest(dir);

    assertReadWhole(r, first, 0);
    assertReadWhole(r, other, 1);
    assertThat(r.articles()).hasSize(2);
    for (Path dup : List.of(copy, resaved)) {
      assertThat(rejectionOf(r, dup).reason()).startsWith("duplicate").contains(first.toString())
          .contains(articleFrom(r, first).id());
    }
  }

  @Test
  void folderWalkSkipsOtherTypesAndIgnoresHiddenFiles() {
    Path notes = write(dir.resolve("NOTES.md"), "# ملاحظات\nقائمة المصادر\n");
    write(dir.resolve(".hidden.txt"), article(2));
    write(dir.resolve(".cache").resolve("copy.txt"), article(3));
    Path ok = good(dir, "ok.txt", 4);

    IngestResult r = ingest(dir);

    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.source()).isEqualTo(notes.toString());
      assertThat(s.reason()).contains("unsupported file type").contains(".txt");
    });
    assertThat(r.rejected()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    assertReadWhole(r, ok, 4);
    assertThat(r.files()).isEqualTo(1);
  }

  @Test
  void namedFileOfAnUnsupportedTypeIsRejected() {
    Path notes = write(dir.resolve("NOTES.md"), "# ملاحظات\n");
    Path ok = good(dir, "ok.txt", 5);

    IngestResult r = ingest(notes, ok);

    assertThat(rejectionOf(r, notes).reason()).contains("unsupported file type");
    assertThat(r.skipped()).isEmpty();
    assertReadWhole(r, ok, 5);
  }

  @Test
  void namedFileThatDoesNotExistIsRejected() {
    Path missing = dir.resolve("missing.txt");
    Path ok = good(dir, "ok.txt", 6);

    IngestResult r = ingest(missing, ok);

    assertThat(rejectionOf(r, missing).reason()).contains("no such file");
    assertReadWhole(r, ok, 6);
  }

  @Test
  void namedFolderThatDoesNotExistIsRejectedAsMissing() {
    Path missing = dir.resolve("articles-2025");
    Path ok = good(dir, "ok.txt", 6);

    IngestResult r = ingest(missing, ok);

    assertThat(rejectionOf(r, missing).reason()).contains("no such file");
    assertReadWhole(r, ok, 6);
  }

  @Test
  void txtFileHoldingAnHtmlPageIsReadAsHtmlWithAnIssue() {
    String page = "<!DOCTYPE html>\n<html><head><title>الأمطار</title></head><body><p>" + article(2)
        + "</p></body></html>\n";
    Path saved = write(dir.resolve("saved.txt"), page);
    Path ok = good(dir, "ok.txt", 7);

    IngestResult r = ingest(dir);

    RawArticle a = articleFrom(r, saved);
    assertThat(a.type()).isEqualTo(MediaType.HTML);
    assertThat(a.content()).isEqualTo(page);
    assertThat(a.issues()).singleElement().asString().contains("HTML");
    assertReadWhole(r, ok, 7);
    assertThat(articleFrom(r, ok).type()).isEqualTo(MediaType.TEXT);
  }

  @Test
  void everyRejectionNamesItsFileAndAReason() {
    write(dir.resolve("empty.txt"), new byte[0]);
    write(dir.resolve("zeros.html"), new byte[64]);
    write(dir.resolve("list.jsonl"), "{\"title\": \"بلا نص\"}\n");
    good(dir, "ok.txt", 0);

    IngestResult r = ingest(dir);

    assertThat(r.rejected()).hasSize(3).allSatisfy((Rejection j) -> {
      assertThat(j.source()).startsWith(dir.toString());
      assertThat(j.reason()).isNotBlank().doesNotContain("Exception").doesNotContain("null");
    });
    assertThat(r.articles()).hasSize(1);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
