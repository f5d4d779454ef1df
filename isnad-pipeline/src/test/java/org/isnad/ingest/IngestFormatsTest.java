package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.ingest.Fixtures.PARAGRAPHS;
import static org.isnad.ingest.Fixtures.article;
import static org.isnad.ingest.Fixtures.articleFrom;
import static org.isnad.ingest.Fixtures.assertReadWhole;
import static org.isnad.ingest.Fixtures.good;
import static org.isnad.ingest.Fixtures.ingest;
import static org.isnad.ingest.Fixtures.rejectionOf;
import static org.isnad.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.isnad.model.MediaType;
import org.isnad.model.Published;
import org.isnad.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-article formats: RSS and Atom feeds, JSON and JSON lines. Each item gets a source with
 * a locator ({@code feed.xml#2}, {@code lines.jsonl:3}) so a rejection points at the exact item.
 */
class IngestFormatsTest {

  @TempDir Path dir;

  /** An RSS 2.0 feed: item 1 with full text in content:encoded, item 2 with a description only. */
  static String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>وكالة الأنباء التجريبية</title>
            <link>https://news.example.org/</link>
            <description>آخر الأخبار</description>
            <item>
              <title>قافلة مساعدات طبية تصل إلى غزة</title>
              <link>https://news.example.org/2025/12/aid</link>
              <pubDate>Sun, 14 Dec 2025 09:30:00 +0300</pubDate>
              <description>ملخص قصير للخبر</description>
              <content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded>
            </item>
            <item>
              <title>أمطار غزيرة في الشمال</title>
              <link>https://news.example.org/2025/12/rain</link>
              <pubDate>Mon, 15 Dec 2025 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;%s&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """.formatted(PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2));
  }

  @Test
  void rssItemsBecomeHtmlArticlesWithTheChannelAsOutlet() {
    Path feed = write(dir.resolve("feed.xml"), rss());

    IngestResult r = ingest(feed);

    assertThat(r.rejected()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    RawArticle first = articleFrom(r, feed + "#1");
    assertThat(first.type()).isEqualTo(MediaType.HTML);
    assertThat(first.content()).isEqualTo("<p>" + PARAGRAPHS.get(0) + "</p><p>" + PARAGRAPHS.get(1) + "</p>");
    assertThat(first.metadata().title()).isEqualTo("قافلة مساعدات طبية تصل إلى غزة");
    assertThat(first.metadata().url()).isEqualTo("https://news.example.org/2025/12/aid");
    assertThat(first.metadata().outlet()).isEqualTo("وكالة الأنباء التجريبية");
    assertThat(first.metadata().published().time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 14, 9, 30, 0, 0, ZoneOffset.ofHours(3)).toInstant());
    assertThat(first.metadata().published().dateOnly()).isFalse();

    RawArticle second = articleFrom(r, feed + "#2");
    assertThat(second.type()).isEqualTo(MediaType.HTML);
    assertThat(second.content()).isEqualTo("<p>" + PARAGRAPHS.get(2) + "</p>");
    assertThat(second.metadata().title()).isEqualTo("أمطار غزيرة في الشمال");
    assertThat(second.metadata().outlet()).isEqualTo("وكالة الأنباء التجريبية");
    assertThat(second.metadata().published().time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 15, 10, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void rssItemWithNeitherContentNorDescriptionIsRejectedAlone() {
    Path feed = write(dir.resolve("feed.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>صحيفة المساء</title><link>https://masa.example</link>
        <description>أخبار</description>
        <item><title>عنوان بلا نص</title><link>https://masa.example/1</link></item>
        <item><title>الخبز</title><description>%s</description></item>
        </channel></rss>
        """.formatted(PARAGRAPHS.get(6)));

    IngestResult r = ingest(feed);

    assertThat(rejectionOf(r, feed + "#1").reason()).contains("neither content nor description");
    assertThat(articleFrom(r, feed + "#2").content()).isEqualTo(PARAGRAPHS.get(6));
  }

  @Test
  void feedWithoutItemsIsRejected() {
    Path feed = write(dir.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>صحيفة</title>"
        + "<link>https://x.example</link><description>لا شيء</description></channel></rss>");
    Path ok = good(dir, "ok.txt", 3);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, feed).reason()).contains("feed has no items");
    assertReadWhole(r, ok, 3);
  }

  @Test
  void windows1256FeedIsDecodedByItsXmlDeclaration() {
    String xml = rss().replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\"");
    Path feed = write(dir.resolve("feed.xml"), xml.getBytes(Charset.forName("windows-1256")));

    IngestResult r = ingest(feed);

    assertThat(r.articles()).hasSize(2);
    RawArticle second = articleFrom(r, feed + "#2");
    assertThat(second.content()).isEqualTo("<p>" + PARAGRAPHS.get(2) + "</p>");
    assertThat(second.metadata().outlet()).isEqualTo("وكالة الأنباء التجريبية");
    assertThat(second.issues()).singleElement().asString().contains("windows-1256");
  }

  @Test
  void atomEntryBecomesAnArticle() {
    Path feed = write(dir.resolve("atom.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>مرصد الأخبار</title>
          <id>urn:uuid:5c0a3f52-8d7e-4c1b-9a6e-1f2b3c4d5e6f</id>
          <updated>2025-12-14T12:00:00Z</updated>
          <entry>
            <title>معرض الكتاب في بيروت</title>
            <link href="https://marsad.example/book-fair"/>
            <id>urn:uuid:0b7d2e41-3c5a-4f6e-8a9b-2c3d4e5f6a7b</id>
            <published>2025-12-13T18:45:00+02:00</published>
            <updated>2025-12-14T08:00:00+02:00</updated>
            <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
          </entry>
        </feed>
        """.formatted(PARAGRAPHS.get(4)));

    IngestResult r = ingest(feed);

    RawArticle a = articleFrom(r, feed + "#1");
    assertThat(r.articles()).hasSize(1);
    assertThat(a.type()).isEqualTo(MediaType.HTML);
    assertThat(a.content()).isEqualTo("<p>" + PARAGRAPHS.get(4) + "</p>");
    assertThat(a.metadata().title()).isEqualTo("معرض الكتاب في بيروت");
    assertThat(a.metadata().url()).isEqualTo("https://marsad.example/book-fair");
    assertThat(a.metadata().outlet()).isEqualTo("مرصد الأخبار");
    assertThat(a.metadata().published().time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 13, 18, 45, 0, 0, ZoneOffset.ofHours(2)).toInstant());
  }

  @Test
  void jsonLinesRejectEachBadLineByItsNumberAndKeepTheGoodOnes() {
    Path lines = write(dir.resolve("news.jsonl"),
        "{\"title\": \"ارتفاع أسعار الخبز\", \"text\": \"" + PARAGRAPHS.get(6) + "\", \"outlet\": \"صحيفة السوق\","
            + " \"url\": \"https://souq.example/bread\", \"published\": \"2025-12-14\"}\n"
            + "{\"title\": \"عنوان\", \"text\": \"نص لم يكتمل\n"
            + "{\"title\": \"خبر بلا نص\", \"outlet\": \"صحيفة السوق\"}\n");

    IngestResult r = ingest(lines);

    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(lines + ":1");
      assertThat(a.type()).isEqualTo(MediaType.TEXT);
      assertThat(a.content()).isEqualTo(PARAGRAPHS.get(6));
      assertThat(a.metadata().title()).isEqualTo("ارتفاع أسعار الخبز");
      assertThat(a.metadata().outlet()).isEqualTo("صحيفة السوق");
      assertThat(a.metadata().url()).isEqualTo("https://souq.example/bread");
      assertThat(a.metadata().published()).isEqualTo(Published.ofDate(java.time.LocalDate.of(2025, 12, 14)));
      assertThat(a.issues()).isEmpty();
    });
    assertThat(r.rejected()).hasSize(2);
    assertThat(rejectionOf(r, lines + ":2").reason()).startsWith("malformed JSON line");
    assertThat(rejectionOf(r, lines + ":3").reason()).contains("no \"text\" or \"html\" field");
  }

  @Test
  void jsonLinesReadTheFieldNamesExportsUseInstead() {
    Path lines = write(dir.resolve("export.jsonl"),
        "{\"headline\": \"ارتفاع أسعار الخبز\", \"body\": \"" + PARAGRAPHS.get(6) + "\","
            + " \"source\": \"صحيفة السوق\", \"link\": \"https://souq.example/bread\","
            + " \"published_at\": \"2025-12-14T07:15:00Z\"}\n"
            + "{\"content\": \"<p>" + PARAGRAPHS.get(3) + "</p>\", \"publisher\": {\"name\": \"وكالة المدينة\"}}\n");

    IngestResult r = ingest(lines);

    assertThat(r.rejected()).isEmpty();
    RawArticle first = articleFrom(r, lines + ":1");
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.content()).isEqualTo(PARAGRAPHS.get(6));
    assertThat(first.metadata().title()).isEqualTo("ارتفاع أسعار الخبز");
    assertThat(first.metadata().outlet()).isEqualTo("صحيفة السوق");
    assertThat(first.metadata().url()).isEqualTo("https://souq.example/bread");
    assertThat(first.metadata().published().iso()).isEqualTo("2025-12-14T07:15:00Z");
    RawArticle second = articleFrom(r, lines + ":2");
    assertThat(second.type()).isEqualTo(MediaType.HTML);
    assertThat(second.metadata().outlet()).isEqualTo("وكالة المدينة");
  }

  @Test
  void jsonArrayObjectsAreNumberedFromOne() {
    Path json = write(dir.resolve("news.json"), "[{\"text\": \"" + PARAGRAPHS.get(0) + "\","
        + " \"published\": \"2025-12-14T09:30:00+03:00\"},\n {\"html\": \"<p>" + PARAGRAPHS.get(3) + "</p>\","
        + " \"published\": \"2025-12-15T07:00:00Z\"}]\n");

    IngestResult r = ingest(json);

    assertThat(r.rejected()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::source).containsExactly(json + "#1", json + "#2");
    RawArticle first = articleFrom(r, json + "#1");
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.metadata().published().iso()).isEqualTo("2025-12-14T09:30:00+03:00");
    RawArticle second = articleFrom(r, json + "#2");
    assertThat(second.type()).isEqualTo(MediaType.HTML);
    assertThat(second.content()).isEqualTo("<p>" + PARAGRAPHS.get(3) + "</p>");
    assertThat(second.metadata().published().time())
        .isEqualTo(OffsetDateTime.of(2025, 12, 15, 7, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void unreadablePublishedValueIsAnIssueNotARejection() {
    Path json = write(dir.resolve("one.json"),
        "{\"text\": \"" + PARAGRAPHS.get(5) + "\", \"published\": \"أمس مساء\"}");

    IngestResult r = ingest(json);

    RawArticle a = articleFrom(r, json);
    assertThat(a.metadata().published()).isNull();
    assertThat(a.issues()).singleElement().asString().contains("published").contains("أمس مساء");
  }

  @Test
  void malformedJsonArrayIsRejectedWithItsLine() {
    Path json = write(dir.resolve("news.json"), "[\n{\"text\": \"" + PARAGRAPHS.get(0) + "\"},\n{\"text\": }\n]");
    Path ok = good(dir, "ok.txt", 2);

    IngestResult r = ingest(dir);

    assertThat(rejectionOf(r, json).reason()).startsWith("malformed JSON").contains("line 3");
    assertReadWhole(r, ok, 2);
  }

  @Test
  void prettyPrintedJsonObjectIsOneArticle() {
    Path json = write(dir.resolve("one.json"), "{\n  \"title\": \"معرض الكتاب\",\n  \"text\": \""
        + PARAGRAPHS.get(4) + "\"\n}\n");

    IngestResult r = ingest(json);

    assertThat(r.rejected()).isEmpty();
    assertThat(articleFrom(r, json).content()).isEqualTo(PARAGRAPHS.get(4));
  }

  @Test
  void secondObjectOnTheSameLineIsNotSilentlyDropped() {
    Path json = write(dir.resolve("two.json"),
        "{\"text\": \"" + PARAGRAPHS.get(0) + "\"} {\"text\": \"" + PARAGRAPHS.get(2) + "\"}");

    IngestResult r = ingest(json);

    boolean secondAccountedFor = r.articles().size() == 2 || !r.rejected().isEmpty()
        || r.articles().stream().anyMatch(a -> !a.issues().isEmpty());
    assertThat(secondAccountedFor).as("articles %s, rejected %s", r.articles(), r.rejected()).isTrue();
  }
}
