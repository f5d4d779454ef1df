package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.isnad.serve.IsnadServer;
import org.isnad.serve.ServerConfig;
import org.isnad.serve.StoreArchive;
import org.isnad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live web UI over the durable store, as an analyst uses it: articles ingested, a story page open
 * in headless Chromium with its disputed facts, then one more article ingested and seen arriving on
 * the open page. Skipped without Chromium.
 */
class ServeStoreBrowserTest {

  @TempDir Path dir;

  @Test
  void aStoryPageShowsTheArticlesIngestedWhileItIsOpen() throws Exception {
    Chromium.assumeInstalled();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "examples", "corpus"))) {
      files = s.filter(f -> f.getFileName().toString().matches("0[1-5].*")).sorted().toList();
    }
    try (Store store = Store.open(dir.resolve("store"))) {
      store.ingest(files.subList(0, files.size() - 1));
      StoreArchive archive = new StoreArchive(store);
      String id = archive.stories(0, 1).items().get(0).id();
      try (IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(0));
          Chromium browser = Chromium.launch()) {
        browser.viewport(1280, 900, false);
        // one source at a time: the first, then one cited, then the others with the button
        browser.open("http://127.0.0.1:" + server.port() + "/stories/" + id + "?limit=1");
        await(() -> "true".equals(browser.eval("String(document.body.getAttribute('data-ready'))").asText()), "story page");
        assertThat(browser.eval("document.querySelector('.back a').textContent").asText())
            .as("the way back points to the right in a right-to-left page").startsWith("→");
        int all = archive.story(id).orElseThrow().path("articles").size();
        assertThat(all).isGreaterThan(2);
        assertThat(browser.eval("document.querySelectorAll('.source').length").asInt()).isEqualTo(1);
        assertThat(browser.eval("document.querySelectorAll('tr.disputed').length").asInt()).isPositive();
        String cited = browser.eval("String([...document.querySelectorAll('button.cite')].map(b => b.dataset.article)"
            + ".find(a => !document.querySelector('.source[data-article=\"' + a + '\"]')))").asText();
        assertThat(cited).isNotEqualTo("undefined");
        browser.click("button.cite[data-article=\"" + cited + "\"]");
        await(() -> !browser.eval("document.getElementById('popover').hidden").asBoolean(), "citation of a source not loaded");
        assertThat(browser.eval("document.querySelector('#popover .cited-text').textContent").asText()).isNotBlank();
        assertThat(browser.eval("document.querySelectorAll('.source').length").asInt()).isEqualTo(2);
        browser.eval("document.getElementById('popover').querySelector('button.close').click(); true");
        while (browser.eval("document.querySelector('button.more-sources') !== null").asBoolean()) {
          int before = browser.eval("document.querySelectorAll('.source').length").asInt();
          browser.click("button.more-sources");
          await(() -> browser.eval("document.querySelectorAll('.source').length").asInt() > before, "more sources");
        }
        int columns = browser.eval("document.querySelectorAll('.source').length").asInt();
        assertThat(columns).isEqualTo(all);
        for (JsonNode r : archive.story(id).orElseThrow().path("reuse")) {
          for (String side : new String[] {"a", "b"}) {
            assertThat(browser.eval("document.querySelectorAll('.source[data-article=\"" + r.path(side).asText()
                + "\"] .copy').length").asInt()).as("copied passages marked in " + r.path(side).asText()).isPositive();
          }
        }

        store.ingest(files.subList(files.size() - 1, files.size()));
        int now = archive.story(id).orElseThrow().path("articles").size();
        if (now > columns) {
          try {
            await(() -> browser.eval("document.querySelectorAll('.source').length").asInt() == now, "new article");
          } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; page: " + browser.eval("document.querySelectorAll('.source').length + ' ' + document.getElementById('live').textContent + ' ' + document.body.getAttribute('data-ready') + ' ' + document.title").asText() + "; errors " + browser.errors());
          }
          assertThat(browser.eval("document.querySelectorAll('.source.arrived').length").asInt()).isEqualTo(now - columns);
        }
        browser.screenshot(Path.of("target", "serve", "store-story.png"));
        assertThat(browser.errors()).isEmpty();
      }
    }
  }

  @Test
  void theListAndTheHitsShowNoPlaceholderForAnUnknownOutlet() throws Exception {
    Chromium.assumeInstalled();
    Path bare = Path.of("..", "examples", "same-event", "hn7_jableh_clash.txt");   // plain text: no outlet
    try (Store store = Store.open(dir.resolve("store"))) {
      store.ingest(List.of(bare));
      try (IsnadServer server = IsnadServer.start(new StoreArchive(store), ServerConfig.localhost(0));
          Chromium browser = Chromium.launch()) {
        browser.viewport(1280, 900, false);
        browser.open("http://127.0.0.1:" + server.port() + "/");
        await(() -> browser.eval("document.querySelectorAll('.story-row').length").asInt() > 0, "story list");
        browser.eval("document.getElementById('q').value = 'جبلة'; document.getElementById('search').requestSubmit(); true");
        await(() -> browser.eval("document.querySelectorAll('.hit').length").asInt() > 0, "hits");
        JsonNode lines = browser.eval("[...document.querySelectorAll('.story-row .m, .hit .m')].map(m => m.textContent)");
        assertThat(lines.toString()).as("story and hit lines").doesNotContain("article:").doesNotContain("unknown");

        browser.eval("document.getElementById('q').value = 'زلزال'; document.getElementById('search').requestSubmit(); true");
        await(() -> browser.eval("document.querySelectorAll('.hit').length").asInt() == 0, "no hits");
        await(() -> browser.eval("document.querySelector('#results h2').textContent").asText().contains("زلزال"), "heading");
        assertThat(browser.eval("document.querySelector('#results h2').textContent").asText())
            .as("a search without hits").endsWith("لا نتائج");
        assertThat(browser.errors()).isEmpty();
      }
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (IllegalStateException e) {
        // between two documents (a reload): ask again
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
