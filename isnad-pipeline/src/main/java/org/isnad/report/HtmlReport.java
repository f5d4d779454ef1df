package org.isnad.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;

/**
 * {@code index.html}: the report as one self-contained, right-to-left Arabic page, a view of the
 * same JSON tree that {@code report.json} holds (see {@code ../shared/DESIGN.md}: the report and the
 * HTML are projections of the same records).
 *
 * <p>The page is a template ({@code report.html}) with its style ({@code report.css}) and script
 * ({@code report.js}) inlined with the map's land and borders ({@code map-data.js}), bundled beside this class, and the report itself embedded as a JSON
 * data island that the script turns into DOM nodes with {@code textContent} only: no article text
 * ever reaches the page as markup. In the island {@code <}, {@code >} and {@code &} are written as
 * JSON escapes, so no text can close the script element. Nothing is fetched from the network: no
 * fonts, no scripts, no map tiles (the map is an SVG coordinate plot).
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPLATE = resource("report.html");
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String MAP = resource("map-data.js");

  private HtmlReport() {}

  /**
   * Writes the page for {@code report} (a tree of {@code report.json}) to {@code file} atomically:
   * a crash never leaves a half-written page.
   *
   * @throws NullPointerException if an argument is null
   */
  public static void write(JsonNode report, Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    String html = render(report);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".index", ".tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--")); // a page to share
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the page for the report in the file {@code reportJson} to {@code file}. */
  public static void write(Path reportJson, Path file) throws IOException {
    write(JSON.readTree(reportJson.toFile()), file);
  }

  /** The page for {@code report}, as one string. */
  public static String render(JsonNode report) {
    Objects.requireNonNull(report, "report must not be null");
    return fill(TEMPLATE, Map.of("title", escapeHtml(pageTitle(report)), "css", CSS, "script", SCRIPT,
        "map", MAP, "data", dataIsland(report)));
  }

  /** The template with each {@code {{key}}} replaced in one pass, so no value is itself scanned. */
  static String fill(String template, Map<String, String> values) {
    StringBuilder sb = new StringBuilder(template.length() + 1024);
    int i = 0;
    for (int j = template.indexOf("{{"); j >= 0; j = template.indexOf("{{", i)) {
      int k = template.indexOf("}}", j);
      String value = k < 0 ? null : values.get(template.substring(j + 2, k));
      if (value == null) {
        throw new IllegalStateException("template marker without a value at " + j);
      }
      sb.append(template, i, j).append(value);
      i = k + 2;
    }
    return sb.append(template, i, template.length()).toString();
  }

  /**
   * The report as the page's data island: the tree without the articles' cleaned {@code text} (the
   * page shows the {@code original} with what was removed), with {@code <}, {@code >}, {@code &} and
   * the two JavaScript line terminators written as JSON escapes.
   */
  static String dataIsland(JsonNode report) {
    JsonNode view = report.deepCopy();
    view.path("articles").forEach(a -> {
      if (a instanceof ObjectNode o) {
        o.remove("text");
      }
    });
    try {
      return escapeForScript(JSON.writeValueAsString(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report tree cannot be serialised", e);
    }
  }

  /** JSON text safe inside a script element: these characters only occur inside JSON strings. */
  static String escapeForScript(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text escaped for HTML element content and quoted attribute values. */
  static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** "إسناد: " and the first story's title, or the bare name when there is no story. */
  private static String pageTitle(JsonNode report) {
    JsonNode stories = report.path("stories");
    int n = stories.size();
    if (n == 0) {
      return "إسناد: تقرير";
    }
    String first = stories.get(0).path("title").asText("");
    return n == 1 ? "إسناد: " + first : "إسناد: " + n + " قصص";
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: org/isnad/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
