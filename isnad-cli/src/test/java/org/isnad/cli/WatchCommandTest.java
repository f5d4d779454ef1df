package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad watch --once} against a loopback server, then {@code isnad analyze} on what it wrote. */
class WatchCommandTest {

  @TempDir Path tmp;
  HttpServer server;
  String base;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String body;
    String type = "text/html; charset=utf-8";
    int status = 200;
    if (path.equals("/feed.xml")) {
      type = "application/rss+xml";
      body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>نشرة</title>"
          + "<link>" + base + "/</link><description>اختبار</description>"
          + "<item><title>افتتاح جسر جديد</title><link>" + base + "/a.html</link></item>"
          + "<item><title>مفقود</title><link>" + base + "/gone.html</link></item></channel></rss>";
    } else if (path.equals("/a.html")) {
      body = "<html><head><meta charset=\"utf-8\"><title>افتتاح جسر جديد</title></head><body><article>"
          + "<h1>افتتاح جسر جديد</h1><p>افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر بعد عامين من العمل.</p>"
          + "<p>وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة.</p></article></body></html>";
    } else {
      status = 404;
      type = "text/plain";
      body = "not found";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void watchOnceWritesPagesThatAnalyzeReads() throws IOException {
    Path feeds = tmp.resolve("feeds.txt");
    Files.writeString(feeds, "# test feeds\n" + base + "/feed.xml\tوكالة المحلي\n");
    Path pages = tmp.resolve("pages");
    String[] args = {"watch", "--feeds", feeds.toString(), "--out", pages.toString(), "--data",
      tmp.resolve("data").toString(), "--delay", "10", "--once"};

    Cli.Run first = Cli.run(args);
    assertThat(first.code()).as(first.toString()).isEqualTo(Main.SOME_REJECTED);
    assertThat(first.out()).contains("fetched " + base + "/a.html", "failed " + base + "/gone.html: HTTP 404",
        "pages: 1 fetched");
    assertThat(Files.exists(tmp.resolve("data/watch-state.json"))).isTrue();

    Cli.Run again = Cli.run(args);
    assertThat(again.code()).as(again.toString()).isEqualTo(Main.OK);
    assertThat(again.out()).contains("0 new of 2 items", "pages: 0 fetched");

    Cli.Run analyze = Cli.run("analyze", pages.toString(), "--out", tmp.resolve("report").toString(), "--quiet");
    assertThat(analyze.code()).as(analyze.toString()).isEqualTo(Main.OK);
    assertThat(Cli.readReport(tmp.resolve("report")).toString()).contains("وكالة المحلي", base + "/a.html");
  }

  @Test
  void watchOnceIntoAStoreMakesTheStorySearchable() throws IOException {
    Path feeds = tmp.resolve("feeds.txt");
    Files.writeString(feeds, base + "/feed.xml\tوكالة المحلي\n");
    Path store = tmp.resolve("store");
    Cli.Run r = Cli.run("watch", "--feeds", feeds.toString(), "--store", store.toString(), "--data",
        tmp.resolve("data").toString(), "--delay", "10", "--once");
    assertThat(r.out()).as(r.toString()).contains("fetched " + base + "/a.html", "stored in");
    try (org.isnad.store.Store s = org.isnad.store.Store.open(store)) {
      assertThat(s.articleCount()).isEqualTo(1);
      assertThat(s.storyCount()).isEqualTo(1);
      assertThat(s.search(org.isnad.search.SearchQuery.of("الجسر")).hits()).hasSize(1);
    }
  }

  @Test
  void aBadFeedsFileIsAUsageErrorNamingTheLine() throws IOException {
    Path feeds = tmp.resolve("feeds.txt");
    Files.writeString(feeds, base + "/feed.xml\nftp://example.org/feed\n");
    Cli.Run r = Cli.run("watch", "--feeds", feeds.toString(), "--once");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("feeds.txt:2", "ftp://example.org/feed");
    assertThat(Cli.run("watch", "--once").code()).isEqualTo(Main.USAGE);
  }
}
