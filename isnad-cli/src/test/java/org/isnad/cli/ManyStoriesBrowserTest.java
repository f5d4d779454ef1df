package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * as a day of news gives). Checks that they load quickly and that every story fits a phone's width.
 * Skipped where {@code /usr/bin/chromium} is absent.
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

  /** The report with its stories {@value #COPIES} times ("s3" becomes "s3-7"). */
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
    return many;
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void hundredsOfStoriesLoadQuickly() {
    int stories = analysed.path("stories").size() * COPIES;
    assertThat(browser.eval("document.querySelectorAll('#stories .story-card').length").asInt()).isEqualTo(stories);
    assertThat(browser.eval("performance.getEntriesByType('navigation')[0].loadEventEnd").asDouble())
        .as("ms to load and render the first story").isLessThan(8000);
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
  @Order(Integer.MAX_VALUE)
  void noConsoleErrors() {
    assertThat(browser.errors()).isEmpty();
  }
}
