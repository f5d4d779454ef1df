package org.isnad.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.watch.LoopbackServer.send;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.isnad.ingest.IngestConfig;
import org.isnad.ingest.IngestResult;
import org.isnad.ingest.Ingester;
import org.isnad.model.RawArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher against two loopback servers (two hosts for the watcher: same address, two ports)
 * serving RSS, Atom, a malformed feed, a feed failing once, robots.txt, Arabic pages, a 429 with
 * Retry-After, a redirect, an oversized page and a PDF.
 */
class FeedWatcherTest {

  static final Duration DELAY = Duration.ofMillis(60);
  static final String ETAG = "\"rss-v1\"";
  static final String LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT";

  @TempDir Path tmp;
  LoopbackServer a;
  LoopbackServer b;
  final List<FetchedPage> delivered = Collections.synchronizedList(new ArrayList<>());
  final List<WatchEvent> events = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void serve() throws IOException {
    a = new LoopbackServer();
    b = new LoopbackServer();
    a.route("/robots.txt", (ex, n) -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"))
        .route("/rss.xml", this::rss)
        .route("/atom.xml", this::atom)
        .route("/broken.xml", (ex, n) -> send(ex, 200, "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مكسور</title><item><title>خبر</ti"))
        .route("/flaky.xml", (ex, n) -> {
          if (n == 1) {
            send(ex, 500, "text/plain", "down");
          } else {
            send(ex, 200, "application/rss+xml", rssOf("نشرة متقلبة", a.url("/news/6.html")));
          }
        })
        .route("/go/5", (ex, n) -> send(ex, 302, null, "", "Location", "/news/5.html"))
        .route("/files/report.pdf", (ex, n) -> send(ex, 200, "application/pdf", "%PDF-1.4 not html"))
        .route("/news/big.html", FeedWatcherTest::big);
    for (int i = 1; i <= 6; i++) {
      int k = i;
      a.route("/news/" + k + ".html", (ex, n) -> send(ex, 200, "text/html; charset=utf-8", page(k)));
    }
    a.route("/private/secret.html", (ex, n) -> send(ex, 200, "text/html", page(99)));
    b.route("/b/1.html", (ex, n) -> {
      if (n == 1) {
        send(ex, 429, "text/plain", "slow down", "Retry-After", "1");
      } else {
        send(ex, 200, "text/html; charset=utf-8", page(11));
      }
    }).route("/b/2.html", (ex, n) -> send(ex, 200, "text/html", page(12)));
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
  }

  WatchConfig config() {
    return new WatchConfig(tmp.resolve("data"), Duration.ofSeconds(1), DELAY, Duration.ofSeconds(2),
        Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 1 << 20, 3, 3,
        Duration.ofHours(1), WatchConfig.USER_AGENT);
  }

  List<FeedSource> feeds() {
    return List.of(
        new FeedSource(URI.create(a.url("/rss.xml")), "وكالة الاختبار"),
        new FeedSource(URI.create(a.url("/atom.xml")), null),
        new FeedSource(URI.create(a.url("/broken.xml")), null),
        new FeedSource(URI.create(a.url("/flaky.xml")), null));
  }

  FeedWatcher watcher(PageSink extra) throws IOException {
    return FeedWatcher.create(config(), page -> {
      delivered.add(page);
      extra.accept(page);
    }, events::add);
  }

  @Test
  void deliversEachPageOnceAcrossPollsAndRestartsPolitely() throws Exception {
    Path out = tmp.resolve("pages");
    PageSink folder = PageSink.toFolder(out);
    PollSummary first;
    PollSummary second;
    try (FeedWatcher w = watcher(folder)) {
      first = w.pollOnce(feeds());
      second = w.pollOnce(feeds());
    }
    assertThat(urls()).containsExactlyInAnyOrder(a.url("/news/1.html"), a.url("/news/2.html"),
        a.url("/news/3.html"), a.url("/go/5"));
    assertThat(first.feedsRead()).isEqualTo(2);
    assertThat(first.feedsFailed()).isEqualTo(2);
    assertThat(first.skipped()).isEqualTo(3);
    assertThat(event(WatchEvent.Kind.FEED_FAILED, a.url("/broken.xml"))).contains("not a readable RSS or Atom feed");
    assertThat(event(WatchEvent.Kind.FEED_FAILED, a.url("/flaky.xml"))).contains("HTTP 500");
    assertThat(event(WatchEvent.Kind.SKIPPED, a.url("/private/secret.html"))).contains("robots.txt");
    assertThat(event(WatchEvent.Kind.SKIPPED, a.url("/files/report.pdf"))).contains("application/pdf");
    assertThat(event(WatchEvent.Kind.SKIPPED, a.url("/news/big.html"))).contains("65536");
    assertThat(event(WatchEvent.Kind.FAILED, b.url("/b/1.html"))).contains("HTTP 429", "Retry-After 1 s");
    assertThat(event(WatchEvent.Kind.DEFERRED, b.url("/b/2.html"))).contains("backing off");

    // The second poll: both feeds answer 304 to the validators of the first; nothing new.
    assertThat(second.feedsNotModified()).isEqualTo(2);
    assertThat(second.fetched()).isZero();
    assertThat(a.hits("/rss.xml").get(1).headers().getFirst("If-None-Match")).isEqualTo(ETAG);
    assertThat(a.hits("/atom.xml").get(1).headers().getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    assertThat(b.hits("/b/1.html")).hasSize(1);

    // A restart after the backoffs: validators and pending pages come from the state file.
    Thread.sleep(2100);
    PollSummary third;
    PollSummary fourth;
    try (FeedWatcher w = watcher(folder)) {
      third = w.pollOnce(feeds());
      fourth = w.pollOnce(feeds());
    }
    assertThat(third.feedsNotModified()).isEqualTo(2);
    assertThat(third.fetched()).isEqualTo(3);
    assertThat(fourth.fetched()).isZero();
    assertThat(fourth.pending()).isZero();
    assertThat(urls()).doesNotHaveDuplicates().containsExactlyInAnyOrder(a.url("/news/1.html"),
        a.url("/news/2.html"), a.url("/news/3.html"), a.url("/go/5"), a.url("/news/6.html"), b.url("/b/1.html"),
        b.url("/b/2.html"));
    assertThat(a.hits("/rss.xml").get(2).headers().getFirst("If-None-Match")).isEqualTo(ETAG);

    // Politeness, as the servers saw it.
    assertThat(a.hits("/private/secret.html")).isEmpty();
    assertThat(a.hits("/robots.txt")).hasSize(2); // once per watcher process, cached in between
    assertThat(a.hits("/news/1.html")).hasSize(1);
    List<LoopbackServer.Hit> b1 = b.hits("/b/1.html");
    assertThat(b1).hasSize(2);
    assertThat(Duration.ofNanos(b1.get(1).nanos() - b1.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertDelayRespected(a);
    assertDelayRespected(b);
    assertThat(a.hits()).allSatisfy(h -> assertThat(h.headers().getFirst("User-Agent")).isEqualTo(WatchConfig.USER_AGENT));

    // The folder sink wrote what `isnad analyze` reads.
    IngestResult read = Ingester.create(IngestConfig.DEFAULTS).ingest(List.of(out));
    assertThat(read.rejected()).isEmpty();
    assertThat(read.articles()).hasSize(7);
    RawArticle one = read.articles().stream()
        .filter(r -> a.url("/news/1.html").equals(r.metadata().url())).findFirst().orElseThrow();
    assertThat(one.metadata().outlet()).isEqualTo("وكالة الاختبار");
    assertThat(one.metadata().title()).isEqualTo("العنوان 1");
    assertThat(one.metadata().published()).isNotNull();
    assertThat(one.content()).contains("قالت الوزارة");
    RawArticle three = read.articles().stream()
        .filter(r -> a.url("/news/3.html").equals(r.metadata().url())).findFirst().orElseThrow();
    assertThat(three.metadata().outlet()).isEqualTo("موقع أطلس");
  }

  @Test
  void aFailingSinkIsReportedPerPageAndRetriedOnTheNextPoll() throws Exception {
    int[] calls = {0};
    List<FeedSource> rssOnly = List.of(feeds().get(0));
    try (FeedWatcher w = watcher(page -> {
      if (page.url().endsWith("/news/1.html") && calls[0]++ == 0) {
        throw new IOException("disk full");
      }
    })) {
      PollSummary first = w.pollOnce(rssOnly);
      assertThat(event(WatchEvent.Kind.FAILED, a.url("/news/1.html"))).contains("disk full", "attempt 1 of 3");
      assertThat(first.pending()).isEqualTo(3); // news/1, and the two pages of host b (429, deferred)
      w.pollOnce(rssOnly);
    }
    assertThat(urls().stream().filter(u -> u.endsWith("/news/1.html"))).hasSize(2);
    assertThat(urls().stream().filter(u -> u.endsWith("/news/2.html"))).hasSize(1);
  }

  @Test
  void aRobotsTxtAnswering5xxDefersTheHostsPagesWithoutRequestingThem() throws Exception {
    try (LoopbackServer c = new LoopbackServer()) {
      c.route("/robots.txt", (ex, n) -> send(ex, 500, "text/plain", "oops"))
          .route("/feed.xml", (ex, n) -> send(ex, 200, "application/rss+xml", rssOf("ج", c.url("/p/1.html"))))
          .route("/p/1.html", (ex, n) -> send(ex, 200, "text/html", page(1)));
      List<FeedSource> one = List.of(new FeedSource(URI.create(c.url("/feed.xml")), null));
      try (FeedWatcher w = watcher(p -> {})) {
        PollSummary s = w.pollOnce(one);
        assertThat(s.deferred()).isEqualTo(1);
        assertThat(s.pending()).isEqualTo(1);
        w.pollOnce(one);
      }
      assertThat(event(WatchEvent.Kind.DEFERRED, c.url("/p/1.html"))).contains("robots.txt unavailable", "HTTP 500");
      assertThat(c.hits("/robots.txt")).hasSize(1); // kept unavailable for the backoff, not asked again at once
      assertThat(c.hits("/p/1.html")).isEmpty();
      assertThat(delivered).isEmpty();
    }
  }

  @Test
  void anUnknownStateVersionIsRefused() throws Exception {
    Files.createDirectories(config().dataDir());
    Files.writeString(config().stateFile(), "{\"format\":\"isnad-watch-state\",\"version\":99}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> watcher(p -> {}))
        .isInstanceOf(IOException.class).hasMessageContaining("version 99 is not supported");
  }

  private List<String> urls() {
    synchronized (delivered) {
      return delivered.stream().map(FetchedPage::url).toList();
    }
  }

  private String event(WatchEvent.Kind kind, String url) {
    synchronized (events) {
      return events.stream().filter(e -> e.kind() == kind && e.url().equals(url)).map(WatchEvent::detail)
          .filter(Objects::nonNull).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + url
              + " in " + events));
    }
  }

  private static void assertDelayRespected(LoopbackServer s) {
    List<LoopbackServer.Hit> hits = s.hits();
    for (int i = 1; i < hits.size(); i++) {
      long gap = hits.get(i).nanos() - hits.get(i - 1).nanos();
      assertThat(Duration.ofNanos(gap)).as("gap before %s", hits.get(i).path()).isGreaterThanOrEqualTo(DELAY);
    }
  }

  private void rss(HttpExchange ex, int n) throws IOException {
    if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      send(ex, 304, null, "", "ETag", ETAG);
      return;
    }
    send(ex, 200, "application/rss+xml; charset=utf-8", rssOf("وكالة", a.url("/news/1.html"),
        a.url("/private/secret.html"), a.url("/news/2.html"), a.url("/files/report.pdf"), a.url("/news/big.html"),
        b.url("/b/1.html"), b.url("/b/2.html")), "ETag", ETAG);
  }

  private void atom(HttpExchange ex, int n) throws IOException {
    if (LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
      send(ex, 304, null, "");
      return;
    }
    String xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>موقع أطلس</title><id>urn:atlas</id><updated>2024-05-01T10:00:00Z</updated>
          <entry><title>العنوان 3</title><id>urn:3</id><updated>2024-05-01T09:00:00Z</updated>
            <link rel="alternate" href="/news/3.html#top"/></entry>
          <entry><title>العنوان 1</title><id>urn:1</id><updated>2024-05-01T08:00:00Z</updated>
            <link href="%s"/></entry>
          <entry><title>العنوان 5</title><id>urn:5</id><updated>2024-05-01T07:00:00Z</updated>
            <link rel="alternate" href="/go/5"/></entry>
        </feed>
        """.formatted(a.url("/news/1.html"));
    send(ex, 200, "application/atom+xml", xml, "Last-Modified", LAST_MODIFIED);
  }

  static String rssOf(String title, String... links) {
    StringBuilder items = new StringBuilder();
    for (String link : links) {
      String n = link.replaceAll(".*/(\\w+)(\\.\\w+)?$", "$1");
      items.append("<item><title>العنوان ").append(n).append("</title><link>").append(link)
          .append("</link><pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + title
        + "</title><link>http://example.invalid/</link><description>اختبار</description>" + items
        + "</channel></rss>";
  }

  static String page(int n) {
    return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>العنوان " + n
        + "</title></head><body><article><h1>العنوان " + n + "</h1><p>قالت الوزارة في بيان اليوم إن فرق الإسعاف"
        + " وصلت إلى المنطقة رقم " + n + " ونقلت المصابين إلى المستشفى.</p></article></body></html>";
  }

  /** Over the 64 KB limit, sent chunked: the limit is met while reading, not from Content-Length. */
  private static void big(HttpExchange ex, int n) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>نص طويل جدا</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
    } catch (IOException e) {
      // The watcher hangs up once it has seen enough: that is the point.
    }
  }
}
