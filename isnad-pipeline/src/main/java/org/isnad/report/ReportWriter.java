package org.isnad.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Dateline;
import org.isnad.model.Entity;
import org.isnad.model.Geo;
import org.isnad.model.Passage;
import org.isnad.model.Rejection;
import org.isnad.model.RemovedBlock;
import org.isnad.model.Reuse;
import org.isnad.model.Span;
import org.isnad.model.Story;
import org.isnad.model.StoryAssignment;
import org.isnad.pipeline.BatchResult;

/**
 * Writes {@code report.json}: the one serialiser of a batch's records, following the contract in
 * {@code report.schema.json} (version {@value #SCHEMA_VERSION}). Spans are {@code [start, end]}
 * arrays of half-open UTF-16 offsets into each article's {@code original}. Stateless and
 * thread-safe.
 */
public final class ReportWriter {

  /** The version of the report contract this writer follows. */
  public static final String SCHEMA_VERSION = "1.13.0";

  /** Where the schema is bundled, as a class-path resource. */
  public static final String SCHEMA_RESOURCE = "/org/isnad/report/report.schema.json";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final boolean debug;

  /** A writer of the standard report. */
  public ReportWriter() {
    this(false);
  }

  /** @param debug whether to include each article's clustering decision ({@code clustering}) */
  public ReportWriter(boolean debug) {
    this.debug = debug;
  }

  /** Writes the report to {@code file} atomically: a crash never leaves a half-written report. */
  public void write(BatchResult batch, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".report", ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), toJson(batch));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The report as a JSON tree. */
  public ObjectNode toJson(BatchResult batch) {
    ObjectNode root = F.objectNode();
    root.put("schema_version", SCHEMA_VERSION);
    ArrayNode articles = root.putArray("articles");
    for (int i = 0; i < batch.articles().size(); i++) {
      ObjectNode a = article(batch.articles().get(i));
      if (i < batch.assignments().size()) {
        assignment(a, batch.assignments().get(i));
      }
      articles.add(a);
    }
    ArrayNode stories = root.putArray("stories");
    batch.stories().forEach(s -> stories.add(story(s)));
    ArrayNode rejected = root.putArray("rejected");
    batch.rejected().forEach(r -> rejected.add(rejection(r)));
    ArrayNode skipped = root.putArray("skipped");
    batch.skipped().forEach(r -> skipped.add(rejection(r)));
    return root;
  }

  /**
   * One article in the report's shape, with its story decision ({@code story}, {@code duplicate_of})
   * when {@code assignment} is not null: the store and the server serve articles through this.
   */
  public static ObjectNode articleJson(AnalysedArticle a, StoryAssignment assignment) {
    return articleJson(a.clean(), a.language(), a.sentences().size(), a.tokens().size(), assignment);
  }

  /**
   * {@link #articleJson(AnalysedArticle, StoryAssignment)} from the parts it shows: for a reader
   * that has not decoded the article's tokens (the store serving an article).
   */
  public static ObjectNode articleJson(CleanArticle clean, String language, int sentences, int tokens,
      StoryAssignment assignment) {
    ObjectNode o = article(clean, language, sentences, tokens);
    if (assignment != null) {
      o.put("story", assignment.storyId());
      o.put("duplicate_of", assignment.duplicateOf());
    }
    return o;
  }

  /** One story in the report's shape: the store and the server serve stories through this. */
  public static ObjectNode storyJson(Story s) {
    return story(s);
  }

  private static ObjectNode article(AnalysedArticle a) {
    return article(a.clean(), a.language(), a.sentences().size(), a.tokens().size());
  }

  private static ObjectNode article(CleanArticle c, String language, int sentences, int tokens) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    o.put("source", c.source());
    o.put("url", c.url());
    o.put("outlet", c.outlet().isUnknown() ? null : c.outlet().name());
    o.put("outlet_id", c.outlet().id());
    o.put("outlet_evidence", c.outlet().evidence());
    o.put("title", c.title());
    o.set("title_span", c.titleSpan() == null ? F.nullNode() : span(c.titleSpan()));
    o.put("published", c.published() == null ? null : c.published().iso());
    o.put("language", language);
    o.set("dateline", c.dateline() == null ? F.nullNode() : dateline(c.dateline()));
    o.put("text", c.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    c.paragraphs().forEach(p -> paragraphs.add(span(p)));
    ArrayNode removed = o.putArray("removed");
    c.removed().forEach(r -> removed.add(removed(r)));
    ArrayNode issues = o.putArray("issues");
    c.issues().forEach(issues::add);
    ObjectNode counts = o.putObject("counts");
    counts.put("sentences", sentences);
    counts.put("tokens", tokens);
    o.put("original", c.original());
    return o;
  }

  private void assignment(ObjectNode o, StoryAssignment s) {
    o.put("story", s.storyId());
    o.put("duplicate_of", s.duplicateOf());
    if (debug) {
      ObjectNode c = o.putObject("clustering");
      c.put("started_story", s.started());
      c.put("score", round(s.score()));
      c.put("runner_up", s.runnerUp());
      c.put("runner_up_score", round(s.runnerUpScore()));
    }
  }

  private static ObjectNode story(Story s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("title", s.title());
    ArrayNode articles = o.putArray("articles");
    s.articles().forEach(articles::add);
    o.put("first_seen", s.firstSeen() == null ? null : s.firstSeen().iso());
    o.put("last_seen", s.lastSeen() == null ? null : s.lastSeen().iso());
    ArrayNode reuse = o.putArray("reuse");
    s.reuse().forEach(r -> reuse.add(reuse(r, s)));
    o.put("independent_sources", s.independentSources());
    ArrayNode entities = o.putArray("entities");
    s.entities().forEach(e -> entities.add(entity(e)));
    ArrayNode groups = o.putArray("source_groups");
    s.sourceGroups().forEach(g -> {
      ArrayNode group = groups.addArray();
      g.forEach(group::add);
    });
    java.util.Map<String, Entity> byId = new java.util.HashMap<>();
    s.entities().forEach(e -> byId.put(e.id(), e));
    ArrayNode events = o.putArray("events");
    s.events().forEach(e -> events.add(EventJson.event(e, byId)));
    ArrayNode quotes = o.putArray("quotes");
    s.quotes().forEach(q -> quotes.add(EventJson.quote(q)));
    ArrayNode facts = o.putArray("facts");
    s.facts().forEach(f -> facts.add(EventJson.fact(f)));
    ArrayNode brief = o.putArray("brief");
    s.brief().forEach(b -> brief.add(EventJson.briefSentence(b)));
    ArrayNode timeline = o.putArray("timeline");
    s.timeline().forEach(t -> timeline.add(EventJson.timelineEntry(t)));
    return o;
  }

  private static ObjectNode entity(Entity e) {
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("type", e.type().name());
    o.put("canonical", e.canonical());
    ArrayNode aliases = o.putArray("aliases");
    e.aliases().forEach(aliases::add);
    ArrayNode roles = o.putArray("roles");
    e.roles().forEach(roles::add);
    ArrayNode mentions = o.putArray("mentions");
    for (Entity.Mention m : e.mentions()) {
      mentions.addObject().put("article", m.article()).put("text", m.text()).set("span", span(m.span()));
    }
    if (e.geo() == null) {
      o.putNull("geo");
    } else {
      Geo g = e.geo();
      o.putObject("geo").put("lat", g.lat()).put("lon", g.lon()).put("admin1", g.admin1()).put("country", g.country())
          .put("precision", g.precision()).put("place", g.placeId());
    }
    return o;
  }

  private static ObjectNode reuse(Reuse r, Story s) {
    ObjectNode o = F.objectNode();
    o.put("a", r.a());
    o.put("b", r.b());
    o.put("direction", r.direction().code());
    o.put("cross_story", !s.articles().contains(r.a()));
    ArrayNode passages = o.putArray("passages");
    for (Passage p : r.passages()) {
      ObjectNode po = passages.addObject();
      po.set("a_span", span(p.aSpan()));
      po.set("b_span", span(p.bSpan()));
      po.put("words", p.words());
      po.put("similarity", round(p.similarity()));
    }
    return o;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static ObjectNode dateline(Dateline d) {
    ObjectNode o = F.objectNode();
    o.put("place", d.place());
    o.set("place_span", span(d.placeSpan()));
    o.put("credit", d.credit());
    o.set("span", span(d.span()));
    return o;
  }

  private static ObjectNode removed(RemovedBlock r) {
    ObjectNode o = F.objectNode();
    o.set("span", span(r.span()));
    o.put("reason", r.reason().code());
    o.put("text", r.text());
    return o;
  }

  private static ObjectNode rejection(Rejection r) {
    ObjectNode o = F.objectNode();
    o.put("source", r.source());
    o.put("reason", r.reason());
    return o;
  }

  static ArrayNode span(Span s) {
    return F.arrayNode().add(s.start()).add(s.end());
  }

  /** The bundled JSON Schema of the report, as text. */
  public static String schema() {
    try (InputStream in = ReportWriter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
