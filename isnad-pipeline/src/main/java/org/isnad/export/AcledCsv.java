package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the events of a report as ACLED-like CSV rows: one row per event that ACLED codes
 * (political violence, protests, strategic developments), with ACLED's column names.
 *
 * <p>Fatalities are coded the ACLED way: the most conservative precise report of the victims
 * killed, plus the attackers killed; every other report, and a dispute between them, goes to {@code
 * notes}. Stateless.
 */
public final class AcledCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("event_id", "event_date", "time_precision", "event_type",
      "sub_event_type", "actor1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision",
      "source", "notes", "fatalities");

  private AcledCsv() {}

  /** Writes the header and one row per codable event of every story; returns the number of rows. */
  public static int write(JsonNode report, Writer out) throws IOException {
    Map<String, String> outlets = new HashMap<>();
    for (JsonNode a : report.path("articles")) {
      String source = a.path("source").asText();
      outlets.put(a.path("id").asText(), a.path("outlet").isTextual() ? a.path("outlet").asText()
          : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
    }
    out.write(String.join(",", COLUMNS) + "\n");
    int rows = 0;
    for (JsonNode story : report.path("stories")) {
      for (JsonNode e : story.path("events")) {
        if (e.path("acled_event_type").isTextual()) {
          out.write(row(e, outlets) + "\n");
          rows++;
        }
      }
    }
    return rows;
  }

  private static String row(JsonNode e, Map<String, String> outlets) {
    JsonNode place = e.path("place");
    JsonNode geo = place.path("geo");
    List<String> cells = new ArrayList<>();
    cells.add(e.path("id").asText());
    cells.add(text(e.path("date")));
    cells.add(timePrecision(e.path("date_precision").asText("")));
    cells.add(e.path("acled_event_type").asText());
    cells.add(e.path("acled_sub_event_type").asText());
    cells.add(text(e.path("actor1").path("name")));
    cells.add(text(e.path("actor2").path("name")));
    cells.add(text(geo.path("admin1")));
    cells.add(text(place.path("name")));
    cells.add(geo.has("lat") ? String.valueOf(geo.path("lat").asDouble()) : "");
    cells.add(geo.has("lon") ? String.valueOf(geo.path("lon").asDouble()) : "");
    cells.add(geoPrecision(geo.path("precision").asText("")));
    cells.add(String.join("; ", sources(e, outlets)));
    cells.add(notes(e));
    cells.add(String.valueOf(fatalities(e)));
    return String.join(",", cells.stream().map(AcledCsv::escape).toList());
  }

  /** The most conservative precise count of victims killed (vague counts only when nothing else), plus attackers killed. */
  static long fatalities(JsonNode e) {
    long victims = conservative(e.path("figures").path("killed"));
    long attackers = 0;
    for (JsonNode p : e.path("perpetrators")) {
      if (p.path("kind").asText().equals("killed")) {
        attackers = Math.max(attackers, p.path("value").asLong());
      }
    }
    return Math.max(0, victims) + attackers;
  }

  private static long conservative(JsonNode reports) {
    long precise = Long.MAX_VALUE;
    long vague = Long.MAX_VALUE;
    for (JsonNode r : reports) {
      long v = r.path("value").asLong();
      if (r.path("vague").asBoolean()) {
        vague = Math.min(vague, v);
      } else {
        precise = Math.min(precise, v);
      }
    }
    return precise != Long.MAX_VALUE ? precise : vague != Long.MAX_VALUE ? vague : 0;
  }

  /** Every figure kind with its distinct values and on whose word, so a dispute is visible. */
  static String notes(JsonNode e) {
    List<String> parts = new ArrayList<>();
    parts.add(e.path("type").asText() + (e.path("date").isNull() ? "" : " on " + e.path("date").asText()));
    for (Map.Entry<String, JsonNode> kind : e.path("figures").properties()) {
      parts.add(kind.getKey() + ": " + values(kind.getValue()));
    }
    for (JsonNode p : e.path("perpetrators")) {
      parts.add("attacker " + p.path("kind").asText() + ": " + p.path("value").asLong());
      break;
    }
    return String.join(". ", parts);
  }

  private static String values(JsonNode reports) {
    Map<Long, Set<String>> byValue = new java.util.TreeMap<>();
    for (JsonNode r : reports) {
      String by = r.path("authority").isTextual() ? r.path("authority").asText() : "outlet";
      byValue.computeIfAbsent(r.path("value").asLong(), k -> new LinkedHashSet<>()).add(by);
    }
    List<String> out = new ArrayList<>();
    byValue.forEach((v, by) -> out.add(v + " (" + String.join(", ", by) + ")"));
    return (byValue.size() > 1 ? "disputed, " : "") + String.join(" vs ", out);
  }

  private static Set<String> sources(JsonNode e, Map<String, String> outlets) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode m : e.path("mentions")) {
      out.add(outlets.getOrDefault(m.path("article").asText(), m.path("article").asText()));
    }
    return out;
  }

  private static String timePrecision(String p) {
    return switch (p) {
      case "day" -> "1";
      case "range", "week" -> "2";
      case "" -> "";
      default -> "3";
    };
  }

  /** ACLED's geo_precision: 1 the town itself, 2 a part of a region, 3 a larger region. */
  private static String geoPrecision(String p) {
    return switch (p) {
      case "exact" -> "1";
      case "admin1", "region", "country" -> "3";
      default -> "";
    };
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : "";
  }

  /** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
  static String escape(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
