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
import org.isnad.model.Rejection;
import org.isnad.model.RemovedBlock;
import org.isnad.model.Span;
import org.isnad.pipeline.BatchResult;

/**
 * Writes {@code report.json}: the one serialiser of a batch's records, following the contract in
 * {@code report.schema.json} (version {@value #SCHEMA_VERSION}). Spans are {@code [start, end]}
 * arrays of half-open UTF-16 offsets into each article's {@code original}. Stateless and
 * thread-safe.
 */
public final class ReportWriter {

  /** The version of the report contract this writer follows. */
  public static final String SCHEMA_VERSION = "1.0.0";

  /** Where the schema is bundled, as a class-path resource. */
  public static final String SCHEMA_RESOURCE = "/org/isnad/report/report.schema.json";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
    batch.articles().forEach(a -> articles.add(article(a)));
    ArrayNode rejected = root.putArray("rejected");
    batch.rejected().forEach(r -> rejected.add(rejection(r)));
    ArrayNode skipped = root.putArray("skipped");
    batch.skipped().forEach(r -> skipped.add(rejection(r)));
    return root;
  }

  private static ObjectNode article(AnalysedArticle a) {
    CleanArticle c = a.clean();
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
    o.put("language", a.language());
    o.set("dateline", c.dateline() == null ? F.nullNode() : dateline(c.dateline()));
    o.put("text", c.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    c.paragraphs().forEach(p -> paragraphs.add(span(p)));
    ArrayNode removed = o.putArray("removed");
    c.removed().forEach(r -> removed.add(removed(r)));
    ArrayNode issues = o.putArray("issues");
    c.issues().forEach(issues::add);
    ObjectNode counts = o.putObject("counts");
    counts.put("sentences", a.sentences().size());
    counts.put("tokens", a.tokens().size());
    o.put("original", c.original());
    return o;
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
