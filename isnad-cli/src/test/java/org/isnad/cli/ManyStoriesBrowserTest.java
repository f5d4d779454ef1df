package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The report page with many stories, in headless Chromium: {@code examples/same-event} analysed
 * (17 stories), its stories written {@value #COPIES} times over into one page (hundreds of stories,
 * as a day of news gives), the last one without events or quotations. Checks that a story can be
 * found by its title and switched to, that every story fits a phone's width, and that empty counts
 * read as words. Skipped where {@code /usr/bin/chromium} is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyStoriesBrowserTest {

  static final int COPIES = 20;

  @TempDir static Path tmp;
  static JsonNode analysed;
  static Chromium browser;

  @BeforeAll
  static void analyzeAndOpen() throws Exception {
    Chromium.assumeInstalled();
    Path out = tmp.resolve("out");
    Run r = Cli.run("analyze", Path.of("..", "examples", "same-event").toString(), "--out", out.toString(), "--quiet");
    assertThat(r.code()).as(r.toString()).isIn(Main.OK, Main.SOME_REJECTED);
    analysed = Cli.readReport(out);
    assertThat(analysed.path("stories").size()).as("same-event forms many stories").isGreaterThan(5);
    Path page = tmp.resolve("many").resolve("index.html");
    HtmlReport.write(manyStories(analysed), page);
    browser = Chromium.launch();
    browser.viewport(1280, 900, false);
    browser.open(page.toUri().toString());
  }

  /** The report with its stories {@value #COPIES} times ("s3" becomes "s3-7"), the last without events or quotations. */
  static ObjectNode manyStories(JsonNode report) {
    ObjectNode many = report.deepCopy();
    ArrayNode stories = many.putArray("stories");
    for (int copy = 1; copy <= COPIES; copy++) {
      for (JsonNode s : report.path("stories")) {
        ObjectNode c = s.deepCopy();
        c.put("id", s.path("id").asText() + "-" + copy);
        stories.add(c);
      }
    }
    ObjectNode last = (ObjectNode) stories.get(stories.size() - 1);
    last.putArray("events");
    last.putArray("quotes");
    last.putArray("facts");
    return many;
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyStoryHasItsCard() {
    int stories = analysed.path("stories").size() * COPIES;
    assertThat(browser.eval("document.querySelectorAll('#stories .story-card').length").asInt()).isEqualTo(stories);
  }

  @Test
  void aStoryIsFoundByItsTitleAndOpened() throws IOException {
    JsonNode wanted = analysed.path("stories").get(analysed.path("stories").size() / 2);
    String[] words = wanted.path("title").asText().split("\\s+");
    String query = words[0] + " " + words[1];
    browser.type(".story-filter", query);
    JsonNode shown = browser.eval("[...document.querySelectorAll('#stories .story-card:not([hidden])')]"
        + ".map(c => c.dataset.story)");
    assertThat(shown).as("cards whose title has \"%s\"", query).hasSizeGreaterThanOrEqualTo(COPIES)
        .anyMatch(id -> id.asText().equals(wanted.path("id").asText() + "-" + COPIES));
    assertThat(browser.eval("[...document.querySelectorAll('#stories .story-card:not([hidden]) .t')]"
        + ".every(t => t.textContent.includes(" + Cli.JSON.valueToTree(words[1]) + "))").asBoolean()).isTrue();
    assertThat(browser.eval("document.querySelector('.story-count').textContent").asText())
        .startsWith(shown.size() + " من ");
    Files.createDirectories(HtmlReportBrowserTest.SHOTS);
    browser.screenshot(HtmlReportBrowserTest.SHOTS.resolve("many-stories-search.png"));

    String id = wanted.path("id").asText() + "-" + COPIES;
    browser.click("#stories .story-card[data-story=\"" + id + "\"]");
    assertThat(browser.eval("location.hash").asText()).isEqualTo("#story=" + id);
    awaitStory(id); // the page follows the address on "hashchange", a task after the click
    assertThat(browser.eval("document.getElementById('story-title').textContent").asText())
        .isEqualTo(wanted.path("title").asText());
    assertThat(browser.eval("document.querySelector('.story-filter').value").asText())
        .as("the search stays after switching stories").isEqualTo(query);
    assertThat(browser.eval("document.querySelector('.story-card[aria-current=true]').dataset.story").asText())
        .isEqualTo(id);
  }

  @Test
  void theShownStorysCardIsScrolledIntoTheStrip() {
    browser.eval("document.querySelector('.story-filter').value = '';"
        + " document.querySelector('.story-filter').dispatchEvent(new Event('input'))");
    String id = analysed.path("stories").get(0).path("id").asText() + "-" + (COPIES - 1);
    show(id);
    assertThat(browser.eval("(() => { const c = document.querySelector('.story-card[aria-current=true]');"
        + " const s = c.parentElement.getBoundingClientRect(), b = c.getBoundingClientRect();"
        + " return c.dataset.story + ' ' + (b.left >= s.left - 1 && b.right <= s.right + 1); })()").asText())
        .isEqualTo(id + " true");
  }

  @Test
  void emptyCountsReadAsWords() {
    int stories = analysed.path("stories").size() * COPIES;
    String last = analysed.path("stories").get(analysed.path("stories").size() - 1).path("id").asText() + "-" + COPIES;
    show(last);
    JsonNode stats = browser.eval("[...document.querySelectorAll('.story-head .stats li')].map(li => li.textContent)");
    assertThat(stats.toString()).contains("لا أحداث").contains("لا اقتباسات").doesNotContain("\"0 ");
    assertThat(browser.eval("document.querySelectorAll('#stories .story-card').length").asInt()).isEqualTo(stories);
  }

  @Test
  void everyStoryFitsAPhone() {
    try {
      browser.viewport(390, 844, true);
      JsonNode wide = browser.eval("(async () => { const wide = [];"
          + " for (const c of [...document.querySelectorAll('#stories .story-card')].slice(0, "
          + analysed.path("stories").size() + ")) {"
          + " location.hash = 'story=' + c.dataset.story; await new Promise(r => setTimeout(r, 20));"
          + " if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) wide.push(c.dataset.story); }"
          + " return wide; })()");
      assertThat(wide).as("stories wider than a phone").isEmpty();
    } finally {
      browser.viewport(1280, 900, false);
    }
  }

  @Test
  void printingAStoryLeavesOutTheStoryList() {
    try {
      browser.media("print");
      assertThat(browser.eval("getComputedStyle(document.getElementById('stories')).display").asText())
          .as("the strip of every story's card on paper").isEqualTo("none");
      assertThat(browser.eval("getComputedStyle(document.getElementById('story')).display").asText()).isNotEqualTo("none");
    } finally {
      browser.media("");
    }
  }

  /** Opens the story {@code id} by its address and waits until the page shows it. */
  private static void show(String id) {
    browser.eval("location.hash = 'story=" + id + "'");
    awaitStory(id);
  }

  /** Waits (two seconds at most) until the page shows the story {@code id}. */
  private static void awaitStory(String id) {
    browser.eval("(async () => {"
        + " for (let i = 0; i < 200 && !document.querySelector('article.story[data-story=\"" + id + "\"]'); i++)"
        + " await new Promise(r => setTimeout(r, 10)); })()");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noConsoleErrors() {
    assertThat(browser.errors()).isEmpty();
  }
}
