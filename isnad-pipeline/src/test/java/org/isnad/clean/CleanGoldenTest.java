package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.ingest.Ingester;
import org.isnad.ingest.IngestConfig;
import org.isnad.model.CleanArticle;
import org.isnad.model.RawArticle;
import org.isnad.model.Span;
import org.isnad.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the cleaning stage on the real seed articles. The expected files hold spans,
 * reasons, the outlet and a hash of the cleaned text, never the articles' text, which stays in
 * ../shared. Regenerate only with {@code -Disnad.golden.update=true}, and review the diff.
 */
class CleanGoldenTest {

  private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/clean");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Cleaner CLEANER = Cleaner.create(CleanConfig.arabic());

  static Stream<Path> seeds() {
    return Seeds.files().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void cleaningMatchesGoldenFile(Path seed) throws IOException {
    RawArticle raw = Ingester.create(IngestConfig.DEFAULTS).ingest(List.of(seed)).articles().get(0);
    ObjectNode actual = summary(CLEANER.clean(raw));
    Path expected = GOLDEN.resolve(caseName(seed) + ".expected.json");
    if (Boolean.getBoolean("isnad.golden.update")) {
      Files.createDirectories(GOLDEN);
      JSON.writeValue(expected.toFile(), actual);
    }
    assertThat(expected).as("golden file; create it with -Disnad.golden.update=true").exists();
    assertThat(actual.toPrettyString()).isEqualTo(JSON.readTree(expected.toFile()).toPrettyString());
  }

  private static String caseName(Path seed) {
    String n = seed.getFileName().toString();
    return "seed-" + n.substring(0, n.indexOf('_'));
  }

  /** Everything the stage decided, without the article's text. */
  static ObjectNode summary(CleanArticle c) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("outlet_id", c.outlet().id());
    o.put("outlet_evidence", c.outlet().evidence());
    o.set("title_span", c.titleSpan() == null ? f.nullNode() : span(c.titleSpan()));
    o.set("dateline_span", c.dateline() == null ? f.nullNode() : span(c.dateline().span()));
    o.put("published", c.published() == null ? null : c.published().iso());
    ArrayNode removed = o.putArray("removed");
    c.removed().forEach(r -> removed.add(f.objectNode().put("reason", r.reason().code()).set("span", span(r.span()))));
    ArrayNode paragraphs = o.putArray("paragraphs");
    c.paragraphs().forEach(p -> paragraphs.add(span(p)));
    o.put("text_sha256", sha256(c.text()));
    return o;
  }

  private static ArrayNode span(Span s) {
    return JsonNodeFactory.instance.arrayNode().add(s.start()).add(s.end());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
