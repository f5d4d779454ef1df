package org.isnad.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Quote;
import org.isnad.model.SourceRef;

/** The JSON of a story's events and quotations, as {@code report.schema.json} describes them. */
final class EventJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EventJson() {}

  static ObjectNode event(Event e, Map<String, Entity> entities) {
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("type", e.type().jsonName());
    o.put("acled_event_type", e.type().acledEventType());
    o.put("acled_sub_event_type", e.acledSubEventType());
    o.put("plover", e.type().plover());
    o.put("date", e.start() == null ? null : e.start().toString());
    o.put("date_end", e.end() == null ? null : e.end().toString());
    o.put("date_precision", e.precision() == null ? null : e.precision().name().toLowerCase(java.util.Locale.ROOT));
    o.set("place", ref(e.place(), entities));
    o.set("actor1", ref(e.actor1(), entities));
    o.set("actor2", ref(e.actor2(), entities));
    ObjectNode figures = o.putObject("figures");
    ArrayNode perpetrators = o.putArray("perpetrators");
    for (FigureKind k : FigureKind.values()) {
      ArrayNode reports = F.arrayNode();
      for (FigureReport r : e.figures()) {
        if (r.figure().kind() == k) {
          (r.figure().perpetrator() ? perpetrators : reports).add(figure(r));
        }
      }
      if (!reports.isEmpty()) {
        figures.set(k.jsonName(), reports);
      }
    }
    ArrayNode mentions = o.putArray("mentions");
    e.mentions().forEach(m -> mentions.add(source(m)));
    return o;
  }

  private static ObjectNode ref(String id, Map<String, Entity> entities) {
    if (id == null) {
      return null;
    }
    Entity e = entities.get(id);
    ObjectNode o = F.objectNode().put("entity", id).put("name", e == null ? null : e.canonical());
    if (e != null && e.geo() != null) {
      o.putObject("geo").put("lat", e.geo().lat()).put("lon", e.geo().lon()).put("admin1", e.geo().admin1())
          .put("country", e.geo().country()).put("precision", e.geo().precision());
    }
    return o;
  }

  private static ObjectNode figure(FigureReport r) {
    Figure f = r.figure();
    ObjectNode o = F.objectNode();
    o.put("kind", f.kind().jsonName());
    o.put("value", f.value());
    o.put("vague", f.vague());
    o.put("group", f.group());
    o.put("article", r.article());
    o.set("span", ReportWriter.span(f.span()));
    o.put("authority", f.authority());
    return o;
  }

  private static ObjectNode source(SourceRef m) {
    ObjectNode o = F.objectNode();
    o.put("article", m.article());
    o.set("span", ReportWriter.span(m.span()));
    return o;
  }

  static ObjectNode quote(Quote q) {
    ObjectNode o = F.objectNode();
    o.put("id", q.id());
    o.put("speaker", q.speaker());
    o.put("speaker_name", q.speakerName());
    o.put("verb", q.verb());
    o.put("text", q.text());
    o.put("article", q.source().article());
    o.set("span", ReportWriter.span(q.source().span()));
    o.put("direct", q.direct());
    o.put("source_type", q.sourceType().jsonName());
    ArrayNode chain = o.putArray("chain");
    q.chain().forEach(l -> chain.add(l.name()));
    o.put("group", q.group());
    return o;
  }

  static ObjectNode fact(org.isnad.model.Fact f) {
    ObjectNode o = F.objectNode();
    o.put("event", f.event());
    o.put("slot", f.slot());
    ArrayNode values = o.putArray("values");
    for (org.isnad.model.FactValue v : f.values()) {
      ObjectNode vo = values.addObject();
      vo.put("value", v.value());
      vo.put("group", v.group());
      ArrayNode articles = vo.putArray("articles");
      v.articles().forEach(articles::add);
      vo.put("sources", v.sources());
      vo.put("authority", v.authority());
      vo.set("spans", sources(v.spans()));
      if (v.floor()) {
        vo.put("floor", true); // "أكثر من عشرة" (1.11.0)
      }
    }
    o.put("status", f.status().jsonName());
    o.put("best", f.best());
    if (f.low() == null) {
      o.putNull("low");
      o.putNull("high");
    } else {
      o.put("low", f.low());
      o.put("high", f.high());
    }
    if (f.group() != null) {
      o.put("group", f.group()); // a side's own count in a two-sided event (1.10.0)
    }
    return o;
  }

  static ObjectNode briefSentence(org.isnad.model.BriefSentence b) {
    ObjectNode o = F.objectNode();
    o.put("text", b.text());
    o.set("citations", sources(b.citations()));
    return o;
  }

  static ObjectNode timelineEntry(org.isnad.model.TimelineEntry t) {
    ObjectNode o = F.objectNode();
    o.put("event", t.event());
    o.put("date", t.start().toString());
    o.put("date_end", t.end().toString());
    o.put("date_precision", t.precision() == null ? null : t.precision().name().toLowerCase(java.util.Locale.ROOT));
    o.put("text", t.text());
    o.set("citations", sources(t.citations()));
    return o;
  }

  private static ArrayNode sources(java.util.List<SourceRef> refs) {
    ArrayNode a = F.arrayNode();
    refs.forEach(r -> a.add(source(r)));
    return a;
  }
}
