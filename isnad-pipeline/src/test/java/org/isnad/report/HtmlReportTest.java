package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's shell: escaping of the data island and title, what it embeds, the atomic write. */
class HtmlReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** A report with one story and one article whose text tries to close the script element. */
  private static ObjectNode report(String articleText, String title) {
    ObjectNode r = JSON.createObjectNode().put("schema_version", "1.3.0");
    ObjectNode a = r.putArray("articles").addObject().put("id", "a1").put("original", articleText)
        .put("text", "cleaned text not embedded").put("outlet", "وكالة");
    a.putArray("removed");
    ObjectNode s = r.putArray("stories").addObject().put("id", "s1").put("title", title);
    s.putArray("articles").add("a1");
    r.putArray("rejected");
    r.putArray("skipped");
    return r;
  }

  @Test
  void pageIsRightToLeftArabicAndSelfContained() {
    String html = HtmlReport.render(report("نص", "عنوان القصة"));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("<meta charset=\"utf-8\">").contains("name=\"viewport\"")
        .contains("<title>إسناد: عنوان القصة</title>")
        .doesNotContain("{{").doesNotContainPattern("(src|href|action)\\s*=\\s*[\"']?(https?:)?//")
        .doesNotContain("@import").doesNotContainPattern("url\\(\\s*[\"']?(https?:)?//").doesNotContain("fetch(")
        .doesNotContain("<link rel=\"stylesheet\"").doesNotContain("<script src");
  }

  @Test
  void articleTextCannotCloseTheDataIsland() throws IOException {
    String evil = "قال </script><script>alert(1)</script> & <!-- \u2028 انتهى";
    String html = HtmlReport.render(report(evil, "<b>عنوان</b>"));

    String island = html.substring(html.indexOf("id=\"isnad-data\">") + 16, html.indexOf("</script>",
        html.indexOf("id=\"isnad-data\">")));
    assertThat(island).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
    JsonNode back = JSON.readTree(island);
    assertThat(back.at("/articles/0/original").asText()).isEqualTo(evil);
    assertThat(html).contains("<title>إسناد: &lt;b&gt;عنوان&lt;/b&gt;</title>");
  }

  @Test
  void dataIslandLeavesOutTheCleanedTextOnly() throws IOException {
    JsonNode back = JSON.readTree(HtmlReport.dataIsland(report("الأصل", "ع")));

    assertThat(back.at("/articles/0").has("text")).isFalse();
    assertThat(back.at("/articles/0/original").asText()).isEqualTo("الأصل");
    assertThat(back.at("/stories/0/title").asText()).isEqualTo("ع");
  }

  @Test
  void reportWithoutStoriesStillRenders() {
    ObjectNode empty = JSON.createObjectNode();
    empty.putArray("articles");
    empty.putArray("stories");

    assertThat(HtmlReport.render(empty)).contains("<title>إسناد: تقرير</title>");
  }

  @Test
  void templateValuesAreNotScannedForMarkers() {
    assertThat(HtmlReport.fill("<p>{{a}}|{{b}}</p>", Map.of("a", "{{b}}", "b", "x"))).isEqualTo("<p>{{b}}|x</p>");
    assertThatThrownBy(() -> HtmlReport.fill("{{missing}}", Map.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writeReplacesThePageAtomicallyAndLeavesNoTemporaryFile() throws IOException {
    Path page = tmp.resolve("out").resolve("index.html");
    HtmlReport.write(report("أولى", "الأولى"), page);
    HtmlReport.write(report("ثانية", "الثانية"), page);

    assertThat(Files.readString(page)).contains("الثانية").doesNotContain("الأولى");
    try (var files = Files.list(page.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.html");
    }
  }

  @Test
  void writeFromReportFileGivesTheSamePage() throws IOException {
    ObjectNode r = report("نص", "قصة");
    Path json = Files.writeString(tmp.resolve("report.json"), r.toString());
    Path page = tmp.resolve("index.html");

    HtmlReport.write(json, page);

    assertThat(Files.readString(page)).isEqualTo(HtmlReport.render(r));
  }
}
