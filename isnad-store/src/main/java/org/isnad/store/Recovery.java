package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.search.SearchIndex;

/**
 * Opening a store: the archive state and the search index are derived from the committed articles,
 * so a process killed at any moment leaves nothing to repair but what is rebuilt here.
 */
final class Recovery {

  private Recovery() {}

  /** Decodes every stored analysis in arrival order; returns the last arrival number. */
  static long replay(Connection c, Consumer<AnalysedArticle> each) throws SQLException {
    long last = 0;
    try (PreparedStatement p = c.prepareStatement("SELECT seq, analysed FROM articles ORDER BY seq")) {
      p.setFetchSize(256);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          last = r.getLong(1);
          each.accept(RecordCodec.decode(r.getBytes(2), AnalysedArticle.class));
        }
      }
    }
    return last;
  }

  /** The last {@code n} stored raw articles, oldest first (pages for template learning). */
  static List<RawArticle> recentRaws(Connection c, int n) throws SQLException {
    List<RawArticle> out = new ArrayList<>(Database.rows(c, "SELECT raw FROM articles ORDER BY seq DESC LIMIT ?",
        r -> RecordCodec.decode(r.getBytes(1), RawArticle.class), n));
    Collections.reverse(out);
    return out;
  }

  /** Indexes the articles the index had not committed (after a kill); returns how many. */
  static long reindex(Database db, SearchIndex index, long lastSeq) {
    long from = index.committedSeq();
    if (from >= lastSeq) {
      return 0;
    }
    long n;
    try {
      n = Database.rows(db.writer(), "SELECT analysed, story FROM articles WHERE seq > ? ORDER BY seq", r -> {
        index.add(RecordCodec.decode(r.getBytes(1), AnalysedArticle.class), r.getString(2));
        return 1;
      }, from).size();
    } catch (SQLException e) {
      throw new StoreException("cannot re-index the store: " + e.getMessage(), e);
    }
    index.commit(lastSeq);
    return n;
  }
}
