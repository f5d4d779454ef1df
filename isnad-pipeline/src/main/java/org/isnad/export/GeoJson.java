package org.isnad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the placed things of a report as a GeoJSON FeatureCollection (RFC 7946: WGS 84, {@code
 * [longitude, latitude]}), for a GIS or a web map: one Point feature per event that has a place with
 * coordinates, and one per place the stories name.
 *
 * <p>An event's properties: {@code kind: "event"}, its id, story and story title, type (and ACLED's
 * type), dates and their precision, the place's name, precision, admin1 and country, the two actors,
 * the ACLED-style fatalities, and per figure slot the fact table's best, low, high and status; the
 * articles and outlets that report it. A place's properties: {@code kind: "place"}, its entity id,
 * story, canonical name and spellings, precision, admin1, country, and the articles and outlets
 * that name it. Coordinates are the gazetteer's point for the place, so a country or a region is a
 * coarse point (see {@code precision}). Stateless.
 */
public final class GeoJson {

  private static final JsonFactory JSON = new JsonFactory();
  /** The fact slots that hold counts: every figure kind, and the attackers killed. */
  private static final java.util.List<String> SLOTS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(org.isnad.model.FigureKind.values()).map(org.isnad.model.FigureKind::jsonName),
      java.util.stream.Stream.of("perpetrators_killed")).toList();

  private GeoJson() {}

  /** What was written. */
  public record Written(int events, int places) {}

  /** Writes the FeatureCollection of {@code report} as UTF-8 to {@code out} (left open). */
  public static Written write(JsonNode report, OutputStream out) throws IOException {
    Map<String, String> outlets = outlets(report);
    int events = 0;
    int places = 0;
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (JsonNode story : report.path("stories")) {
        Map<String, JsonNode> facts = factsByEventSlot(story);
        for (JsonNode e : story.path("events")) {
          JsonNode geo = e.path("place").path("geo");
          if (hasPoint(geo)) {
            event(g, story, e, geo, facts, outlets);
            events++;
          }
        }
        for (JsonNode entity : story.path("entities")) {
          if (hasPoint(entity.path("geo"))) {
            place(g, story, entity, outlets);
            places++;
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return new Written(events, places);
  }

  private static void event(JsonGenerator g, JsonNode story, JsonNode e, JsonNode geo, Map<String, JsonNode> facts,
      Map<String, String> outlets) throws IOException {
    startFeature(g, geo);
    g.writeStringField("kind", "event");
    g.writeStringField("id", e.path("id").asText());
    storyFields(g, story);
    copy(g, e, "type", "acled_event_type", "acled_sub_event_type", "date", "date_end", "date_precision");
    g.writeStringField("place", e.path("place").path("name").asText());
    geoFields(g, geo);
    g.writeStringField("actor1", text(e.path("actor1").path("name")));
    g.writeStringField("actor2", text(e.path("actor2").path("name")));
    g.writeNumberField("fatalities", AcledCsv.fatalities(e));
    g.writeObjectFieldStart("figures");
    for (String slot : SLOTS) {
      JsonNode f = facts.get(e.path("id").asText() + "/" + slot);
      if (f != null) {
        g.writeObjectFieldStart(slot);
        copy(g, f, "best", "low", "high", "status");
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    Set<String> articles = new LinkedHashSet<>();
    e.path("mentions").forEach(m -> articles.add(m.path("article").asText()));
    sources(g, articles, outlets);
    endFeature(g);
  }

  private static void place(JsonGenerator g, JsonNode story, JsonNode entity, Map<String, String> outlets)
      throws IOException {
    JsonNode geo = entity.path("geo");
    startFeature(g, geo);
    g.writeStringField("kind", "place");
    g.writeStringField("id", entity.path("id").asText());
    storyFields(g, story);
    g.writeStringField("name", entity.path("canonical").asText());
    g.writeArrayFieldStart("aliases");
    for (JsonNode a : entity.path("aliases")) {
      g.writeString(a.asText());
    }
    g.writeEndArray();
    geoFields(g, geo);
    g.writeNumberField("mentions", entity.path("mentions").size());
    Set<String> articles = new LinkedHashSet<>();
    entity.path("mentions").forEach(m -> articles.add(m.path("article").asText()));
    sources(g, articles, outlets);
    endFeature(g);
  }

  private static void startFeature(JsonGenerator g, JsonNode geo) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(geo.path("lon").asDouble());
    g.writeNumber(geo.path("lat").asDouble());
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
  }

  private static void endFeature(JsonGenerator g) throws IOException {
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void storyFields(JsonGenerator g, JsonNode story) throws IOException {
    g.writeStringField("story", story.path("id").asText());
    g.writeStringField("story_title", text(story.path("title")));
  }

  private static void geoFields(JsonGenerator g, JsonNode geo) throws IOException {
    copy(g, geo, "precision", "admin1", "country");
  }

  private static void sources(JsonGenerator g, Set<String> articles, Map<String, String> outlets) throws IOException {
    g.writeArrayFieldStart("articles");
    for (String a : articles) {
      g.writeString(a);
    }
    g.writeEndArray();
    Set<String> names = new LinkedHashSet<>();
    for (String a : articles) {
      String o = outlets.get(a);
      if (o != null) {
        names.add(o);
      }
    }
    g.writeArrayFieldStart("outlets");
    for (String o : names) {
      g.writeString(o);
    }
    g.writeEndArray();
  }

  /** Copies the named fields of {@code from} that are present (strings, numbers, null) as they are. */
  private static void copy(JsonGenerator g, JsonNode from, String... fields) throws IOException {
    for (String f : fields) {
      JsonNode v = from.get(f);
      if (v == null) {
        continue;
      }
      g.writeFieldName(f);
      if (v.isNumber()) {
        g.writeNumber(v.decimalValue());
      } else if (v.isTextual()) {
        g.writeString(v.asText());
      } else if (v.isBoolean()) {
        g.writeBoolean(v.asBoolean());
      } else {
        g.writeNull();
      }
    }
  }

  private static boolean hasPoint(JsonNode geo) {
    return geo.path("lat").isNumber() && geo.path("lon").isNumber();
  }

  private static Map<String, JsonNode> factsByEventSlot(JsonNode story) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode f : story.path("facts")) {
      if (!f.hasNonNull("group")) { // a side's own count is part of the event's, not the event's
        out.put(f.path("event").asText() + "/" + f.path("slot").asText(), f);
      }
    }
    return out;
  }

  /** Article id to outlet name, for the articles whose outlet is known. */
  private static Map<String, String> outlets(JsonNode report) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode a : report.path("articles")) {
      if (a.path("outlet").isTextual()) {
        out.put(a.path("id").asText(), a.path("outlet").asText());
      }
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : "";
  }
}
