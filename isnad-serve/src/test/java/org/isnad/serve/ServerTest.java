package org.isnad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over a real socket on 127.0.0.1, with java.net.http and with raw bytes. */
class ServerTest {

  static ReportArchive archive;
  static IsnadServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    archive = ReportArchive.of(Reports.small());
    server = IsnadServer.start(archive, ServerConfig.localhost(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    archive.close();
  }

  record Reply(int status, String type, String body) {
    JsonNode json() throws IOException {
      return Reports.JSON.readTree(body);
    }

    String code() throws IOException {
      return json().path("error").path("code").asText();
    }
  }

  static Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  static Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void storiesArePagedAndCapped() throws Exception {
    Reply first = get("/api/v1/stories?limit=1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.type()).startsWith("application/json");
    assertThat(first.json().path("total").asInt()).isEqualTo(2);
    assertThat(first.json().path("items").get(0).path("id").asText()).isEqualTo("s2");
    assertThat(get("/api/v1/stories?limit=1&offset=1").json().path("items").get(0).path("id").asText()).isEqualTo("s1");
    assertThat(get("/api/v1/stories?offset=9").json().path("items")).isEmpty();
    assertThat(get("/api/v1/stories?limit=101").code()).isEqualTo("bad_parameter");
    assertThat(get("/api/v1/stories?limit=0").status()).isEqualTo(400);
    assertThat(get("/api/v1/stories?offset=-1").status()).isEqualTo(400);
    assertThat(get("/api/v1/stories?limit=abc").json().path("error").path("message").asText()).contains("whole number");
    assertThat(get("/api/v1/stories?limit=1&limit=2").code()).isEqualTo("repeated_parameter");
    assertThat(get("/api/v1/stories?colour=red").code()).isEqualTo("unknown_parameter");
  }

  @Test
  void entitiesAreListedAcrossStoriesByTheirId() throws Exception {
    JsonNode all = get("/api/v1/entities").json();
    assertThat(all.path("total").asInt()).isEqualTo(2);
    JsonNode first = all.path("items").get(0);
    assertThat(first.path("id").asText()).isEqualTo(Reports.SAFAR);
    assertThat(first.path("mentions").asInt()).isEqualTo(3);
    assertThat(first.path("stories")).extracting(JsonNode::asText).containsExactly("s1", "s2");
    assertThat(all.path("items").get(1).path("stories")).extracting(JsonNode::asText).containsExactly("s2");
    assertThat(get("/api/v1/entities?name=" + q("الصفّار")).json().path("items")).singleElement()
        .satisfies(e -> assertThat(e.path("id").asText()).isEqualTo(Reports.SAFAR));
    assertThat(get("/api/v1/entities?name=loc-beirut").json().path("total").asInt()).isEqualTo(1);
    assertThat(get("/api/v1/entities?limit=1&offset=1").json().path("items").get(0).path("id").asText()).isEqualTo("loc-beirut");
    assertThat(get("/api/v1/entities?name=" + q("   ")).code()).isEqualTo("bad_parameter");
  }

  @Test
  void aStoryComesWithItsArticlesAndItsParts() throws Exception {
    JsonNode s = get("/api/v1/stories/s1").json();
    assertThat(s.path("story").path("title").asText()).isEqualTo("أمطار غزيرة تغلق طرقا في شمال الأردن");
    assertThat(s.path("articles")).hasSize(2);
    assertThat(s.path("articles").get(1).path("original").asText()).isEqualTo(Reports.RAIN2);
    assertThat(s.path("schema_version").asText()).isEqualTo("1.4.0");
    assertThat(get("/api/v1/stories/s1/facts").json().path("items").get(0).path("status").asText()).isEqualTo("disputed");
    assertThat(get("/api/v1/stories/s1/entities").json().path("items")).hasSize(1);
    assertThat(get("/api/v1/stories/s2/quotes").json().path("items")).isEmpty();
    assertThat(get("/api/v1/articles/a3").json().path("article").path("outlet").asText()).isEqualTo("صحيفة بيروت");
  }

  @Test
  void aStoryPageSendsItsFirstArticlesAndTheRestComePageByPage() throws Exception {
    StoryPaging paging = new StoryPaging(server.port());
    paging.readsEveryArticleOnce("s1");
    paging.readsEveryArticleOnce("s2");
    paging.refusesBadPages("s1");
    JsonNode first = get("/api/v1/stories/s1?limit=1").json();
    assertThat(first.path("sources")).hasSize(2);
    assertThat(first.path("sources").get(1).path("outlet").asText()).isEqualTo("صحيفة إربد");
    assertThat(first.path("articles")).hasSize(1);
    assertThat(first.path("next_offset").asInt()).isEqualTo(1);
    JsonNode rest = get("/api/v1/stories/s1/articles?offset=1").json();
    assertThat(rest.path("items").get(0).path("original").asText()).isEqualTo(Reports.RAIN2);
    assertThat(rest.path("next_offset").isNull()).isTrue();
  }

  @Test
  void unknownThingsAre404AndWrongMethods405() throws Exception {
    for (String path : List.of("/api/v1/stories/s9", "/api/v1/articles/zz", "/api/v1/stories/s9/events", "/api/v1/nothing",
        "/assets/missing.js", "/assets/index.html")) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.code()).as(path).isEqualTo("not_found");
    }
    Reply delete = send(HttpRequest.newBuilder(uri("/api/v1/stories")).DELETE().build());
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.code()).isEqualTo("method_not_allowed");
  }

  @Test
  void searchGivesSnippetsWithHighlightsInTheOriginal() throws Exception {
    JsonNode r = get("/api/v1/search?q=" + q("الصفار")).json();
    assertThat(r.path("total").asInt()).isEqualTo(1);
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.path("story").asText()).isEqualTo("s1");
    JsonNode h = hit.path("highlights").get(0);
    assertThat(Reports.RAIN2.substring(h.get(0).asInt(), h.get(1).asInt())).isEqualTo("الصفّار");
    assertThat(get("/api/v1/search?q=" + q("أمطار") + "&outlet=" + q("صحيفة إربد")).json().path("total").asInt()).isEqualTo(1);
    JsonNode post = send(HttpRequest.newBuilder(uri("/api/v1/search")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"أمطار\", \"limit\": 1}")).build()).json();
    assertThat(post.path("total").asInt()).isEqualTo(2);
    assertThat(post.path("hits")).hasSize(1);
  }

  @Test
  void badSearchesGetTheirOwnCodes() throws Exception {
    assertThat(get("/api/v1/search").code()).isEqualTo("bad_parameter");
    assertThat(get("/api/v1/search?q=%20%20").status()).isEqualTo(400);
    assertThat(get("/api/v1/search?q=x&from=2026-13-01").code()).isEqualTo("bad_parameter");
    Reply range = get("/api/v1/search?q=x&from=2026-02-01&to=2026-01-01");
    assertThat(range.status()).isEqualTo(422);
    Reply longQuery = get("/api/v1/search?q=" + "ب".repeat(300));
    assertThat(longQuery.status()).isEqualTo(414);
    assertThat(longQuery.code()).isEqualTo("query_too_long");
    Reply longUri = get("/api/v1/search?q=x&story=" + "a".repeat(3000));
    assertThat(longUri.status()).isEqualTo(414);
    assertThat(longUri.code()).isEqualTo("uri_too_long");
    Reply hugeUri = get("/api/v1/search?q=" + "a".repeat(20_000));
    assertThat(hugeUri.status()).isEqualTo(414);
    assertThat(hugeUri.code()).isEqualTo("uri_too_long");
    Reply body = send(HttpRequest.newBuilder(uri("/api/v1/search")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"" + "x".repeat(40_000) + "\"}")).build());
    assertThat(body.status()).isEqualTo(413);
    assertThat(body.code()).isEqualTo("body_too_large");
    Reply junk = send(HttpRequest.newBuilder(uri("/api/v1/search")).POST(HttpRequest.BodyPublishers.ofString("{q:")).build());
    assertThat(junk.code()).isEqualTo("bad_json");
    Reply field = send(HttpRequest.newBuilder(uri("/api/v1/search"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"x\", \"drop\": true}")).build());
    assertThat(field.code()).isEqualTo("unknown_parameter");
  }

  @Test
  void errorMessagesInArabicHaveTheirByteLength() throws Exception {
    Reply r = get("/api/v1/stories/" + q("قصة-غير-موجودة"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("error").path("message").asText()).contains("قصة-غير-موجودة");
  }

  @Test
  void garbageOnTheSocketNeverStopsTheServer() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<byte[]> junk = new java.util.ArrayList<>(List.of(
        "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        "GET /api/v1/stories HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        "GET /api/v1/stories HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        ("GET /" + "%".repeat(100) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
        ("GET /api/v1/stories HTTP/1.1\r\nHost: x\r\nX: " + "y".repeat(20_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
        "POST /api/v1/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n".getBytes(StandardCharsets.US_ASCII)));
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[random.nextInt(1, 2000)];
      random.nextBytes(b);
      junk.add(b);
    }
    for (byte[] bytes : junk) {
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.setSoTimeout(3000);
        OutputStream out = s.getOutputStream();
        out.write(bytes);
        out.flush();
        s.shutdownOutput();
        InputStream in = s.getInputStream();
        String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(head).as("answer to junk").matches("(HTTP/1\\.1 (4\\d\\d|505).*)?");
      } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
        // a connection the server closes on junk is a fine answer too
      }
      assertThat(get("/api/v1/status").status()).isEqualTo(200);
    }
  }

  @Test
  void aFailingArchiveGivesA500AndTheServerGoesOn() throws Exception {
    Archive broken = new Archive() {
      @Override public long version() { return 1; }
      @Override public String schemaVersion() { return "1.4.0"; }
      @Override public Page<StoryCard> stories(int offset, int limit) { throw new IllegalStateException("disk on fire"); }
      @Override public Optional<JsonNode> story(String id) { return Optional.empty(); }
      @Override public Optional<JsonNode> article(String id) { return Optional.empty(); }
      @Override public SearchResults search(SearchQuery q) { throw new OutOfMemoryError("pretend"); }
      @Override public Iterable<JsonNode> allStories() { return List.of(); }
      @Override public Map<String, String> outlets() { return Map.of(); }
    };
    try (IsnadServer other = IsnadServer.start(broken, ServerConfig.localhost(0))) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port()
          + "/api/v1/stories")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(Reports.JSON.readTree(r.body()).path("error").path("code").asText()).isEqualTo("internal");
      assertThat(r.body()).doesNotContain("disk on fire");
      HttpResponse<String> s = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port()
          + "/api/v1/stories/x")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(s.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void requestsBeyondTheWorkingLimitWaitTheirTurnButLongPollsDoNot() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Archive slow = new Archive() {
      @Override public long version() { return 1; }
      @Override public String schemaVersion() { return "1.4.0"; }
      @Override public Page<StoryCard> stories(int offset, int limit) {
        inside.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Page<>(0, offset, List.of());
      }
      @Override public Optional<JsonNode> story(String id) { return Optional.empty(); }
      @Override public Optional<JsonNode> article(String id) { return Optional.empty(); }
      @Override public SearchResults search(SearchQuery q) { return new SearchResults(0, List.of()); }
      @Override public Iterable<JsonNode> allStories() { return List.of(); }
      @Override public Map<String, String> outlets() { return Map.of(); }
    };
    try (IsnadServer one = IsnadServer.start(slow, ServerConfig.localhost(0).withMaxWorking(1))) {
      URI base = URI.create("http://127.0.0.1:" + one.port());
      CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(HttpRequest.newBuilder(base.resolve(
          "/api/v1/stories")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> second = HTTP.sendAsync(HttpRequest.newBuilder(base.resolve(
          "/api/v1/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> poll = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/changes?since=0&wait=0"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(poll.statusCode()).isEqualTo(200);
      Thread.sleep(300);
      assertThat(second).isNotDone();
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(second.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void changesAnswerAtOnceWhenBehindAndWaitOtherwise() throws Exception {
    JsonNode now = get("/api/v1/changes?since=0&wait=5").json();
    assertThat(now.path("changed").asBoolean()).isTrue();
    long v = now.path("version").asLong();
    long t0 = System.nanoTime();
    JsonNode same = get("/api/v1/changes?since=" + v + "&wait=1").json();
    assertThat(same.path("changed").asBoolean()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(get("/api/v1/changes?wait=99").status()).isEqualTo(400);
  }

  @Test
  void aLongPollSeesTheReportReplaced(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    var report = Reports.small();
    Reports.write(report, file);
    try (ReportArchive watched = ReportArchive.open(file, Duration.ofMillis(100));
        IsnadServer live = IsnadServer.start(watched, ServerConfig.localhost(0))) {
      CompletableFuture<HttpResponse<String>> poll = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + live.port() + "/api/v1/changes?since=1&wait=20")).build(), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300);
      ((com.fasterxml.jackson.databind.node.ArrayNode) report.get("stories").get(1).get("articles")).add("a1");
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
      Reports.write(report, file);
      JsonNode answer = Reports.JSON.readTree(poll.get(10, TimeUnit.SECONDS).body());
      assertThat(answer.path("changed").asBoolean()).isTrue();
      assertThat(answer.path("version").asLong()).isEqualTo(2);
    }
  }

  @Test
  void theWebUiAndItsAssetsAreServedWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("dir=\"rtl\"").doesNotContain("http://", "https://");
    assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'none'");
    for (String asset : List.of("app.js", "story.js", "report.js", "report.css", "serve.css")) {
      assertThat(get("/assets/" + asset).status()).as(asset).isEqualTo(200);
    }
    assertThat(get("/stories/s1").body()).contains("isnad-data");
    assertThat(get("/api/v1/export/acled.csv").body()).startsWith("event_id,");
    assertThat(get("/api/v1/export/places.geojson").json().path("type").asText()).isEqualTo("FeatureCollection");
  }

  @Test
  void everyRouteIsInTheOpenApiFile() throws Exception {
    String yaml;
    try (InputStream in = ServerTest.class.getResourceAsStream("/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(yaml).startsWith("openapi: 3.1");
    assertThat(get("/api/v1/openapi.yaml").body()).isEqualTo(yaml);
    for (Route r : server.routes()) {
      int at = yaml.indexOf("\n  " + r.openApiPath() + ":");
      assertThat(at).as(r.method() + " " + r.path() + " documented").isPositive();
      if (!r.method().equals("GET")) {
        int next = yaml.indexOf("\n  /", at + 1);
        assertThat(yaml.substring(at, next < 0 ? yaml.length() : next)).as(r.method() + " " + r.path())
            .contains(r.method().toLowerCase(java.util.Locale.ROOT) + ":");
      }
      for (String p : r.params()) {
        int next = yaml.indexOf("\n  /", at + 1);
        assertThat(yaml.substring(at, next < 0 ? yaml.length() : next)).as(r.path() + " ?" + p).contains("name: " + p);
      }
    }
  }

  @Test
  void aShortLoadRunHasNoErrors() throws Exception {
    LoadBench.Result r = LoadBench.run(Reports.small(), 500, 10, Duration.ofSeconds(3));
    System.out.println("quick load: " + r);
    assertThat(r.errors()).isZero();
    assertThat(r.storyRequests()).isPositive();
    assertThat(r.searchRequests()).isPositive();
  }
}
