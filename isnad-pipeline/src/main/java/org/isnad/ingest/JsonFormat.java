package org.isnad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.MediaType;
import org.isnad.model.Published;
import org.isnad.model.SourceMetadata;

/**
 * JSON and JSON lines: objects with {@code text} or {@code html}, and optional {@code title}, {@code
 * url}, {@code outlet}, {@code published}; the names exports commonly use instead are read too
 * ({@code body}/{@code content}, {@code headline}, {@code link}, {@code source}/{@code publisher},
 * {@code published_at}/{@code date}; a body that is markup is read as HTML). A {@code .json} file may hold one object or an array of
 * them; otherwise it is read line by line. A bad line is rejected alone, naming its line number.
 */
final class JsonFormat implements InputFormat {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "article", "articleBody",
      "article_body", "full_text");
  private static final List<String> HTML_FIELDS = List.of("html", "content_html", "body_html");
  private static final List<String> TITLE_FIELDS = List.of("title", "headline");
  private static final List<String> URL_FIELDS = List.of("url", "link", "permalink");
  private static final List<String> OUTLET_FIELDS = List.of("outlet", "source", "publisher", "site_name",
      "site", "source_name");
  private static final List<String> PUBLISHED_FIELDS = List.of("published", "published_at", "datePublished",
      "date_published", "pubDate", "date", "publishedAt");
  private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
      "(?i)<(p|br|div|article|h[1-6])[\\s/>]");
  private final TextDecoder decoder = new TextDecoder();

  @Override
  public List<Item> read(String source, byte[] bytes) throws RejectedInput {
    Decoded d = decoder.decode(bytes);
    String text = d.text().strip();
    if (source.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || text.startsWith("[")) {
      try {
        return values(source, text, d.issues());
      } catch (JsonProcessingException e) {
        if (text.startsWith("[")) {
          throw new RejectedInput("malformed JSON: " + firstLine(e.getOriginalMessage())
              + " at line " + e.getLocation().getLineNr());
        }
      }
    }
    return lines(source, d.text(), d.issues());
  }

  /** Every top-level value of the text: an array of objects, one object, or objects one after another. */
  private List<Item> values(String source, String text, List<String> issues) throws JsonProcessingException,
      RejectedInput {
    List<JsonNode> roots = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNextValue()) {
        roots.add(it.nextValue());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new RejectedInput("unreadable JSON: " + e.getMessage());
    }
    if (roots.size() == 1) {
      return whole(source, roots.get(0), issues);
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      items.add(item(source + "#" + (i + 1), roots.get(i), issues));
    }
    return items;
  }

  private List<Item> whole(String source, JsonNode root, List<String> issues) throws RejectedInput {
    if (root.isObject()) {
      return List.of(item(source, root, issues));
    }
    if (!root.isArray()) {
      throw new RejectedInput("JSON holds neither an object nor an array of objects");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      items.add(item(source + "#" + (i + 1), root.get(i), issues));
    }
    return items;
  }

  private List<Item> lines(String source, String text, List<String> issues) {
    List<Item> items = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = source + ":" + (i + 1);
      try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class)
          .readValues(lines[i])) {
        int k = 0;
        while (it.hasNextValue()) {
          JsonNode node = it.nextValue();
          items.add(item(k++ == 0 ? where : where + "#" + k, node, issues));
        }
      } catch (JsonProcessingException e) {
        items.add(Item.rejected(where, "malformed JSON line: " + firstLine(e.getOriginalMessage())));
      } catch (java.io.IOException e) {
        items.add(Item.rejected(where, "unreadable JSON line: " + e.getMessage()));
      }
    }
    return items;
  }

  private static Item item(String where, JsonNode o, List<String> fileIssues) {
    if (o == null || !o.isObject()) {
      return Item.rejected(where, "not a JSON object");
    }
    String text = first(o, TEXT_FIELDS);
    String html = first(o, HTML_FIELDS);
    if (isBlank(html) && looksLikeHtml(text)) {
      html = text;
      text = null;
    }
    if (isBlank(text) && isBlank(html)) {
      return Item.rejected(where, "the object has no \"text\" or \"html\" field with content"
          + " (nor " + String.join(", ", TEXT_FIELDS.subList(1, TEXT_FIELDS.size())) + ")");
    }
    List<String> issues = new ArrayList<>(fileIssues);
    String published = first(o, PUBLISHED_FIELDS);
    Published p = PublishedParser.parse(published).orElse(null);
    if (p == null && !isBlank(published)) {
      issues.add("unreadable \"published\" value '" + published + "' was ignored");
    }
    SourceMetadata meta = new SourceMetadata(first(o, TITLE_FIELDS), first(o, URL_FIELDS), outlet(o), p);
    return isBlank(text)
        ? Item.article(where, MediaType.HTML, html, meta, issues)
        : Item.article(where, MediaType.TEXT, text, meta, issues);
  }

  /** The first of the fields with content: exports name the same things differently. */
  private static String first(JsonNode o, List<String> fields) {
    for (String f : fields) {
      String v = str(o, f);
      if (!isBlank(v)) {
        return v;
      }
    }
    return null;
  }

  /** The outlet's name; a {@code source} or {@code publisher} that is a URL or an object is read for its name. */
  private static String outlet(JsonNode o) {
    for (String f : OUTLET_FIELDS) {
      JsonNode v = o.get(f);
      String name = v != null && v.isObject() ? str(v, "name") : str(o, f);
      if (!isBlank(name) && !name.contains("://") && !name.startsWith("{")) {
        return name;
      }
    }
    return null;
  }

  /** A body field whose value is markup (paragraph or line-break tags) rather than plain text. */
  static boolean looksLikeHtml(String s) {
    return s != null && HTML_TAG.matcher(s).find();
  }

  private static String str(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
