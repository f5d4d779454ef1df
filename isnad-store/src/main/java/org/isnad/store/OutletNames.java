package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.model.Outlet;

/**
 * Outlets' display names by outlet id, learnt from stored articles: the {@code articles} table keeps
 * an article's outlet id, but its name is inside the stored analysis, which is decoded here once per
 * outlet instead of once per article listed. Outlets the pipeline names from a page's text (ids
 * {@code name:...}) may be spelt in several ways under one id; this gives the spelling of the first
 * article asked about. Thread-safe; holds at most {@link #MAX} outlets (then decodes the others).
 */
final class OutletNames {

  static final int MAX = 10_000;

  private final Map<String, Optional<String>> names = new ConcurrentHashMap<>();

  /** The name of outlet {@code outletId}, read from article {@code articleId} when not known yet; null when unknown. */
  String of(Connection c, String outletId, String articleId) throws SQLException {
    if (outletId == null || outletId.equals(Outlet.UNKNOWN.id())) {
      return null;
    }
    Optional<String> known = names.get(outletId);
    if (known == null) {
      known = Queries.articleRow(c, articleId).map(r -> r.head().clean().outlet())
          .filter(o -> !o.isUnknown()).map(Outlet::name);
      if (names.size() < MAX) {
        names.put(outletId, known);
      }
    }
    return known.orElse(null);
  }
}
