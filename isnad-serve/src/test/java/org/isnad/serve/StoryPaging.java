package org.isnad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The paging of a story's articles over HTTP, checked the same way against any archive: the story
 * page names every article and sends the first ones in full, the articles route sends the rest, and
 * both refuse bad offsets and limits.
 */
final class StoryPaging {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URI base;

  StoryPaging(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  record Reply(int status, JsonNode json) {
    String code() {
      return json.path("error").path("code").asText();
    }
  }

  Reply get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), Reports.JSON.readTree(r.body()));
  }

  /**
   * Reads story {@code id} page by page with every limit from 1 to its size + 1 and checks the pages
   * add up to the story's own list of articles, in its order, named alike in the cards and in full.
   */
  void readsEveryArticleOnce(String id) throws Exception {
    JsonNode whole = get("/api/v1/stories/" + id + "?limit=100").json();
    List<String> ids = texts(whole.path("story").path("articles"));
    assertThat(ids).isNotEmpty();
    assertThat(whole.path("total").asInt()).isEqualTo(ids.size());
    assertThat(whole.path("sources")).extracting(s -> s.path("id").asText()).isEqualTo(ids);
    for (int i = 0; i < ids.size(); i++) {
      JsonNode card = whole.path("sources").get(i);
      JsonNode full = whole.path("articles").get(i);
      for (String field : List.of("id", "outlet", "title", "published")) {
        assertThat(card.path(field)).as(id + " " + field).isEqualTo(full.path(field));
      }
    }
    for (int limit = 1; limit <= ids.size() + 1; limit++) {
      assertThat(pageByPage(id, limit)).as("limit " + limit).isEqualTo(ids);
    }
  }

  /** The ids of story {@code id}'s articles as a reader gets them: the story page, then next_offset on. */
  private List<String> pageByPage(String id, int limit) throws Exception {
    JsonNode first = get("/api/v1/stories/" + id + "?limit=" + limit).json();
    assertThat(first.path("offset").asInt()).isZero();
    assertThat(first.path("limit").asInt()).isEqualTo(limit);
    assertThat(first.path("articles").size()).isEqualTo(Math.min(limit, first.path("total").asInt()));
    List<String> got = new ArrayList<>(texts(first.path("articles"), "id"));
    JsonNode next = first.path("next_offset");
    while (!next.isNull()) {
      assertThat(next.asInt()).isEqualTo(got.size());
      JsonNode page = get("/api/v1/stories/" + id + "/articles?offset=" + next.asInt() + "&limit=" + limit).json();
      assertThat(page.path("story").asText()).isEqualTo(id);
      assertThat(page.path("offset").asInt()).isEqualTo(next.asInt());
      assertThat(page.path("items")).isNotEmpty().allSatisfy(a -> assertThat(a.path("original").isTextual()).isTrue());
      got.addAll(texts(page.path("items"), "id"));
      next = page.path("next_offset");
    }
    return got;
  }

  /** Bad offsets and limits are 400, unknown stories 404, an offset past the end an empty last page. */
  void refusesBadPages(String id) throws Exception {
    for (String query : List.of("?limit=0", "?limit=101", "?limit=-3", "?limit=x", "?limit=1.5")) {
      assertThat(get("/api/v1/stories/" + id + query).code()).as(query).isEqualTo("bad_parameter");
      assertThat(get("/api/v1/stories/" + id + "/articles" + query).code()).as(query).isEqualTo("bad_parameter");
    }
    for (String query : List.of("?offset=-1", "?offset=abc", "?offset=99999999999")) {
      Reply r = get("/api/v1/stories/" + id + "/articles" + query);
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.code()).as(query).isEqualTo("bad_parameter");
    }
    assertThat(get("/api/v1/stories/" + id + "?offset=2").code()).isEqualTo("unknown_parameter");
    assertThat(get("/api/v1/stories/" + id + "/articles?limit=1&limit=2").code()).isEqualTo("repeated_parameter");
    assertThat(get("/api/v1/stories/no-such-story?limit=2").status()).isEqualTo(404);
    assertThat(get("/api/v1/stories/no-such-story/articles?offset=1").code()).isEqualTo("not_found");
    JsonNode past = get("/api/v1/stories/" + id + "/articles?offset=1000").json();
    assertThat(past.path("items")).isEmpty();
    assertThat(past.path("next_offset").isNull()).isTrue();
    assertThat(past.path("total").asInt()).isPositive();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
