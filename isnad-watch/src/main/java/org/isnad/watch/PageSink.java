package org.isnad.watch;

import java.nio.file.Path;

/**
 * Where fetched article pages go: the store, or a folder the batch analyser reads. The watcher calls
 * {@link #accept} from one thread at a time. A page whose {@code accept} throws is reported as
 * failed and tried again on a later poll (up to {@link WatchConfig#maxAttempts}); it never stops the
 * watcher. A page whose {@code accept} returned is never delivered again.
 */
@FunctionalInterface
public interface PageSink {

  void accept(FetchedPage page) throws Exception;

  /**
   * A sink that writes each page as one JSON-lines file in {@code dir} (one object with {@code
   * html}, {@code url}, {@code outlet}, {@code title}, {@code published}), so {@code isnad analyze
   * DIR} reads them.
   */
  static PageSink toFolder(Path dir) {
    return new JsonlFolderSink(dir);
  }
}
