package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Fact;
import org.isnad.model.Quote;
import org.isnad.model.RawArticle;
import org.isnad.model.Story;
import org.isnad.model.StoryAssignment;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.report.ReportWriter;

/**
 * The store's writes: one article row, and one story with its entity, event, quotation and fact
 * rows (replaced as a whole when the story is rebuilt). JSON comes from the report's one serialiser
 * ({@link ReportWriter}), so the store and report.json never drift apart. Called
 * on the writer's connection inside its transaction.
 */
final class Rows {

  private Rows() {}

  static void insertArticle(Connection c, long seq, RawArticle raw, AnalysedArticle a, StoryAssignment s)
      throws SQLException {
    var clean = a.clean();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (seq, id, url, source, outlet,"
        + " published, title, story, duplicate_of, ingested, raw, analysed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setLong(1, seq);
      p.setString(2, a.id());
      p.setString(3, clean.url() != null ? clean.url() : raw.metadata().url());
      p.setString(4, clean.source());
      p.setString(5, clean.outlet().id());
      p.setString(6, clean.published() == null ? null : clean.published().iso());
      p.setString(7, clean.title());
      p.setString(8, s.storyId());
      p.setString(9, s.duplicateOf());
      p.setString(10, Instant.now().toString());
      p.setBytes(11, RecordCodec.encode(raw, true));
      p.setBytes(12, RecordCodec.encode(a, false));
      p.executeUpdate();
    }
  }

  static void replaceStory(Connection c, Story s, long firstSeq, long changed) throws SQLException {
    for (String table : new String[] {"entities", "events", "quotes", "facts"}) {
      Database.update(c, "DELETE FROM " + table + " WHERE story = ?", s.id());
    }
    ObjectNode json = ReportWriter.storyJson(s);
    Database.update(c, "INSERT OR REPLACE INTO stories (id, first_seq, changed, title, articles, sources,"
        + " last_seen, json) VALUES (?,?,?,?,?,?,?,?)", s.id(), firstSeq, changed, s.title(),
        s.articles().size(), s.independentSources(), s.lastSeen() == null ? null : s.lastSeen().iso(),
        json.toString());
    for (int i = 0; i < s.entities().size(); i++) {
      Entity e = s.entities().get(i);
      Database.update(c, "INSERT INTO entities (story, id, type, canonical, mentions, json) VALUES (?,?,?,?,?,?)",
          s.id(), e.id(), e.type().name(), e.canonical(), e.mentions().size(), json.get("entities").get(i).toString());
    }
    for (int i = 0; i < s.events().size(); i++) {
      Event e = s.events().get(i);
      Database.update(c, "INSERT INTO events (story, id, type, start, json) VALUES (?,?,?,?,?)", s.id(), e.id(),
          e.type().name(), e.start() == null ? null : e.start().toString(), json.get("events").get(i).toString());
    }
    for (int i = 0; i < s.quotes().size(); i++) {
      Quote q = s.quotes().get(i);
      Database.update(c, "INSERT INTO quotes (story, id, speaker, json) VALUES (?,?,?,?)", s.id(), q.id(),
          q.speakerName(), json.get("quotes").get(i).toString());
    }
    for (int i = 0; i < s.facts().size(); i++) {
      Fact f = s.facts().get(i);
      Database.update(c, "INSERT INTO facts (story, n, event, slot, status, json) VALUES (?,?,?,?,?,?)", s.id(),
          i, f.event(), f.slot(), f.status().name(), json.get("facts").get(i).toString());
    }
  }
}
