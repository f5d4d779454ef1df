package org.isnad.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on the loopback interface that records every request it receives. */
final class LoopbackServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Hit(String path, long nanos, Headers headers) {}

  /** Answers the {@code n}-th request (1-based) to a path. */
  @FunctionalInterface
  interface Route {
    void handle(HttpExchange ex, int n) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final List<Hit> hits = new ArrayList<>();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::dispatch);
    server.setExecutor(pool);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  LoopbackServer route(String path, Route r) {
    routes.put(path, r);
    return this;
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    synchronized (hits) {
      hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders()));
    }
    int n = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try (ex) {
      Route r = routes.get(path);
      if (r == null) {
        send(ex, 404, "text/plain", "not found");
      } else {
        r.handle(ex, n);
      }
    }
  }

  List<Hit> hits() {
    synchronized (hits) {
      return List.copyOf(hits);
    }
  }

  List<Hit> hits(String path) {
    return hits().stream().filter(h -> h.path().equals(path)).toList();
  }

  static void send(HttpExchange ex, int status, String type, String body, String... headers) throws IOException {
    send(ex, status, type, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  static void send(HttpExchange ex, int status, String type, byte[] body, String... headers) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      ex.getResponseHeaders().set(headers[i], headers[i + 1]);
    }
    boolean empty = status == 304 || body.length == 0;
    ex.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
