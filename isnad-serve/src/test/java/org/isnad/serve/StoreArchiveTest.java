package org.isnad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a durable store: stories, search with highlights, and live versions as articles arrive. */
class StoreArchiveTest {

  private static final Path CORPUS = Path.of("../examples/corpus");
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path tmp;

  private JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode json = new ObjectMapper().readTree(r.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("_status", r.statusCode());
    return json;
  }

  @Test
  void servesTheStoreAndFollowsIngests() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(f -> !f.getFileName().toString().startsWith("README")).sorted().toList();
    }
    try (Store store = Store.open(tmp.resolve("store"))) {
      store.ingest(files.subList(0, files.size() - 1));
      StoreArchive archive = new StoreArchive(store);
      try (IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(0))) {
        int port = server.port();
        JsonNode stories = get(port, "/api/v1/stories");
        assertThat(stories.path("total").asLong()).isPositive();
        String id = stories.path("items").get(0).path("id").asText();
        JsonNode story = get(port, "/api/v1/stories/" + id + "?limit=100");
        assertThat(story.path("_status").asInt()).isEqualTo(200);
        assertThat(story.toString()).contains("\"brief\"", "\"facts\"");
        // the page's articles come from the store's member list: the story's own list, in its order
        List<String> listed = new ArrayList<>();
        story.path("story").path("articles").forEach(a -> listed.add(a.asText()));
        List<String> served = new ArrayList<>();
        story.path("articles").forEach(a -> served.add(a.path("id").asText()));
        assertThat(served).isNotEmpty().isEqualTo(listed);
        assertThat(story.path("story")).isEqualTo(archive.story(id).orElseThrow());
        StoryPaging paging = new StoryPaging(port);
        for (JsonNode s : stories.path("items")) {
          paging.readsEveryArticleOnce(s.path("id").asText());
        }
        paging.refusesBadPages(id);

        String word = "الهجوم";
        JsonNode hits = get(port, "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(hits.path("total").asLong()).isPositive();
        JsonNode hit = hits.path("hits").get(0);
        String original = archive.article(hit.path("article").asText()).orElseThrow().path("original").asText();
        JsonNode first = hit.path("highlights").get(0);
        assertThat(original.substring(first.get(0).asInt(), first.get(1).asInt())).contains("هجوم");

        assertThat(get(port, "/api/v1/search?q=x&event=nonsense").path("_status").asInt()).isEqualTo(400);
        assertThat(get(port, "/api/v1/stories/none").path("_status").asInt()).isEqualTo(404);

        long before = archive.version();
        store.ingest(files.subList(files.size() - 1, files.size()));
        assertThat(archive.version()).isGreaterThan(before);
      }
    }
  }

  /**
   * An article without an outlet (plain text): the API says null or nothing, not the store's
   * placeholders ("unknown" in search hits, "article:ID" in the story's source groups) as names.
   */
  @Test
  void anArticleWithoutAnOutletHasNoOutletName() throws Exception {
    Path bare = Path.of("../examples/same-event/hn7_jableh_clash.txt");
    try (Store store = Store.open(tmp.resolve("store"))) {
      store.ingest(List.of(bare));
      try (IsnadServer server = IsnadServer.start(new StoreArchive(store), ServerConfig.localhost(0))) {
        int port = server.port();
        JsonNode card = get(port, "/api/v1/stories").path("items").get(0);
        assertThat(card.path("outlets").isArray()).isTrue();
        assertThat(card.path("outlets")).as("story card outlets").isEmpty();
        JsonNode page = get(port, "/api/v1/stories/" + card.path("id").asText());
        assertThat(page.path("sources").get(0).path("outlet").isNull()).as("source card outlet").isTrue();
        JsonNode hits = get(port, "/api/v1/search?q=" + URLEncoder.encode("جبلة", StandardCharsets.UTF_8));
        assertThat(hits.path("total").asLong()).isPositive();
        assertThat(hits.path("hits").get(0).path("outlet").isNull()).as("search hit outlet").isTrue();
      }
    }
  }
}
