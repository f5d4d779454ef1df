package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.isnad.model.AnalysedArticle;

/**
 * The store's format: version {@link Store#FORMAT_VERSION} is written into a new store's {@code
 * meta} table with the fingerprint of the model records its bytes follow, and checked on every
 * opening. An unknown version is refused before anything is read or written.
 */
final class Schema {

  static final String VERSION = "format_version";
  static final String MODEL = "model_fingerprint";

  private Schema() {}

  /**
   * Creates the tables of a new store, or checks an existing store's version.
   *
   * @throws StoreVersionException when the stored version is not {@code supported}
   */
  static void check(Connection c, Path dir, int supported) throws SQLException {
    boolean exists = !Database.rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        r -> r.getString(1)).isEmpty();
    String stored = exists ? Database.meta(c, VERSION) : null;
    if (stored != null) {
      int found = Integer.parseInt(stored);
      if (found != supported) {
        c.rollback();
        throw new StoreVersionException(dir, found, supported);
      }
      String model = Database.meta(c, MODEL);
      if (!modelFingerprint().equals(model)) {
        c.rollback();
        boolean originals = model != null && rawFingerprint().equals(rawPart(model));
        throw new StoreException("the store at " + dir.toAbsolutePath() + " holds analyses of model "
            + model + ", this Isnad writes model " + modelFingerprint()
            + (originals ? " (its originals are readable: run 'isnad reanalyse --store " + dir + "' to analyse them again)"
                : " (format " + supported + " also fixes the model: re-ingest into a new store)"));
      }
      return;
    }
    try (var s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    new Database.Tables(c).create();
    Database.putMeta(c, VERSION, Integer.toString(supported));
    Database.putMeta(c, MODEL, modelFingerprint());
    Database.putMeta(c, "created", Instant.now().toString());
    Database.putMeta(c, "changes", "0");
    c.commit();
  }

  static String modelFingerprint() {
    return RecordCodec.fingerprint(AnalysedArticle.class) + "-" + rawFingerprint();
  }

  /** The fingerprint of the original articles' records: the part of {@link #modelFingerprint} after the dash. */
  static String rawFingerprint() {
    return RecordCodec.fingerprint(org.isnad.model.RawArticle.class);
  }

  /** The raw records' part of a stored model fingerprint, or null. */
  static String rawPart(String model) {
    int dash = model.lastIndexOf('-');
    return dash < 0 ? null : model.substring(dash + 1);
  }
}
