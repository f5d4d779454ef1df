package org.isnad.watch;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Polls RSS and Atom feeds and delivers each new article page to a {@link PageSink}, once.
 *
 * <p>A poll reads every feed (conditional GET with the ETag and Last-Modified of the last answer;
 * feeds that fail are backed off and never stop the others), adds the items' links not seen before
 * to the pending pages, then fetches the pending pages (robots.txt of their host first, HTML only,
 * size-limited) and hands each to the sink. Requests to one host go one at a time with {@link
 * WatchConfig#hostDelay} between them; different hosts are served in parallel on virtual threads.
 * The state (validators, pending and done pages) is saved atomically in {@link
 * WatchConfig#stateFile()} during and after each poll, so a restart neither loses a pending page nor
 * fetches a done one again.
 *
 * <p>Not for concurrent use: one poll at a time. The sink is called from one thread at a time.
 */
public interface FeedWatcher extends AutoCloseable {

  /**
   * Polls every feed once and fetches the pending pages.
   *
   * @return what the poll did; each step was also reported to the listener as it happened
   * @throws IOException only if the state file cannot be written
   * @throws InterruptedException if interrupted; the state is left as last saved
   */
  PollSummary pollOnce(List<FeedSource> feeds) throws IOException, InterruptedException;

  /**
   * Polls every {@link WatchConfig#pollInterval} until the thread is interrupted.
   *
   * @param afterPoll called with each poll's summary
   */
  default void run(List<FeedSource> feeds, Consumer<PollSummary> afterPoll) throws IOException,
      InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      long start = System.nanoTime();
      afterPoll.accept(pollOnce(feeds));
      long wait = start + config().pollInterval().toNanos() - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(java.time.Duration.ofNanos(wait));
      }
    }
    throw new InterruptedException("watch interrupted");
  }

  WatchConfig config();

  /** Releases the HTTP client. */
  @Override
  void close();

  /**
   * A watcher with the state found in {@code config.stateFile()} (or none).
   *
   * @param listener told of every feed read and page fetched, skipped, failed or deferred, as it
   *     happens, from one thread at a time
   * @throws IOException if the state file exists but cannot be read or has an unknown version
   */
  static FeedWatcher create(WatchConfig config, PageSink sink, Consumer<WatchEvent> listener) throws IOException {
    java.util.Objects.requireNonNull(config, "config must not be null");
    java.util.Objects.requireNonNull(sink, "sink must not be null");
    java.util.Objects.requireNonNull(listener, "listener must not be null");
    return new PoliteFeedWatcher(config, sink, listener, WatchState.load(config.stateFile()));
  }
}
