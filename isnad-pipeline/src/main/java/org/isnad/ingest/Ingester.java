package org.isnad.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Stage 1: reads paths (files, and folders recursively) into raw articles. A file that cannot be
 * read gives one {@link org.isnad.model.Rejection} naming it and the reason; the rest of the batch
 * goes on. Identical articles (same content after white-space folding) are read once: later copies
 * are rejected as duplicates of the first.
 *
 * <p>Instances are immutable and thread-safe; each call keeps its own state.
 */
public interface Ingester {

  /**
   * Reads the given paths in order; folders are walked in name order, hidden entries skipped.
   *
   * @param paths files and folders
   * @param progress called with the number of files read so far, after each file
   */
  IngestResult ingest(List<Path> paths, IntConsumer progress);

  /**
   * Reads one fetched document (an article page, a feed, a JSON or text file) from its bytes: the
   * media type picks the format ({@code text/html}, {@code application/json}, RSS/Atom/XML, {@code
   * text/plain}), else the extension of {@code source}. Fields of {@code given} (what a feed said
   * about the item: its URL, title, outlet, date) fill what the document does not say itself.
   *
   * @param source the document's name as reported (its URL for a fetched page)
   * @param contentType the HTTP media type, or null
   * @param bytes the content
   * @param given metadata known from outside the document; never null ({@code SourceMetadata.NONE})
   */
  IngestResult read(String source, String contentType, byte[] bytes, org.isnad.model.SourceMetadata given);

  default IngestResult ingest(List<Path> paths) {
    return ingest(paths, n -> {});
  }

  static Ingester create(IngestConfig config) {
    return new FileIngester(config);
  }
}
