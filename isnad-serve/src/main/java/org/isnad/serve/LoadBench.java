package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test on loopback: a synthetic archive of N stories (cloned from a real report, new
 * story and article ids, texts shared), the server on 127.0.0.1, and C clients that request story
 * pages ({@code /api/v1/stories/{id}}, 80%) and searches (20%) back to back for a fixed time. Reports
 * latency percentiles per kind, throughput and errors (any status but 200, or no answer).
 */
public final class LoadBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LoadBench() {}

  /** The figures of one run; latencies in milliseconds. */
  public record Result(int clients, double seconds, long requests, long errors, double throughput,
      double storyP50, double storyP99, double searchP50, double searchP99, long storyRequests, long searchRequests) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%d clients, %.1f s: %d requests (%.0f/s), %d errors; story pages p50 %.1f ms, p99 %.1f ms (%d);"
              + " search p50 %.1f ms, p99 %.1f ms (%d)", clients, seconds, requests, throughput, errors, storyP50,
          storyP99, storyRequests, searchP50, searchP99, searchRequests);
    }
  }

  /**
   * A report of {@code stories} stories made by cloning {@code base}'s stories in turn: story {@code
   * k} gets id {@code sk} and its articles the ids {@code ID-k}. Nested objects are shared, not copied
   * (references inside a clone's events and facts still name the base articles).
   */
  public static JsonNode synthesise(JsonNode base, int stories) {
    requireNonNull(base, "base must not be null");
    List<JsonNode> baseStories = new ArrayList<>();
    base.path("stories").forEach(baseStories::add);
    if (baseStories.isEmpty() || stories < 1) {
      throw new IllegalArgumentException("need a base report with stories and stories >= 1: " + stories);
    }
    java.util.Map<String, JsonNode> articles = new java.util.HashMap<>();
    base.path("articles").forEach(a -> articles.put(a.path("id").asText(), a));
    ObjectNode out = JSON.createObjectNode().put("schema_version", base.path("schema_version").asText());
    ArrayNode outArticles = out.putArray("articles");
    ArrayNode outStories = out.putArray("stories");
    for (int k = 1; k <= stories; k++) {
      JsonNode s = baseStories.get((k - 1) % baseStories.size());
      ObjectNode story = JSON.createObjectNode().setAll((ObjectNode) s);
      story.put("id", "s" + k);
      ArrayNode ids = story.putArray("articles");
      for (JsonNode id : s.path("articles")) {
        JsonNode a = articles.get(id.asText());
        if (a != null) {
          ObjectNode copy = JSON.createObjectNode().setAll((ObjectNode) a);
          copy.put("id", id.asText() + "-" + k).put("story", "s" + k);
          outArticles.add(copy);
          ids.add(id.asText() + "-" + k);
        }
      }
      outStories.add(story);
    }
    out.putArray("rejected");
    out.putArray("skipped");
    return out;
  }

  /**
   * Runs {@code clients} clients against a server on {@code baseUri} for {@code duration}.
   *
   * @param storyIds story ids to request, picked at random
   * @param queries search words, picked at random
   */
  public static Result run(URI baseUri, int clients, Duration duration, List<String> storyIds, List<String> queries)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    settle();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> story = new ArrayList<>();
    List<long[]> search = new ArrayList<>();
    long[][] storyLat = new long[clients][];
    long[][] searchLat = new long[clients][];
    Thread[] threads = new Thread[clients];
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads[c] = new Thread(() -> {
        SplittableRandom random = new SplittableRandom(client);
        LongList st = new LongList();
        LongList se = new LongList();
        while (System.nanoTime() < end) {
          boolean isSearch = random.nextInt(5) == 0;
          String path = isSearch
              ? "/api/v1/search?limit=10&q=" + URLEncoder.encode(queries.get(random.nextInt(queries.size())), StandardCharsets.UTF_8)
              : "/api/v1/stories/" + storyIds.get(random.nextInt(storyIds.size()));
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          (isSearch ? se : st).add(System.nanoTime() - t0);
        }
        storyLat[client] = st.toArray();
        searchLat[client] = se.toArray();
      }, "isnad-bench-client-" + c);
      threads[c].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    story.addAll(Arrays.asList(storyLat));
    search.addAll(Arrays.asList(searchLat));
    long[] st = concat(story);
    long[] se = concat(search);
    long requests = st.length + (long) se.length;
    return new Result(clients, seconds, requests, errors.get(), requests / seconds, pct(st, 50), pct(st, 99),
        pct(se, 50), pct(se, 99), st.length, se.length);
  }

  /**
   * Collects the garbage of setting the archive up before the clients start: opening a store
   * replays every article and leaves its garbage in the old generation, and collecting it during
   * the measured seconds (G1's mixed collections) paused the server 100-330 ms at a time, which a
   * server up for a minute no longer does.
   */
  private static void settle() {
    System.gc();
  }

  private static long[] concat(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  /** The {@code p}th percentile (nearest rank) in milliseconds; 0 for none. */
  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** A growable list of longs without boxing. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * The search words of a load run: up to {@code perTitle} words longer than three letters of each
   * title; {@code fallback} alone when the titles give none.
   */
  public static List<String> searchWords(List<String> titles, int perTitle, String fallback) {
    List<String> out = new ArrayList<>();
    for (String t : titles) {
      Arrays.stream(t == null ? new String[0] : t.split("\\s+")).filter(w -> w.length() > 3).limit(perTitle)
          .forEach(out::add);
    }
    return out.isEmpty() ? List.of(fallback) : out;
  }

  /**
   * Synthesises {@code stories} stories from {@code base}, serves them on loopback and runs the load.
   * The search words are the first words of the base stories' titles.
   */
  public static Result run(JsonNode base, int stories, int clients, Duration duration) throws InterruptedException {
    JsonNode report = synthesise(base, stories);
    List<String> ids = new ArrayList<>();
    report.path("stories").forEach(s -> ids.add(s.path("id").asText()));
    List<String> titles = new ArrayList<>();
    base.path("stories").forEach(s -> titles.add(s.path("title").asText("")));
    List<String> queries = searchWords(titles, 4, base.path("stories").get(0).path("id").asText());
    try (ReportArchive archive = ReportArchive.of(report);
        IsnadServer server = IsnadServer.start(archive, ServerConfig.localhost(0))) {
      URI uri = URI.create("http://127.0.0.1:" + server.port());
      return run(uri, clients, duration, ids, queries);
    }
  }
}
