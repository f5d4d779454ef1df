package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.cli.Cli.BOOKS;
import static org.isnad.cli.Cli.RAIN;
import static org.isnad.cli.Cli.readReport;
import static org.isnad.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.cli.Cli.Run;
import org.isnad.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report written by {@code isnad analyze} against its bundled JSON Schema, and against the
 * offset contract the schema can only describe: every span names characters of the article's
 * {@code original}, and every removed block's {@code text} is exactly those characters.
 */
class ReportSchemaTest {

  private static JsonSchema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSchema() {
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReportWriter.schema());
  }

  @Test
  void seedReportFollowsTheSchemaAndTheSpanContract() throws IOException {
    Path seeds = Cli.seeds();
    Path out = tmp.resolve("out");

    Run r = run("analyze", "--quiet", seeds.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
    JsonNode report = readReport(out);
    assertValid(report);
    assertSpansPointIntoTheOriginal(report);
    assertThat(removedBlocks(report)).as("the seeds have clutter to remove").isPositive();
  }

  @Test
  void mixedInputReportFollowsTheSchemaAndTheSpanContract() throws IOException {
    Path in = mixedInputs(Files.createDirectory(tmp.resolve("in")));
    Path out = tmp.resolve("out");

    Run r = run("analyze", "--quiet", in.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.SOME_REJECTED);
    JsonNode report = readReport(out);
    assertValid(report);
    assertSpansPointIntoTheOriginal(report);
    assertThat(report.get("articles")).hasSize(6);
    assertThat(report.get("rejected")).singleElement()
        .satisfies(j -> assertThat(j.get("source").asText()).isEqualTo(in.resolve("empty.txt").toString()));
    assertThat(report.get("skipped")).singleElement()
        .satisfies(j -> assertThat(j.get("source").asText()).isEqualTo(in.resolve("README.md").toString()));
    assertThat(removedBlocks(report)).as("the page's share line and copyright are removed").isPositive();
  }

  @Test
  void validatorRejectsAReportThatBreaksTheSchema() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(in.resolve("rain.txt"), RAIN);
    Path out = tmp.resolve("out");
    assertThat(run("analyze", "--quiet", in.toString(), "--out", out.toString()).code()).isEqualTo(Main.OK);
    ObjectNode report = (ObjectNode) readReport(out);
    assertValid(report);

    ((ObjectNode) report.get("articles").get(0)).put("id", "not-an-id");
    report.remove("stories");

    assertThat(schema.validate(report)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("stories"))
        .anySatisfy(m -> assertThat(m).contains("id"));
  }

  private static void assertValid(JsonNode report) {
    Set<ValidationMessage> errors = schema.validate(report);
    assertThat(errors).as("schema violations").isEmpty();
    assertThat(report.get("schema_version").asText()).isEqualTo(ReportWriter.SCHEMA_VERSION);
  }

  private static void assertSpansPointIntoTheOriginal(JsonNode report) {
    assertThat(report.get("articles")).isNotEmpty().allSatisfy(a -> {
      String original = a.get("original").asText();
      String where = a.get("source").asText();
      List<String> paragraphs = new ArrayList<>();
      for (JsonNode p : a.get("paragraphs")) {
        paragraphs.add(inside(original, p, where + " paragraph"));
      }
      assertThat(a.get("text").asText()).as(where + " text").isEqualTo(String.join("\n", paragraphs));
      for (JsonNode removed : a.get("removed")) {
        assertThat(removed.get("text").asText()).as(where + " removed " + removed)
            .isEqualTo(inside(original, removed.get("span"), where + " removed"));
      }
      if (!a.get("title_span").isNull()) {
        inside(original, a.get("title_span"), where + " title");
      }
      JsonNode dateline = a.get("dateline");
      if (dateline != null && !dateline.isNull()) {
        assertThat(inside(original, dateline.get("place_span"), where + " dateline place"))
            .isEqualTo(dateline.get("place").asText());
        inside(original, dateline.get("span"), where + " dateline");
      }
    });
  }

  /** The characters {@code span} names, after checking it lies inside the original. */
  private static String inside(String original, JsonNode span, String what) {
    int start = span.get(0).asInt();
    int end = span.get(1).asInt();
    assertThat(start).as(what + " " + span).isBetween(0, end);
    assertThat(end).as(what + " " + span + " in an original of " + original.length()).isLessThanOrEqualTo(
        original.length());
    return original.substring(start, end);
  }

  private static int removedBlocks(JsonNode report) {
    int n = 0;
    for (JsonNode a : report.get("articles")) {
      n += a.get("removed").size();
    }
    return n;
  }

  /** Plain text, an HTML page with clutter, JSON lines, an RSS feed, an empty file and a note. */
  private static Path mixedInputs(Path in) throws IOException {
    Files.writeString(in.resolve("rain.txt"), RAIN);
    Files.writeString(in.resolve("books.html"), """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>معرض الكتاب | صحيفة المساء</title></head>
        <body>
        <nav><a href="/">الرئيسية</a> <a href="/culture">ثقافة</a></nav>
        <article>
        <h1>%s</h1>
        %s
        <p>شارك عبر فيسبوك تويتر واتساب</p>
        </article>
        <footer><p>جميع الحقوق محفوظة © 2025 صحيفة المساء</p></footer>
        </body></html>
        """.formatted(BOOKS.lines().findFirst().orElseThrow(),
            BOOKS.lines().skip(1).map(l -> "<p>" + l + "</p>").reduce("", (x, y) -> x + y + "\n")));
    Files.writeString(in.resolve("wire.jsonl"), """
        {"title": "ارتفاع أسعار الخبز", "outlet": "صحيفة السوق", "published": "2025-12-14T09:30:00+03:00", \
        "text": "ارتفعت أسعار الخبز في الأسواق المحلية بعد قرار الحكومة رفع الدعم عن الطحين.\\nوطالب نواب في \
        البرلمان بخطة عاجلة لحماية الأسر الفقيرة من آثار الغلاء."}
        {"title": "افتتاح جسر جديد", "url": "https://souq.example/bridge", "published": "2025-12-15", \
        "html": "<p>افتتحت البلدية جسرا جديدا فوق النهر يربط الحيين الشرقي والغربي.</p>"}
        """);
    Files.writeString(in.resolve("feed.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>وكالة الأنباء التجريبية</title><link>https://news.example.org/</link>
            <description>آخر الأخبار</description>
            <item>
              <title>قافلة مساعدات طبية تصل إلى غزة</title><link>https://news.example.org/aid</link>
              <pubDate>Sun, 14 Dec 2025 09:30:00 +0300</pubDate>
              <content:encoded><![CDATA[<p>أعلنت وزارة الصحة وصول قافلة مساعدات طبية جديدة إلى المستشفيات.</p>
              <p>وقال المتحدث باسم الوزارة إن الطواقم تعمل على مدار الساعة.</p>]]></content:encoded>
            </item>
            <item>
              <title>تمديد العام الدراسي</title><link>https://news.example.org/school</link>
              <pubDate>Mon, 15 Dec 2025 10:00:00 GMT</pubDate>
              <description>قررت وزارة التربية تمديد العام الدراسي أسبوعين لتعويض أيام الإغلاق.</description>
            </item>
          </channel>
        </rss>
        """);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("README.md"), "ملفات الاختبار\n");
    return in;
  }
}
