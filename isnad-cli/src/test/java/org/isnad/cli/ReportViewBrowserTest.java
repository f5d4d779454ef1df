package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.isnad.report.HtmlReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an Arabic-reading analyst sees of a small hand-made report in headless Chromium: the refused
 * inputs' reasons in Arabic with identical copies counted apart, a citation's sheet with its sentence,
 * outlet and date but no offsets, removed clutter leaving no blank lines, a timeline range in words with
 * one marker per article, and a place in Yemen drawn on land (the map's base is not only the eastern
 * Mediterranean). Skipped without Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportViewBrowserTest {

  static final String ORIGINAL = "غارة على صنعاء\n\nشارك على فيسبوك\n\n"
      + "قُتل ثلاثة مدنيين في قصف على سوق في صنعاء صباح السبت. وقال مسؤول محلي إن القصف استهدف سوقا شعبيا.\n\n"
      + "جميع الحقوق محفوظة";
  static final String CITED = "قُتل ثلاثة مدنيين";

  @TempDir static Path tmp;
  static Chromium browser;

  @BeforeAll
  static void open() throws Exception {
    Chromium.assumeInstalled();
    Path page = tmp.resolve("index.html");
    HtmlReport.write(report(), page);
    browser = Chromium.launch();
    browser.viewport(1366, 768, false);
    browser.open(page.toUri().toString());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** One article from an outlet with a date, two clutter blocks, a place in Yemen; three refused inputs. */
  static JsonNode report() {
    ObjectNode r = Cli.JSON.createObjectNode().put("schema_version", "1.13.0");
    ObjectNode a = r.putArray("articles").addObject().put("id", "a1").put("outlet", "عنب بلدي")
        .put("title", "غارة على صنعاء").put("published", "2026-03-14T10:05:00Z").put("original", ORIGINAL);
    ArrayNode removed = a.putArray("removed");
    removed.add(removed("شارك على فيسبوك", "share"));
    removed.add(removed("جميع الحقوق محفوظة", "copyright"));
    ObjectNode s = r.putArray("stories").addObject().put("id", "s1").put("title", "غارة على صنعاء")
        .put("independent_sources", 1);
    s.putArray("articles").add("a1");
    s.putArray("brief").addObject().put("text", "قُتل ثلاثة مدنيين في قصف على سوق في صنعاء.")
        .putArray("citations").add(citation(CITED));
    ObjectNode t = s.putArray("timeline").addObject().put("date", "2026-03-10").put("date_end", "2026-03-14")
        .put("text", "قصف على سوق في صنعاء");
    t.putArray("citations").add(citation(CITED)).add(citation("صنعاء")).add(citation("القصف"));
    s.putArray("events").addObject().put("id", "ev1").put("type", "airstrike").put("date", "2026-03-10")
        .put("date_end", "2026-03-14");
    ObjectNode fact = s.putArray("facts").addObject().put("event", "ev1").put("slot", "date").put("status", "single_source");
    fact.putArray("values").addObject().put("value", "2026-03-10/2026-03-14").putArray("spans").add(citation(CITED));
    ObjectNode sanaa = s.putArray("entities").addObject().put("id", "e1").put("type", "LOC").put("canonical", "صنعاء");
    sanaa.putObject("geo").put("lat", 15.35).put("lon", 44.21).put("precision", "exact").put("country", "YE");
    sanaa.putArray("mentions").add(citation("صنعاء"));
    ArrayNode rejected = r.putArray("rejected");
    rejected.addObject().put("source", "in/empty.txt").put("reason", "empty file (0 bytes)");
    rejected.addObject().put("source", "in/photo.txt").put("reason", "binary file, not text (it contains NUL bytes)");
    rejected.addObject().put("source", "in/copy.txt")
        .put("reason", "duplicate: identical content to in/first.txt (article a1234567890), which was analysed once");
    r.putArray("skipped");
    return r;
  }

  static ObjectNode removed(String text, String reason) {
    int at = ORIGINAL.indexOf(text);
    ObjectNode o = Cli.JSON.createObjectNode().put("reason", reason).put("text", text);
    o.putArray("span").add(at).add(at + text.length());
    return o;
  }

  static ObjectNode citation(String text) {
    int at = ORIGINAL.indexOf(text, ORIGINAL.indexOf("\n"));
    ObjectNode o = Cli.JSON.createObjectNode().put("article", "a1");
    o.putArray("span").add(at).add(at + text.length());
    return o;
  }

  @Test
  void refusedInputsReadInArabicAndCopiesAreNotCountedAsRefused() {
    String summary = browser.eval("document.getElementById('summary').textContent").asText();
    assertThat(summary).as("two inputs refused, one identical copy").contains("مرفوض: 2").contains("مكرر: 1");
    JsonNode refused = browser.eval("[...document.querySelectorAll('#footer details.rejected li')].map(li => li.textContent)");
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0).asText()).contains("in/empty.txt").contains("ملف فارغ");
    assertThat(refused.get(1).asText()).contains("in/photo.txt").contains("ملف ثنائي");
    for (JsonNode li : refused) {
      assertThat(li.asText().replaceAll("in/\\w+\\.txt", "")).as("reason in Arabic words").doesNotContainPattern("[A-Za-z]");
    }
    JsonNode copies = browser.eval("[...document.querySelectorAll('#footer details.duplicates li')].map(li => li.textContent)");
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).asText()).contains("in/copy.txt").contains("in/first.txt").contains("نسخة مطابقة")
        .doesNotContain("duplicate");
  }

  @Test
  void aCitationShowsItsSentenceOutletAndDateButNoOffsets() {
    browser.click(".brief button.cite");
    assertThat(browser.eval("document.getElementById('popover').hidden").asBoolean()).isFalse();
    String sheet = browser.eval("document.getElementById('popover').innerText").asText();
    assertThat(sheet).contains("عنب بلدي").contains("2026-03-14")
        .contains("قُتل ثلاثة مدنيين في قصف على سوق في صنعاء صباح السبت.")
        .doesNotContainPattern("\\d+\\s*,\\s*\\d+\\s*\\)").doesNotContain(String.valueOf(ORIGINAL.indexOf(CITED)));
    assertThat(browser.eval("document.querySelector('#popover mark.cited-text').textContent").asText()).isEqualTo(CITED);
    browser.eval("document.querySelector('#popover .close').click()");
  }

  @Test
  void hiddenClutterLeavesNoBlankLines() {
    String shown = browser.eval("document.querySelector('.source .text').innerText").asText();
    assertThat(shown).doesNotContain("فيسبوك").doesNotContain("الحقوق")
        .doesNotContainPattern("\\n[ \\t]*\\n[ \\t]*\\n").doesNotEndWith("\n").contains("غارة على صنعاء\n\nقُتل");
    browser.click(".toggle-removed");
    try {
      assertThat(browser.eval("document.querySelector('.source .text').innerText").asText())
          .contains("شارك على فيسبوك").contains("جميع الحقوق محفوظة");
    } finally {
      browser.click(".toggle-removed");
    }
  }

  @Test
  void aTimelineEntryReadsItsRangeInWordsWithOneMarkerPerArticle() {
    assertThat(browser.eval("document.querySelector('ol.timeline time').textContent.replace(/[\\u2066\\u2069]/g, '')").asText())
        .as("a range of dates in words: joined by a dash it reads last date first, right to left")
        .isEqualTo("من 2026-03-10 إلى 2026-03-14");
    assertThat(browser.eval("document.querySelectorAll('ol.timeline li button.cite').length").asInt())
        .as("three spans of one article, one marker").isEqualTo(1);
  }

  @Test
  void anIntervalOfDatesReadsInWordsInFactsAndEvents() {
    assertThat(browser.eval("document.querySelector('table.facts td[data-label=\"القيم\"] b').textContent"
        + ".replace(/[\\u2066\\u2069]/g, '')").asText()).isEqualTo("من 2026-03-10 إلى 2026-03-14");
    assertThat(browser.eval("document.querySelector('.card.event dd').textContent.replace(/[\\u2066\\u2069]/g, '')").asText())
        .startsWith("من 2026-03-10 إلى 2026-03-14");
  }

  @Test
  void aPlaceInYemenIsDrawnOnLand() {
    JsonNode onLand = browser.eval("(() => { const land = document.querySelector('section[data-section=map] path.land');"
        + " const dot = document.querySelector('section[data-section=map] circle.pt');"
        + " return !!land && !!dot && land.isPointInFill(new DOMPoint(+dot.getAttribute('cx'), +dot.getAttribute('cy'))); })()");
    assertThat(onLand.asBoolean()).as("Sanaa's point inside the drawn land").isTrue();
    assertThat(browser.eval("!!document.querySelector('section[data-section=map] path.border')").asBoolean())
        .as("borders between countries drawn").isTrue();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noConsoleErrors() throws IOException {
    browser.eval("document.getElementById('part-map').scrollIntoView()");
    browser.screenshot(HtmlReportBrowserTest.SHOTS.resolve("map-yemen.png"));
    assertThat(browser.errors()).isEmpty();
  }
}
