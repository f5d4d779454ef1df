package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.isnad.export.AcledCsv;
import org.isnad.export.GeoJson;
import org.isnad.model.Span;

/**
 * The JSON API under {@code /api/v1}: thin handlers that validate parameters, ask the {@link Archive}
 * and write JSON. Every answer carries the archive {@code version} it was read at. Stateless apart
 * from the archive and the change waiters; thread-safe.
 */
final class Api {

  static final String BASE = "/api/v1";
  static final int MAX_PAGE = 100;
  /** Articles a story page sends in full unless told otherwise; the rest come from its articles route. */
  static final int STORY_ARTICLES = 6;
  static final int MAX_WAIT_SECONDS = 30;
  private static final int MAX_ID = 128;
  private static final Set<String> SEARCH_PARAMS = Set.of("q", "outlet", "from", "to", "entity", "event", "story",
      "offset", "limit");
  private static final List<String> STORY_PARTS = List.of("entities", "events", "quotes", "facts", "timeline",
      "brief", "reuse");

  private final Archive archive;
  private final Changes changes;
  /** Writes answers; a flush (before a large raw value, {@link Utf8Json}) stays in the response's buffer. */
  private final ObjectMapper json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.FLUSH_PASSED_TO_STREAM).build());

  Api(Archive archive, Changes changes) {
    this.archive = archive;
    this.changes = changes;
  }

  /** Every route of the API, in the order the OpenAPI file lists them. */
  List<Route> routes() {
    List<Route> routes = new java.util.ArrayList<>(List.of(
        new Route("GET", BASE + "/status", Set.of(), this::status),
        new Route("GET", BASE + "/stories", Set.of("offset", "limit"), this::stories),
        new Route("GET", BASE + "/stories/{id}", Set.of("limit"), this::story),
        new Route("GET", BASE + "/stories/{id}/articles", Set.of("offset", "limit"), this::storyArticles),
        new Route("GET", BASE + "/articles/{id}", Set.of(), this::article),
        new Route("GET", BASE + "/entities", Set.of("name", "offset", "limit"), this::entities),
        new Route("GET", BASE + "/search", SEARCH_PARAMS, ctx -> search(ctx, searchFromQuery(ctx))),
        new Route("POST", BASE + "/search", Set.of(), ctx -> search(ctx, searchFromBody(ctx))),
        new Route("GET", BASE + "/changes", Set.of("since", "wait"), this::changes),
        new Route("GET", BASE + "/export/acled.csv", Set.of(), this::acled),
        new Route("GET", BASE + "/export/places.geojson", Set.of(), this::geoJson)));
    for (String part : STORY_PARTS) {
      routes.add(new Route("GET", BASE + "/stories/{id}/" + part, Set.of(), ctx -> storyPart(ctx, part)));
    }
    return List.copyOf(routes);
  }

  private void status(Context ctx) {
    ObjectNode out = envelope(archive.version());
    out.put("schema_version", archive.schemaVersion());
    out.put("stories", archive.stories(0, 1).total());
    write(ctx, out);
  }

  private void stories(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    long version = archive.version();
    Page<StoryCard> page = archive.stories(offset, limit);
    ObjectNode out = envelope(version).put("total", page.total()).put("offset", offset).put("limit", limit);
    ArrayNode items = out.putArray("items");
    page.items().forEach(c -> items.add(card(c)));
    write(ctx, out);
  }

  private void entities(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    String name = ctx.queryParam("name");
    if (name != null && (name.isBlank() || name.length() > 256)) {
      throw ApiException.badParameter("name", "must have 1 to 256 characters");
    }
    long version = archive.version();
    Page<EntityCard> page = archive.entities(name == null ? null : name.strip(), offset, limit);
    ObjectNode out = envelope(version).put("total", page.total()).put("offset", offset).put("limit", limit);
    ArrayNode items = out.putArray("items");
    for (EntityCard e : page.items()) {
      ObjectNode n = items.addObject().put("id", e.id()).put("type", e.type()).put("canonical", e.canonical())
          .put("mentions", e.mentions());
      e.stories().forEach(n.putArray("stories")::add);
    }
    write(ctx, out);
  }

  private ObjectNode card(StoryCard c) {
    ObjectNode n = json.createObjectNode().put("id", c.id()).put("title", c.title()).put("articles", c.articles())
        .put("independent_sources", c.independentSources()).put("first_seen", c.firstSeen())
        .put("last_seen", c.lastSeen()).put("events", c.events()).put("disputed", c.disputed());
    ArrayNode outlets = n.putArray("outlets");
    c.outlets().forEach(outlets::add);
    return n;
  }

  /** The story, a card per article and its first articles in full; the others from {@link #storyArticles}. */
  private void story(Context ctx) {
    String id = id(ctx);
    int limit = intParam(ctx, "limit", STORY_ARTICLES, 1, MAX_PAGE);
    long version = archive.version();
    StoryPage page = archive.storyPage(id, limit).orElseThrow(() -> ApiException.notFound("story " + id));
    ObjectNode out = envelope(version).put("schema_version", archive.schemaVersion());
    out.set("story", page.story());
    ArrayNode sources = out.putArray("sources");
    for (ArticleCard c : page.sources()) {
      sources.addObject().put("id", c.id()).put("outlet", c.outlet()).put("title", c.title())
          .put("published", c.published());
    }
    articlePage(out, page.articles(), limit, "articles");
    write(ctx, out);
  }

  /** Further articles of a story, in full, in the story's order. */
  private void storyArticles(Context ctx) {
    String id = id(ctx);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", STORY_ARTICLES, 1, MAX_PAGE);
    long version = archive.version();
    Page<JsonNode> page = archive.storyArticles(id, offset, limit)
        .orElseThrow(() -> ApiException.notFound("story " + id));
    ObjectNode out = envelope(version).put("story", id);
    articlePage(out, page, limit, "items");
    write(ctx, out);
  }

  /** A page of articles into {@code out}: total, offset, limit, next_offset (null after the last) and the items. */
  private static void articlePage(ObjectNode out, Page<JsonNode> page, int limit, String field) {
    long next = (long) page.offset() + limit;
    out.put("total", page.total()).put("offset", page.offset()).put("limit", limit);
    if (next < page.total()) {
      out.put("next_offset", next);
    } else {
      out.putNull("next_offset");
    }
    ArrayNode items = out.putArray(field);
    page.items().forEach(items::add);
  }

  private void storyPart(Context ctx, String part) {
    String id = id(ctx);
    long version = archive.version();
    JsonNode story = archive.story(id).orElseThrow(() -> ApiException.notFound("story " + id));
    ObjectNode out = envelope(version).put("story", id);
    out.set("items", story.path(part).isArray() ? story.get(part) : json.createArrayNode());
    write(ctx, out);
  }

  private void article(Context ctx) {
    String id = id(ctx);
    long version = archive.version();
    JsonNode article = archive.article(id).orElseThrow(() -> ApiException.notFound("article " + id));
    ObjectNode out = envelope(version);
    out.set("article", article);
    write(ctx, out);
  }

  private SearchQuery searchFromQuery(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badParameter("q", "the words to search for are missing");
    }
    return query(q, ctx.queryParam("outlet"), ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("entity"),
        ctx.queryParam("event"), ctx.queryParam("story"), intParam(ctx, "offset", 0, 0, SearchQuery.MAX_OFFSET),
        intParam(ctx, "limit", 10, 1, SearchQuery.MAX_LIMIT));
  }

  private SearchQuery searchFromBody(Context ctx) {
    JsonNode body;
    try {
      body = json.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new ApiException(400, "bad_json", "the body is not JSON: " + firstLine(e.getMessage()));
    }
    if (body == null || !body.isObject()) {
      throw new ApiException(400, "bad_json", "the body must be a JSON object");
    }
    body.fieldNames().forEachRemaining(f -> {
      if (!SEARCH_PARAMS.contains(f)) {
        throw new ApiException(400, "unknown_parameter", "unknown field " + f + "; known: " + SEARCH_PARAMS);
      }
    });
    if (!body.path("q").isTextual() || body.path("q").asText().isBlank()) {
      throw ApiException.badParameter("q", "the words to search for are missing");
    }
    return query(body.path("q").asText(), text(body, "outlet"), text(body, "from"), text(body, "to"),
        text(body, "entity"), text(body, "event"), text(body, "story"),
        bounded("offset", body.path("offset").asInt(0), 0, SearchQuery.MAX_OFFSET),
        bounded("limit", body.path("limit").asInt(10), 1, SearchQuery.MAX_LIMIT));
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badParameter(field, "must be a string");
    }
    return v.asText();
  }

  private static SearchQuery query(String q, String outlet, String from, String to, String entity, String event,
      String story, int offset, int limit) {
    if (q.length() > SearchQuery.MAX_TEXT) {
      throw new ApiException(414, "query_too_long", "q has " + q.length() + " chars; at most " + SearchQuery.MAX_TEXT);
    }
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && f.isAfter(t)) {
      throw new ApiException(422, "empty_range", "from " + f + " is after to " + t);
    }
    return new SearchQuery(q, shortText("outlet", outlet), f, t, shortText("entity", entity),
        shortText("event", event), shortText("story", story), offset, limit);
  }

  private void search(Context ctx, SearchQuery q) {
    long version = archive.version();
    SearchResults r = archive.search(q);
    ObjectNode out = envelope(version).put("total", r.total()).put("offset", q.offset()).put("limit", q.limit());
    ArrayNode hits = out.putArray("hits");
    for (SearchResults.Hit h : r.hits()) {
      ObjectNode n = hits.addObject().put("article", h.article()).put("story", h.story()).put("title", h.title())
          .put("outlet", h.outlet()).put("published", h.published()).put("score", Math.round(h.score() * 1000) / 1000.0);
      n.putObject("snippet").put("start", h.snippet().start()).put("end", h.snippet().end()).put("text", h.snippetText());
      ArrayNode marks = n.putArray("highlights");
      for (Span s : h.highlights()) {
        marks.addArray().add(s.start()).add(s.end());
      }
    }
    write(ctx, out);
  }

  private void changes(Context ctx) {
    long since = longParam(ctx, "since", 0);
    long wait = intParam(ctx, "wait", 25, 0, MAX_WAIT_SECONDS) * 1000L;
    ctx.future(() -> changes.await(since, wait).thenAccept(v ->
        write(ctx, envelope(v).put("since", since).put("changed", v != since))));
  }

  private void acled(Context ctx) throws IOException {
    StringWriter csv = new StringWriter();
    AcledCsv.write(exportable(), csv);
    ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"acled.csv\"")
        .result(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void geoJson(Context ctx) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    GeoJson.write(exportable(), out);
    ctx.contentType("application/geo+json").header("Content-Disposition", "attachment; filename=\"places.geojson\"")
        .result(out.toByteArray());
  }

  /** The archive's stories, and its articles' outlets, in the report's shape that exports read. */
  private ObjectNode exportable() {
    ObjectNode report = json.createObjectNode();
    ArrayNode stories = report.putArray("stories");
    archive.allStories().forEach(stories::add);
    ArrayNode articles = report.putArray("articles");
    archive.outlets().forEach((id, outlet) -> articles.addObject().put("id", id).put("outlet", outlet));
    return report;
  }

  /* ---------- parameters ---------- */

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isEmpty() || id.length() > MAX_ID || id.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw ApiException.badParameter("id", "must be 1 to " + MAX_ID + " printable chars");
    }
    return id;
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      return bounded(name, Integer.parseInt(v.strip()), min, max);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "must be a whole number, not \"" + clip(v) + "\"");
    }
  }

  private static long longParam(Context ctx, String name, long fallback) {
    String v = ctx.queryParam(name);
    try {
      return v == null ? fallback : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "must be a whole number, not \"" + clip(v) + "\"");
    }
  }

  private static int bounded(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw ApiException.badParameter(name, "must be " + min + ".." + max + ", not " + value);
    }
    return value;
  }

  private static LocalDate date(String name, String v) {
    try {
      return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "must be a day as YYYY-MM-DD, not \"" + clip(v) + "\"");
    }
  }

  private static String shortText(String name, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_ID * 2) {
      throw ApiException.badParameter(name, "is longer than " + MAX_ID * 2 + " chars");
    }
    return v.strip();
  }

  private static String clip(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static String firstLine(String s) {
    return s == null ? "" : clip(s.lines().findFirst().orElse(""));
  }

  /* ---------- output ---------- */

  private ObjectNode envelope(long version) {
    return json.createObjectNode().put("version", version);
  }

  private void write(Context ctx, JsonNode body) {
    try {
      // streamed into the response: a story page is ~170 KB, not worth a byte array and its copies
      ctx.contentType("application/json; charset=utf-8");
      json.writeValue(ctx.outputStream(), body);
    } catch (IOException e) {
      throw new IllegalStateException("could not write JSON: " + e, e);
    }
  }
}
