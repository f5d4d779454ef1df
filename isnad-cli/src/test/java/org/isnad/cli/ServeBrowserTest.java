package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.isnad.serve.IsnadServer;
import org.isnad.serve.ReportArchive;
import org.isnad.serve.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live web UI in headless Chromium over the report of examples/corpus: search, open a story from
 * a hit, see the disputed facts, then replace the report with one holding two more articles and see
 * them arrive on the open page. Skipped without Chromium.
 */
class ServeBrowserTest {

  @TempDir Path dir;

  @Test
  void searchOpenAStoryAndSeeNewArticlesArrive() throws Exception {
    Chromium.assumeInstalled();
    Cli.Run run = Cli.run("analyze", Path.of("..", "examples", "corpus").toString(), "--out", dir.toString(), "--quiet");
    assertThat(run.code()).as(run.toString()).isEqualTo(Main.OK);
    Path file = dir.resolve("report.json");
    JsonNode report = Cli.readReport(dir);
    // A word of the first story's title that the corpus certainly holds.
    String word = report.path("stories").get(0).path("title").asText().split("\\s+")[1];
    try (ReportArchive archive = ReportArchive.open(file, Duration.ofMillis(200));
        IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(0));
        Chromium browser = Chromium.launch()) {
      String base = "http://127.0.0.1:" + server.port();
      browser.viewport(1280, 900, false);
      browser.open(base + "/");
      await(() -> browser.eval("document.querySelectorAll('.story-row').length").asInt() > 0, "story list");
      assertThat(browser.eval("document.documentElement.dir").asText()).isEqualTo("rtl");

      browser.eval("document.getElementById('q').value = " + Cli.JSON.valueToTree(word) + ";"
          + " document.getElementById('search').requestSubmit(); true");
      await(() -> browser.eval("document.querySelectorAll('.hit mark').length").asInt() > 0, "highlighted hits");
      JsonNode mark = browser.eval("document.querySelector('.hit mark').textContent");
      assertThat(mark.asText()).isNotBlank();
      browser.screenshot(Path.of("target", "serve", "search.png"));
      // The address the search wrote opens the same search again (a reload, a shared link).
      String searched = browser.eval("location.href").asText();
      browser.open("about:blank");
      browser.open(searched);
      await(() -> browser.eval("document.querySelectorAll('.hit mark').length").asInt() > 0, "hits at " + searched);
      assertThat(browser.eval("document.getElementById('q').value").asText()).isEqualTo(word);

      browser.click(".hit a.t");
      await(() -> "true".equals(browser.eval("String(document.body.getAttribute('data-ready'))").asText()), "story page");
      JsonNode story = report.path("stories").get(0);
      assertThat(browser.eval("document.getElementById('story-title').textContent").asText())
          .isEqualTo(story.path("title").asText());
      long disputed = 0;
      for (JsonNode f : story.path("facts")) {
        disputed += f.path("status").asText().equals("disputed") ? 1 : 0;
      }
      assertThat(browser.eval("document.querySelectorAll('tr.disputed').length").asLong()).isEqualTo(disputed);
      assertThat(browser.eval("!document.getElementById('part-map') || !!document.querySelector('#part-map path.land')").asBoolean())
          .as("the map drawn over the land served with the page (/assets/map-data.js)").isTrue();
      // The first page of sources (and the article of the hit), then the rest on demand.
      int all = story.path("articles").size();
      assertThat(browser.eval("document.querySelectorAll('.source').length").asInt()).isLessThan(all);
      browser.eval("document.querySelector('button.more-sources').scrollIntoView({block: 'center'}); true");
      browser.screenshot(Path.of("target", "serve", "story-first-sources.png"));
      while (browser.eval("document.querySelector('button.more-sources') !== null").asBoolean()) {
        int before = browser.eval("document.querySelectorAll('.source').length").asInt();
        browser.click("button.more-sources");
        await(() -> browser.eval("document.querySelectorAll('.source').length").asInt() > before, "more sources");
      }
      int columns = browser.eval("document.querySelectorAll('.source').length").asInt();
      assertThat(columns).isEqualTo(all);
      for (JsonNode r : story.path("reuse")) {
        for (String side : new String[] {"a", "b"}) {
          assertThat(browser.eval("document.querySelectorAll('.source[data-article=\"" + r.path(side).asText()
              + "\"] .copy').length").asInt()).as("copied passages marked in " + r.path(side).asText()).isPositive();
        }
      }
      browser.screenshot(Path.of("target", "serve", "story.png"));

      Files.move(withExtraArticles(report), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      await(() -> browser.eval("document.querySelectorAll('.source').length").asInt() == columns + 2, "new articles");
      await(() -> !browser.eval("document.getElementById('live').hidden").asBoolean(), "live notice");
      assertThat(browser.eval("document.querySelectorAll('.source.arrived').length").asInt()).isEqualTo(2);
      assertThat(browser.eval("document.getElementById('live').textContent").asText())
          .as("two articles counted in Arabic").contains("مقالتان جديدتان");
      browser.screenshot(Path.of("target", "serve", "arrived.png"));
      assertThat(browser.errors()).isEmpty();
    }
  }

  @Test
  void moreThanAHundredStoriesCanBeListed() throws Exception {
    Chromium.assumeInstalled();
    Cli.Run run = Cli.run("analyze", Path.of("..", "examples", "corpus").toString(), "--out", dir.toString(), "--quiet");
    assertThat(run.code()).as(run.toString()).isEqualTo(Main.OK);
    ObjectNode many = Cli.readReport(dir).deepCopy();
    JsonNode story = many.path("stories").get(0);
    ArrayNode stories = many.putArray("stories");
    int n = 130;   // more than the API's page of 100
    for (int i = 1; i <= n; i++) {
      stories.add(((ObjectNode) story.deepCopy()).put("id", "s" + i));
    }
    Path file = dir.resolve("many.json");
    Cli.JSON.writeValue(file.toFile(), many);
    try (ReportArchive archive = ReportArchive.open(file, Duration.ofMillis(200));
        IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(0));
        Chromium browser = Chromium.launch()) {
      browser.viewport(1280, 900, false);
      browser.open("http://127.0.0.1:" + server.port() + "/");
      await(() -> browser.eval("document.querySelectorAll('.story-row').length").asInt() > 0, "story list");
      while (browser.eval("document.querySelector('button.more') !== null").asBoolean()) {
        int before = browser.eval("document.querySelectorAll('.story-row').length").asInt();
        browser.click("button.more");
        await(() -> browser.eval("document.querySelectorAll('.story-row').length").asInt() > before, "more stories");
      }
      assertThat(browser.eval("document.querySelectorAll('.story-row').length").asInt())
          .as("stories listed after every 'المزيد'").isEqualTo(n);
      assertThat(browser.errors()).isEmpty();
    }
  }

  /** The report with two more articles in the first story (copies of its first, new ids), in a temp file. */
  private Path withExtraArticles(JsonNode report) throws Exception {
    ObjectNode copy = report.deepCopy();
    ObjectNode story = (ObjectNode) copy.path("stories").get(0);
    String firstId = story.path("articles").get(0).asText();
    for (JsonNode a : copy.path("articles")) {
      if (a.path("id").asText().equals(firstId)) {
        for (String id : new String[] {"extra1", "extra2"}) {
          ((ArrayNode) copy.path("articles")).add(((ObjectNode) a.deepCopy()).put("id", id).put("outlet", "وكالة الاختبار"));
          ((ArrayNode) story.path("articles")).add(id);
        }
        break;
      }
    }
    Path tmp = Files.createTempFile(dir, ".report", ".json");
    Cli.JSON.writeValue(tmp.toFile(), copy);
    return tmp;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (IllegalStateException e) {
        // the page is between two documents (navigation, reload): ask again
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
