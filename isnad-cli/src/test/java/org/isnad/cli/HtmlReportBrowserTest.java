package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.cli.Cli.Run;
import org.isnad.report.HtmlReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page {@code isnad analyze} writes beside {@code report.json}, opened in headless Chromium: the
 * DOM its script builds from the report, a citation clicked with the mouse, the removed-clutter
 * toggle, the phone layout, no console errors, and screenshots in {@code target/html-report/}.
 *
 * <p>Runs on the bundled example corpus, so it needs nothing outside the repository but Chromium;
 * skipped, with a message, where {@code /usr/bin/chromium} is absent. {@code -Disnad.html.report=FILE}
 * renders that {@code report.json} instead (to look at another report's page).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlReportBrowserTest {

  static final Path SHOTS = Path.of("target", "html-report");

  @TempDir static Path tmp;
  static JsonNode report;
  static Path page;
  static Chromium browser;

  @BeforeAll
  static void analyzeAndOpen() throws Exception {
    Chromium.assumeInstalled();
    Path out = tmp.resolve("out");
    String other = System.getProperty("isnad.html.report");
    if (other != null) {
      HtmlReport.write(Path.of(other), out.resolve("index.html"));
      report = Cli.JSON.readTree(Path.of(other).toFile());
    } else {
      Run r = Cli.run("analyze", Path.of("..", "examples", "corpus").toString(), "--out", out.toString(), "--quiet");
      assertThat(r.code()).as(r.toString()).isIn(Main.OK, Main.SOME_REJECTED);
      report = Cli.readReport(out);
    }
    page = out.resolve("index.html");
    assertThat(page).isRegularFile();
    assertThat(report.path("stories").size()).as("the example corpus forms a story").isPositive();
    browser = Chromium.launch();
    browser.viewport(1280, 900, false);
    browser.open(page.toUri().toString());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void pageIsRightToLeftArabicWithTheFirstStory() {
    assertThat(browser.eval("document.documentElement.dir").asText()).isEqualTo("rtl");
    assertThat(browser.eval("document.documentElement.lang").asText()).isEqualTo("ar");
    JsonNode story = report.path("stories").get(0);
    assertThat(browser.eval("document.getElementById('story-title').textContent").asText())
        .isEqualTo(story.path("title").asText());
    assertThat(browser.eval("document.querySelectorAll('.source').length").asInt())
        .isEqualTo(story.path("articles").size());
  }

  @Test
  void storySectionsArePresent() {
    JsonNode story = report.path("stories").get(0);
    for (String part : new String[] {"entities", "quotes", "events", "sources"}) {
      assertThat(browser.eval("!!document.querySelector('section[data-section=" + part + "]')").asBoolean())
          .as("section " + part).isTrue();
    }
    assertThat(browser.eval("document.querySelectorAll('[data-entity]').length").asInt())
        .isEqualTo(story.path("entities").size());
    assertThat(browser.eval("document.querySelectorAll('[data-event]').length").asInt())
        .isEqualTo(story.path("events").size());
    assertThat(browser.eval("document.querySelectorAll('[data-quote]').length").asInt()).isPositive();
    for (String part : new String[] {"brief", "facts", "timeline"}) {
      boolean inReport = story.path(part).size() > 0;
      assertThat(browser.eval("!!document.querySelector('section[data-section=" + part + "]')").asBoolean())
          .as("section " + part + " shown exactly when the report has it").isEqualTo(inReport);
    }
    if (story.path("facts").size() > 0) {
      long disputed = 0;
      for (JsonNode f : story.path("facts")) {
        disputed += "disputed".equals(f.path("status").asText()) ? 1 : 0;
      }
      assertThat(browser.eval("document.querySelectorAll('table.facts tr.disputed').length").asLong())
          .isEqualTo(disputed);
    }
  }

  @Test
  void factValuesAreShownAsText() {
    JsonNode facts = report.path("stories").get(0).path("facts");
    JsonNode shown = browser.eval("[...document.querySelectorAll('table.facts tbody tr')].map(r =>"
        + " [...r.querySelectorAll('td[data-label=\"القيم\"] > span.value > b')]"
        + ".map(b => b.textContent.replace(/[\\u2066\\u2069]/g, '')))");
    assertThat(shown.size()).isEqualTo(facts.size());
    JsonNode best = browser.eval("[...document.querySelectorAll('table.facts tbody tr')].map(r => !!r.querySelector('.best'))");
    for (int i = 0; i < facts.size(); i++) {
      assertThat(best.get(i).asBoolean()).as("fact %d shows a best estimate only when it has a choice of values", i)
          .isEqualTo(facts.get(i).path("values").size() > 1 && !facts.get(i).path("best").isNull()
              && !facts.get(i).path("best").isMissingNode());
    }
    for (int i = 0; i < facts.size(); i++) {
      JsonNode values = facts.get(i).path("values");
      assertThat(shown.get(i).size()).isEqualTo(values.size());
      for (int j = 0; j < values.size(); j++) {
        JsonNode v = values.get(j);
        String expected = (v.path("floor").asBoolean() ? "أكثر من " : "") + inWords(v.path("value").asText());
        assertThat(shown.get(i).get(j).asText()).as("fact %d value %d", i, j).isEqualTo(expected);
      }
    }
    for (int i = 0; i < facts.size(); i++) {
      JsonNode f = facts.get(i);
      if (f.path("low").isInt() && f.path("high").isInt() && f.path("low").asInt() != f.path("high").asInt()) {
        // In words: digits joined by a dash ("5–6") are laid out right to left, as "6–5".
        assertThat(browser.eval("document.querySelectorAll('table.facts tbody tr')[" + i + "]"
            + ".querySelector('td[data-label=\"القيم\"] > div.muted').textContent").asText())
            .as("range of fact %d", i).contains("بين " + f.path("low").asInt() + " و" + f.path("high").asInt());
      }
    }
    assertThat(browser.eval("document.body.innerText").asText())
        .doesNotContain("[object").doesNotContain("undefined").doesNotContain("NaN");
    assertThat(browser.eval("[...document.querySelectorAll('table.facts span.muted')]"
        + ".filter(s => /\\b(armed|civilian)\\b/.test(s.textContent)).length").asInt())
        .as("the victims' kinds in Arabic words, not the report's codes").isZero();
  }

  @Test
  void pageShowsNoNullPlaceholder() {
    assertThat(browser.eval("document.getElementById('footer').textContent").asText())
        .as("the footer of a report with no rejected input").doesNotContain("null");
    assertThat(browser.eval("document.body.innerText").asText()).doesNotContain("null");
  }

  @Test
  void eventTypesAndCountriesReadInArabic() {
    // The ACLED classification and the countries of geocoded places: no English name, no ISO code.
    JsonNode latin = browser.eval("[...document.querySelectorAll('[data-section] dt')]"
        + ".filter(dt => /ACLED|الموقع/.test(dt.textContent)).map(dt => dt.nextElementSibling.textContent)"
        + ".filter(t => /[A-Za-z]/.test(t))");
    assertThat(latin).as("ACLED types and countries shown in Latin letters").isEmpty();
    assertThat(browser.eval("document.querySelectorAll('[data-section] dt').length").asInt()).isPositive();
  }

  @Test
  void anEntityCardNamesItsTypeInTheSingular() {
    JsonNode badges = browser.eval("[...new Set([...document.querySelectorAll('.card.entity h4 .badge')].map(b => b.textContent))]");
    assertThat(badges).as("one person is a شخص, not أشخاص").isNotEmpty()
        .allMatch(b -> java.util.Set.of("شخص", "منظمة", "مكان", "أخرى").contains(b.asText()));
  }

  @Test
  void mapPlotsPlacesWithoutTiles() {
    boolean geocoded = false;
    for (JsonNode e : report.path("stories").get(0).path("entities")) {
      geocoded |= e.path("geo").isObject();
    }
    if (geocoded) {
      assertThat(browser.eval("document.querySelectorAll('section[data-section=map] svg circle').length").asInt())
          .isPositive();
    }
    assertThat(browser.eval("document.querySelectorAll('img, iframe, link[rel=stylesheet], script[src]').length")
        .asInt()).as("nothing loaded from elsewhere").isZero();
  }

  @Test
  void clickingACitationShowsItsSourceCharacters() throws IOException {
    browser.eval("document.querySelector('#popover').hidden || document.querySelector('#popover .close').click()");
    browser.click("button.cite");
    JsonNode cite = browser.eval("(() => { const b = document.querySelector('button.cite');"
        + " return {article: b.dataset.article, start: +b.dataset.start, end: +b.dataset.end}; })()");
    String original = article(cite.get("article").asText()).path("original").asText();
    String expected = original.substring(cite.get("start").asInt(), cite.get("end").asInt());

    assertThat(browser.eval("document.getElementById('popover').hidden").asBoolean()).isFalse();
    assertThat(browser.eval("document.querySelector('#popover .cited-text').textContent").asText())
        .isNotEmpty().isEqualTo(expected);
    shot("citation-laptop.png");

    browser.click("#popover .go");
    assertThat(browser.eval("document.querySelector('.source[data-article=\"" + cite.get("article").asText()
        + "\"] .cited').textContent").asText()).isEqualTo(expected);
  }

  @Test
  void aCitationOpenedFromTheKeyboardTakesTheFocusAndGivesItBack() {
    browser.eval("document.querySelector('#popover').hidden || document.querySelector('#popover .close').click()");
    browser.eval("document.querySelector('button.cite').focus()");
    browser.press("Enter");
    assertThat(browser.eval("document.getElementById('popover').hidden").asBoolean()).isFalse();
    assertThat(browser.eval("!!document.activeElement.closest('#popover')").asBoolean())
        .as("the focus is in the citation's sheet").isTrue();
    browser.press("Escape");
    assertThat(browser.eval("document.getElementById('popover').hidden").asBoolean()).isTrue();
    assertThat(browser.eval("document.activeElement === document.querySelector('button.cite')").asBoolean())
        .as("the focus is back on the marker").isTrue();
  }

  @Test
  void theQuotationFilterIgnoresTheFormsOfAlef() {
    JsonNode name = browser.eval("[...document.querySelectorAll('.quote-speaker')].map(s => s.dataset.speaker)"
        + ".find(n => /[أإآ]/.test(n)) || null");
    if (name.isNull()) {
      return;   // no speaker's name to write without its hamza
    }
    String typed = name.asText().replaceAll("[أإآ]", "ا");   // as most people type it
    try {
      browser.type(".quotes .filter", typed);
      assertThat(browser.eval("[...document.querySelectorAll('.quote-speaker:not([hidden])')].map(s => s.dataset.speaker)"))
          .as("speakers shown for \"%s\"", typed).anyMatch(n -> n.asText().equals(name.asText()));
    } finally {
      browser.eval("(f => { f.value = ''; f.dispatchEvent(new Event('input')); })(document.querySelector('.quotes .filter'))");
    }
  }

  @Test
  void removedClutterIsHiddenUntilAsked() throws IOException {
    int removed = browser.eval("document.querySelectorAll('.source .removed').length").asInt();
    if (removed == 0) {
      return;
    }
    assertThat(browser.eval("getComputedStyle(document.querySelector('.source .removed')).display").asText())
        .isEqualTo("none");
    browser.click(".toggle-removed");
    assertThat(browser.eval("getComputedStyle(document.querySelector('.source .removed')).display").asText())
        .isEqualTo("inline");
    browser.eval("document.getElementById('part-sources').scrollIntoView()");
    shot("sources-laptop.png");
    browser.click(".toggle-removed");
  }

  @Test
  void screenshotsAtLaptopAndPhoneWidths() throws IOException {
    browser.eval("scrollTo(0, 0)");
    shot("laptop.png");
    browser.eval("document.getElementById('part-map') && document.getElementById('part-map').scrollIntoView()");
    shot("map-laptop.png");
    if (browser.eval("!!document.getElementById('part-facts')").asBoolean()) {
      browser.eval("document.getElementById('part-facts').scrollIntoView()");
      shot("facts-laptop.png");
    }
    try {
      browser.viewport(390, 844, true);
      browser.eval("scrollTo(0, 0)");
      assertThat(browser.eval("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1").asBoolean())
          .as("no sideways scrolling of the page on a phone").isTrue();
      shot("phone.png");
      browser.click("button.cite");
      shot("citation-phone.png");
      browser.eval("document.querySelector('#popover .close').click()");
    } finally {
      browser.viewport(1280, 900, false);
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noConsoleErrorsAfterEverythingAbove() {
    assertThat(browser.errors()).isEmpty();
    browser.eval("console.error('probe')");   // the check itself hears errors
    assertThat(browser.errors()).hasSize(1).allMatch(e -> e.contains("probe"));
  }

  /** An ISO interval of dates as the page writes it, in words ("من 2025-11-01 إلى 2025-11-30"). */
  static String inWords(String value) {
    return value.matches("\\d{4}-\\d\\d-\\d\\d/\\d{4}-\\d\\d-\\d\\d")
        ? "من " + value.substring(0, 10) + " إلى " + value.substring(11) : value;
  }

  private static JsonNode article(String id) {
    for (JsonNode a : report.path("articles")) {
      if (a.path("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no article " + id);
  }

  private static void shot(String name) throws IOException {
    Path file = SHOTS.resolve(name);
    browser.screenshot(file);
    byte[] png = Files.readAllBytes(file);
    assertThat(png.length).as(name).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
