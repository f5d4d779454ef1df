package org.isnad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.model.Story;

/**
 * The large arrays of a story's JSON, stored in rows of their own tables: {@code reuse}, {@code
 * entities}, {@code events}, {@code quotes}, {@code facts}. Entities, events and quotations are
 * listed across stories, so each is a row, known within its story by its {@code id}, with the
 * columns the listings need. Copied passages and facts are never listed: their rows hold {@link
 * #CHUNK} consecutive elements each, known by position {@code n} (the passages only grow at their
 * end, so a rebuilt story rewrites its last chunk). The {@code stories} row holds the rest of the
 * story's JSON, and in place of each of these arrays the keys of its rows in order; reading a story
 * puts the rows' JSON back in their places, so the story read is the report's story object exactly,
 * and every piece of JSON is stored once.
 *
 * <p>Each row also keeps a hash of what its JSON is made of ({@link StoryWrite}), so a rebuilt story
 * rewrites only the rows that changed.
 */
enum StoryParts {
  REUSE("reuse", Story::reuse, null, List.of(), (s, i) -> List.of()),
  ENTITIES("entities", Story::entities, o -> ((Entity) o).id(), List.of("type", "canonical", "mentions"),
      (s, i) -> {
        Entity e = s.entities().get(i);
        return nullable(e.type().name(), e.canonical(), e.mentions().size());
      }),
  EVENTS("events", Story::events, o -> ((Event) o).id(), List.of("type", "start"), (s, i) -> {
    Event e = s.events().get(i);
    return nullable(e.type().name(), e.start() == null ? null : e.start().toString());
  }),
  QUOTES("quotes", Story::quotes, o -> ((Quote) o).id(), List.of("speaker"),
      (s, i) -> nullable(s.quotes().get(i).speakerName())),
  FACTS("facts", Story::facts, null, List.of(), (s, i) -> List.of());

  /** Elements per row of a part known by position (a chunk): it only grows at its end. */
  static final int CHUNK = 32;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The table, and the story JSON's array of the same name. */
  final String table;
  private final Function<Story, List<? extends Record>> elements;
  /** A row's id within its story, or null when rows are known by position. */
  private final Function<Object, String> id;
  private final List<String> columns;
  private final ColumnValues values;
  final String select;
  final String insert;
  final String update;
  final String delete;
  private final String read;

  /** The listing columns' values of a story's element {@code i}. */
  @FunctionalInterface
  interface ColumnValues {
    List<Object> of(Story s, int i);
  }

  StoryParts(String table, Function<Story, List<? extends Record>> elements, Function<Object, String> id,
      List<String> columns, ColumnValues values) {
    this.table = table;
    this.elements = elements;
    this.id = id;
    this.columns = columns;
    this.values = values;
    String k = keyColumn();
    this.select = "SELECT " + k + ", hash FROM " + table + " WHERE story = ?";
    this.insert = "INSERT INTO " + table + " (story, " + k + ", hash, json"
        + columns.stream().map(c -> ", " + c).reduce("", String::concat) + ") VALUES (?, ?, ?, ?"
        + ", ?".repeat(columns.size()) + ")";
    this.update = "UPDATE " + table + " SET hash = ?, json = ?"
        + columns.stream().map(c -> ", " + c + " = ?").reduce("", String::concat)
        + " WHERE story = ? AND " + k + " = ?";
    this.delete = "DELETE FROM " + table + " WHERE story = ? AND " + k + " = ?";
    this.read = "SELECT " + k + ", json FROM " + table + " WHERE story = ?";
  }

  private static List<Object> nullable(Object... values) {
    return Arrays.asList(values);
  }

  private String keyColumn() {
    return id != null ? "id" : "n";
  }

  /** The CREATE TABLE statement of this part. */
  String create() {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table)
        .append(" (story TEXT NOT NULL, ").append(id != null ? "id TEXT" : "n INTEGER")
        .append(" NOT NULL, hash INTEGER NOT NULL, json TEXT NOT NULL");
    for (String c : columns) {
      sql.append(", ").append(c).append(c.equals("mentions") ? " INTEGER NOT NULL" : " TEXT");
    }
    return sql.append(", PRIMARY KEY (story, ").append(keyColumn()).append("))").toString();
  }

  /** The story's elements of this part, in order. */
  List<? extends Record> of(Story s) {
    return elements.apply(s);
  }

  /** Whether rows hold one element each (known by id), or a chunk (known by position). */
  boolean keyed() {
    return id != null;
  }

  /** The key of row {@code u} of this part of {@code s}: its element's id, or its position. */
  String key(Story s, int u) {
    return id != null ? id.apply(of(s).get(u)) : Integer.toString(u);
  }

  /** How many rows the part of {@code s} takes. */
  int rows(Story s) {
    int n = of(s).size();
    return id != null ? n : (n + CHUNK - 1) / CHUNK;
  }

  /** The first element of row {@code u}. */
  int first(int u) {
    return id != null ? u : u * CHUNK;
  }

  /** The element after the last of row {@code u} in a part of {@code n} elements. */
  int end(int u, int n) {
    return id != null ? u + 1 : Math.min(n, (u + 1) * CHUNK);
  }

  /** The key as a value of the key column. */
  Object keyValue(String k) {
    return id != null ? k : (Object) Long.parseLong(k);
  }

  /** The listing columns' values of element {@code i}. */
  List<Object> values(Story s, int i) {
    return values.of(s, i);
  }

  /** Each stored row's key with its hash. */
  Map<String, Long> stored(Connection c, String story) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    Database.query(c, select, r -> out.put(r.getString(1), r.getLong(2)), story);
    return out;
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * The story JSON (UTF-8) of the stories row {@code head} with every part's rows put back in place.
   * Only the head is parsed (it is small: the large arrays hold only keys there); the rows' JSON is
   * copied in as the bytes SQLite keeps, never decoded, parsed or written again, into an array of
   * the exact size. The result is what writing the assembled tree would give: the rows were written
   * by the same Jackson, compactly.
   */
  static byte[] assemble(Connection c, String id, byte[] head) throws SQLException {
    ObjectNode story = (ObjectNode) parse(head);
    List<byte[]> pieces = new ArrayList<>();
    ByteArrayOutputStream frame = new ByteArrayOutputStream(head.length); // the head's JSON between the arrays
    try (JsonGenerator g = JSON.createGenerator(frame)) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> field : story.properties()) {
        g.writeFieldName(field.getKey());
        StoryParts p = byTable(field.getKey());
        if (p == null) {
          g.writeTree(field.getValue());
          continue;
        }
        g.writeStartArray();
        g.flush();
        pieces.add(frame.toByteArray());
        frame.reset();
        p.rows(c, id, field.getValue(), pieces);
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pieces.add(frame.toByteArray());
    return concat(pieces);
  }

  private static byte[] concat(List<byte[]> pieces) {
    int length = 0;
    for (byte[] p : pieces) {
      length = Math.addExact(length, p.length);
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : pieces) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /** The part whose table (and story array) is {@code name}, or null. */
  private static StoryParts byTable(String name) {
    for (StoryParts p : values()) {
      if (p.table.equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static final byte[] COMMA = {','};

  /** Adds to {@code pieces} the JSON of the rows {@code keys} names, in that order, with commas between. */
  private void rows(Connection c, String story, JsonNode keys, List<byte[]> pieces) throws SQLException {
    Map<String, byte[]> rows = new HashMap<>();
    Database.query(c, read, r -> rows.put(r.getString(1), r.getBytes(2)), story);
    for (int i = 0; i < keys.size(); i++) {
      byte[] json = rows.get(keys.get(i).asText());
      if (json == null) {
        throw new StoreException("story " + story + " names " + table + " row " + keys.get(i).asText()
            + ", which is missing");
      }
      if (i > 0) {
        pieces.add(COMMA);
      }
      pieces.add(json);
    }
  }

  /** The keys in order, in place of the elements in the stories row. */
  static ArrayNode keys(ObjectNode story, StoryParts p, List<String> keys) {
    ArrayNode a = story.putArray(p.table);
    keys.forEach(a::add);
    return a;
  }

  private static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new StoreException("stored JSON does not parse: " + e.getMessage(), e);
    }
  }
}
