package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.model.StoryAssignment;

/**
 * The store's write of one article row (stories: {@link StoryWrite}). Called on the writer's
 * connection inside its transaction.
 */
final class Rows {

  private static final String INSERT_ARTICLE = "INSERT INTO articles (seq, id, url, source, outlet, published,"
      + " title, story, duplicate_of, ingested, raw, analysed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

  private Rows() {}

  static void insertArticle(Connection c, long seq, RawArticle raw, AnalysedArticle a, StoryAssignment s)
      throws SQLException {
    var clean = a.clean();
    Database.update(c, INSERT_ARTICLE, seq, a.id(), clean.url() != null ? clean.url() : raw.metadata().url(),
        clean.source(), clean.outlet().id(), clean.published() == null ? null : clean.published().iso(),
        clean.title(), s.storyId(), s.duplicateOf(), Instant.now().toString(), RecordCodec.encode(raw, true),
        RecordCodec.encode(a, false));
  }
}
