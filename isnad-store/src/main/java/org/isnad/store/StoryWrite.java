package org.isnad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Fact;
import org.isnad.model.Quote;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.report.ReportWriter;

/**
 * Writes a rebuilt story as a difference from what is stored: its {@code stories} row, and of its
 * parts' rows ({@link StoryParts}) only those whose elements changed, appeared or vanished. When a
 * story of 50 articles gains one, most of its entities, quotations and copied passages are as they
 * were, and are neither serialised nor written again.
 *
 * <p>Whether a row changed is told by a hash of what its JSON is made of, kept in the row: its
 * elements' records ({@link RecordCodec#hash}) and what else {@link ReportWriter} reads to write
 * them, namely for a copied passage whether its earlier article is a member ({@code cross_story}),
 * and for an event the name and place of each entity it refers to. The JSON of the changed rows
 * comes from {@link ReportWriter#storyJson} of the story with only their elements (and the entities
 * the changed events refer to), so the report's one serialiser still writes every piece. The
 * report's version is part of every hash: a new serialiser rewrites every row of a story it
 * rebuilds.
 */
final class StoryWrite {

  /** A new story's row; an existing story keeps its {@code first_seq}. */
  private static final String UPSERT_STORY = "INSERT INTO stories (id, first_seq, changed, title, articles, sources,"
      + " last_seen, json) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET changed = excluded.changed,"
      + " title = excluded.title, articles = excluded.articles, sources = excluded.sources,"
      + " last_seen = excluded.last_seen, json = excluded.json";

  private static final long SERIALISER = Hashes.of(ReportWriter.SCHEMA_VERSION);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Story story;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Set<String> members;
  private final Map<StoryParts, Part> parts = new EnumMap<>(StoryParts.class);

  /**
   * One part of the story: each row's key and hash, whether it is stored and must be written, and
   * the stored rows that are gone.
   */
  private record Part(String[] keys, long[] hashes, boolean[] stored, boolean[] write, Set<String> gone) {
    /** The rows to write, in order. */
    int[] changed() {
      int[] out = new int[write.length];
      int n = 0;
      for (int u = 0; u < write.length; u++) {
        if (write[u]) {
          out[n++] = u;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  private StoryWrite(Story story) {
    this.story = story;
    if (!story.events().isEmpty()) { // only events refer to entities
      story.entities().forEach(e -> entities.put(e.id(), e));
    }
    this.members = story.reuse().isEmpty() ? Set.of() : new HashSet<>(story.articles()); // for copied passages
  }

  /**
   * Writes story {@code s} on the writer's connection, in its transaction.
   *
   * @param firstSeq the arrival number of its first article, kept when the story is new
   * @param fresh whether the story has no rows yet
   * @param changed the store's change counter of this transaction
   */
  static void write(Connection c, Story s, long firstSeq, boolean fresh, long changed) throws SQLException {
    StoryWrite w = new StoryWrite(s);
    for (StoryParts p : StoryParts.values()) {
      w.plan(c, p, fresh);
    }
    ObjectNode json = ReportWriter.storyJson(w.changedOnly());
    Map<StoryParts, List<String>> rows = new EnumMap<>(StoryParts.class);
    for (StoryParts p : StoryParts.values()) {
      rows.put(p, w.rowJson(p, json.get(p.table)));
      StoryParts.keys(json, p, Arrays.asList(w.parts.get(p).keys()));
    }
    Database.update(c, UPSERT_STORY, s.id(), firstSeq, changed, s.title(), s.articles().size(),
        s.independentSources(), s.lastSeen() == null ? null : s.lastSeen().iso(), json.toString());
    for (StoryParts p : StoryParts.values()) {
      w.writeRows(c, p, rows.get(p));
    }
  }

  /** Compares the part's rows with the stored ones. */
  private void plan(Connection c, StoryParts p, boolean fresh) throws SQLException {
    Map<String, Long> stored = fresh ? new HashMap<>() : p.stored(c, story.id());
    int n = p.rows(story);
    int elements = p.of(story).size();
    Part part = new Part(new String[n], new long[n], new boolean[n], new boolean[n], stored.keySet());
    for (int u = 0; u < n; u++) {
      part.keys()[u] = p.key(story, u);
      long h = SERIALISER;
      for (int i = p.first(u), end = p.end(u, elements); i < end; i++) {
        h = Hashes.combine(h, hash(p.of(story).get(i)));
      }
      part.hashes()[u] = h;
      Long old = stored.remove(part.keys()[u]);
      part.stored()[u] = old != null;
      part.write()[u] = old == null || old != h;
    }
    parts.put(p, part);
  }

  /** The hash of what an element is serialised from. */
  private long hash(Record r) {
    long h = RecordCodec.hash(r);
    if (r instanceof Reuse reuse) {
      h = Hashes.combine(h, members.contains(reuse.a()) ? 1 : 2);
    } else if (r instanceof Event e) {
      for (String ref : new String[] {e.place(), e.actor1(), e.actor2()}) {
        Entity named = ref == null ? null : entities.get(ref);
        h = Hashes.combine(h, named == null || named.canonical() == null ? 0 : Hashes.of(named.canonical()));
        h = Hashes.combine(h, named == null || named.geo() == null ? 0 : RecordCodec.hash(named.geo()));
      }
    }
    return h;
  }

  /**
   * The story with only the elements of the changed rows of each part, in order, and after the
   * changed entities those the changed events refer to (their JSON is not stored; they name the
   * events' places and actors).
   */
  private Story changedOnly() {
    Map<String, Entity> named = new LinkedHashMap<>();
    changed(StoryParts.ENTITIES).forEach(o -> named.put(((Entity) o).id(), (Entity) o));
    List<Event> events = changed(StoryParts.EVENTS).stream().map(Event.class::cast).toList();
    for (Event e : events) {
      for (String ref : new String[] {e.place(), e.actor1(), e.actor2()}) {
        if (ref != null && entities.containsKey(ref)) {
          named.putIfAbsent(ref, entities.get(ref));
        }
      }
    }
    Story s = story;
    return new Story(s.id(), s.title(), s.articles(), s.firstSeen(), s.lastSeen(),
        changed(StoryParts.REUSE).stream().map(Reuse.class::cast).toList(), s.independentSources(), s.sourceGroups(),
        new ArrayList<>(named.values()), events, changed(StoryParts.QUOTES).stream().map(Quote.class::cast).toList(),
        changed(StoryParts.FACTS).stream().map(Fact.class::cast).toList(), s.brief(), s.timeline());
  }

  /** The elements of the changed rows of part {@code p}, in order. */
  private List<Record> changed(StoryParts p) {
    List<? extends Record> all = p.of(story);
    List<Record> out = new ArrayList<>();
    for (int u : parts.get(p).changed()) {
      out.addAll(all.subList(p.first(u), p.end(u, all.size())));
    }
    return out;
  }

  /**
   * The JSON of each changed row of part {@code p}: its elements in {@code array} (the changed
   * elements' JSON, in order), joined by commas.
   */
  private List<String> rowJson(StoryParts p, JsonNode array) {
    int elements = p.of(story).size();
    List<String> out = new ArrayList<>();
    if (array == null || array.isEmpty()) {
      return out;
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.setRootValueSeparator(null);
      int next = 0;
      for (int u : parts.get(p).changed()) {
        for (int i = p.first(u), end = p.end(u, elements); i < end; i++) {
          if (i > p.first(u)) {
            g.writeRaw(',');
          }
          g.writeTree(array.get(next++));
        }
        g.flush();
        out.add(text.toString());
        text.getBuffer().setLength(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Inserts and updates the changed rows of part {@code p} ({@code json} in order), deletes the gone. */
  private void writeRows(Connection c, StoryParts p, List<String> json) throws SQLException {
    Part part = parts.get(p);
    int[] changed = part.changed();
    for (int j = 0; j < changed.length; j++) {
      int u = changed[j];
      List<Object> values = p.keyed() ? p.values(story, u) : List.of();
      List<Object> params = new ArrayList<>(6 + values.size());
      boolean update = part.stored()[u];
      if (!update) {
        params.add(story.id());
        params.add(p.keyValue(part.keys()[u]));
      }
      params.add(part.hashes()[u]);
      params.add(json.get(j));
      params.addAll(values);
      if (update) {
        params.add(story.id());
        params.add(p.keyValue(part.keys()[u]));
      }
      Database.update(c, update ? p.update : p.insert, params.toArray());
    }
    for (String k : part.gone()) {
      Database.update(c, p.delete, story.id(), p.keyValue(k));
    }
  }
}
