package org.isnad.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.isnad.watch.WatchEvent.Kind;

/** The {@link FeedWatcher}: see there. Per poll and host, one virtual thread does that host's work. */
final class PoliteFeedWatcher implements FeedWatcher {

  /** Media types taken as article pages; a missing Content-Type is given the benefit of the doubt. */
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "");
  private static final Predicate<String> HTML = HTML_TYPES::contains;
  private static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
  private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
  private static final long SAVE_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  private record FeedFailure(int failures, long until, String reason) {}

  /** Counts of one poll. */
  private static final class Tally {
    final AtomicInteger feedsRead = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger feedsFailed = new AtomicInteger();
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger deferred = new AtomicInteger();

    PollSummary summary(int pending) {
      return new PollSummary(feedsRead.get(), notModified.get(), feedsFailed.get(), fetched.get(), skipped.get(),
          failed.get(), deferred.get(), pending);
    }
  }

  /** One unit of a host's work. */
  @FunctionalInterface
  private interface Task<T> {
    void run(T item) throws InterruptedException;
  }

  private final WatchConfig config;
  private final PageSink sink;
  private final Consumer<WatchEvent> listener;
  private final WatchState state;
  private final HostGate gate;
  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final Map<String, FeedFailure> feedFailures = new ConcurrentHashMap<>();
  private final ReentrantLock sinkLock = new ReentrantLock();
  private final ReentrantLock listenerLock = new ReentrantLock();
  private volatile long lastSave = System.nanoTime();

  PoliteFeedWatcher(WatchConfig config, PageSink sink, Consumer<WatchEvent> listener, WatchState state) {
    this.config = config;
    this.sink = sink;
    this.listener = listener;
    this.state = state;
    this.gate = new HostGate(config.hostDelay(), config.initialBackoff(), config.maxBackoff());
    this.fetcher = new HttpFetcher(config, gate);
    this.robots = new RobotsCache(fetcher, config);
  }

  @Override
  public WatchConfig config() {
    return config;
  }

  @Override
  public PollSummary pollOnce(List<FeedSource> feeds) throws IOException, InterruptedException {
    Tally t = new Tally();
    // Feeds first, so that pages listed by any feed are pending before pages are fetched; the
    // state is saved in between so that a feed's new validators never outlive its items.
    perHost(feeds, f -> HostGate.key(f.url()), f -> pollFeed(f, t));
    state.save();
    perHost(state.pending(), p -> HostGate.key(URI.create(p.url())), p -> fetchPage(p, t));
    state.save();
    lastSave = System.nanoTime();
    return t.summary(state.pendingCount());
  }

  /** Runs each host's items in order on its own virtual thread; hosts run in parallel. */
  private <T> void perHost(List<T> items, Function<T, String> host, Task<T> task) throws IOException,
      InterruptedException {
    Map<String, List<T>> byHost = new LinkedHashMap<>();
    for (T item : items) {
      byHost.computeIfAbsent(host.apply(item), k -> new ArrayList<>()).add(item);
    }
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
      for (List<T> list : byHost.values()) {
        done.add(ex.submit(() -> {
          for (T item : list) {
            task.run(item);
          }
          return null;
        }));
      }
    }
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        if (e.getCause() instanceof InterruptedException i) {
          throw i;
        }
        throw new IllegalStateException("watch task failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private void pollFeed(FeedSource f, Tally t) throws InterruptedException {
    String url = f.url().toString();
    FeedFailure ff = feedFailures.get(url);
    long now = System.nanoTime();
    if (ff != null && ff.until() - now > 0) {
      t.deferred.incrementAndGet();
      emit(Kind.DEFERRED, url, "feed backing off " + Duration.ofNanos(ff.until() - now).toMillis() + " ms more after: "
          + ff.reason());
      return;
    }
    try {
      HttpFetcher.Response r = fetcher.get(f.url(), conditionalHeaders(url), config.maxFeedBytes(), false, null,
          u -> {});
      feedFailures.remove(url);
      if (r.status() == 304) {
        t.notModified.incrementAndGet();
        emit(Kind.FEED_NOT_MODIFIED, url, "");
        return;
      }
      FeedParser.Feed feed = FeedParser.parse(r.body(), r.uri());
      int added = offerItems(f, feed, t);
      state.setValidators(url, new WatchState.Validators(r.etag(), r.lastModified()));
      t.feedsRead.incrementAndGet();
      emit(Kind.FEED_READ, url, added + " new of " + feed.items().size() + " items");
    } catch (FetchException e) {
      feedFailed(url, e, t);
    }
  }

  private Map<String, String> conditionalHeaders(String url) {
    WatchState.Validators v = state.validators(url);
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", FEED_ACCEPT);
    if (v.etag() != null) {
      h.put("If-None-Match", v.etag());
    }
    if (v.lastModified() != null) {
      h.put("If-Modified-Since", v.lastModified());
    }
    return h;
  }

  private int offerItems(FeedSource f, FeedParser.Feed feed, Tally t) {
    String outlet = f.outlet() != null ? f.outlet() : feed.title();
    int added = 0;
    int i = 0;
    for (FeedParser.Item item : feed.items()) {
      i++;
      if (item.link() == null) {
        t.skipped.incrementAndGet();
        emit(Kind.SKIPPED, f.url() + "#item" + i, item.problem());
      } else if (state.offer(new PendingPage(item.link(), f.url().toString(), outlet, item.title(),
          item.published(), 0))) {
        added++;
      }
    }
    return added;
  }

  private void feedFailed(String url, FetchException e, Tally t) {
    if (e.kind() == FetchException.Kind.DEFERRED) {
      t.deferred.incrementAndGet();
      emit(Kind.DEFERRED, url, e.getMessage());
      return;
    }
    int n = feedFailures.containsKey(url) ? feedFailures.get(url).failures() + 1 : 1;
    Duration wait = Backoff.delay(n, config.initialBackoff(), config.maxBackoff(), ThreadLocalRandom.current());
    feedFailures.put(url, new FeedFailure(n, System.nanoTime() + wait.toNanos(), e.getMessage()));
    t.feedsFailed.incrementAndGet();
    emit(Kind.FEED_FAILED, url, e.getMessage() + "; next try in " + wait.toMillis() + " ms or later");
  }

  private void fetchPage(PendingPage p, Tally t) throws InterruptedException {
    URI u = URI.create(p.url());
    HttpFetcher.Response r;
    try {
      r = fetcher.get(u, Map.of("Accept", PAGE_ACCEPT), config.maxPageBytes(), false, HTML, robots::check);
    } catch (FetchException e) {
      pageFailed(p, e, t);
      return;
    }
    FetchedPage page = new FetchedPage(p.url(), r.body(), r.contentType(), Instant.now(), p.feedUrl(), p.outlet(),
        p.title(), p.published());
    try {
      deliver(page);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      retryOrGiveUp(p, "the sink refused it: " + e, t);
      return;
    }
    state.done(p.url());
    t.fetched.incrementAndGet();
    emit(Kind.FETCHED, p.url(), r.body().length + " bytes");
    saveNowAndThen();
  }

  private void deliver(FetchedPage page) throws Exception {
    sinkLock.lockInterruptibly();
    try {
      sink.accept(page);
    } finally {
      sinkLock.unlock();
    }
  }

  private void pageFailed(PendingPage p, FetchException e, Tally t) {
    switch (e.kind()) {
      case DEFERRED -> {
        t.deferred.incrementAndGet();
        emit(Kind.DEFERRED, p.url(), e.getMessage());
      }
      case SKIPPED -> {
        state.done(p.url());
        t.skipped.incrementAndGet();
        emit(Kind.SKIPPED, p.url(), e.getMessage());
      }
      case PERMANENT -> {
        state.done(p.url());
        t.failed.incrementAndGet();
        emit(Kind.FAILED, p.url(), e.getMessage() + "; given up");
      }
      case TRANSIENT -> retryOrGiveUp(p, e.getMessage(), t);
    }
  }

  private void retryOrGiveUp(PendingPage p, String reason, Tally t) {
    PendingPage again = p.failedOnce();
    t.failed.incrementAndGet();
    if (again.attempts() >= config.maxAttempts()) {
      state.done(p.url());
      emit(Kind.FAILED, p.url(), reason + "; given up after " + again.attempts() + " attempts");
    } else {
      state.retryLater(again);
      emit(Kind.FAILED, p.url(), reason + "; attempt " + again.attempts() + " of " + config.maxAttempts()
          + ", retried on a later poll");
    }
  }

  /** Saves the state at most every two seconds while pages arrive, so a crash loses little. */
  private void saveNowAndThen() {
    long now = System.nanoTime();
    if (now - lastSave > SAVE_EVERY_NANOS) {
      lastSave = now;
      try {
        state.save();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void emit(Kind kind, String url, String detail) {
    listenerLock.lock();
    try {
      listener.accept(new WatchEvent(kind, url, detail));
    } finally {
      listenerLock.unlock();
    }
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
