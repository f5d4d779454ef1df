package org.isnad.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from {@code java.net.http}), for
 * the browser tests: navigate, evaluate, click like a user, capture screenshots, and collect every
 * console error and uncaught exception. One page per instance; not thread-safe.
 */
final class Chromium implements AutoCloseable {

  /** Debian's chromium, as {@code .ci/run} installs it; {@code -Disnad.chromium=PATH} for another. */
  static final Path BINARY = Path.of(System.getProperty("isnad.chromium", "/usr/bin/chromium"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final long TIMEOUT_SECONDS = 15;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Skips the calling test, with a message, when there is no Chromium on this machine. */
  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BINARY), BINARY + " is absent: browser test skipped"
        + " (install Debian's chromium package, as .ci/run does)");
  }

  /** Starts a headless browser with a fresh profile and attaches to its one page. */
  static Chromium launch() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("isnad-chromium");
    Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
        "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      URI browser = URI.create(awaitDevTools(p));
      URI page = pageSocket(browser);
      Chromium[] self = new Chromium[1];
      WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(page, new Listener(msg -> self[0].onMessage(msg)))
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      self[0] = new Chromium(p, profile, ws);
      self[0].send("Page.enable", null);
      self[0].send("Runtime.enable", null);
      self[0].send("Log.enable", null);
      return self[0];
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IOException("could not start or attach to " + BINARY + ": " + e, e);
    }
  }

  /** Reads Chromium's standard error until it names its DevTools socket; drains the rest. */
  private static String awaitDevTools(Process p) throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
        url.completeExceptionally(new IOException("chromium exited before listening"));
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return url.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** The WebSocket of the browser's first page, from the DevTools HTTP endpoint's target list. */
  private static URI pageSocket(URI browser) throws Exception {
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    HttpResponse<String> r = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode t : JSON.readTree(r.body())) {
      if ("page".equals(t.path("type").asText())) {
        return URI.create(t.path("webSocketDebuggerUrl").asText());
      }
    }
    throw new IOException("no page target in " + r.body());
  }

  /** Sends one protocol command and waits for its result. */
  JsonNode send(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    socket.sendText(msg.toString(), true).join();
    try {
      JsonNode reply = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + ": " + reply.get("error"));
      }
      return reply.path("result");
    } catch (Exception e) {
      throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method + " failed: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Sets the viewport; {@code mobile} also makes it a touch phone. */
  void viewport(int width, int height, boolean mobile) {
    send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", mobile));
  }

  /** Emulates a CSS media type ({@code "print"}), or none again with {@code ""}. */
  void media(String type) {
    send("Emulation.setEmulatedMedia", params().put("media", type));
  }

  /** Opens {@code url} and waits for its load event (after the page's scripts ran). */
  void open(String url) {
    loaded = new CompletableFuture<>();
    send("Page.navigate", params().put("url", url));
    try {
      loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("page did not load: " + url, e);
    }
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode eval(String expression) {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + expression + ": " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /**
   * Scrolls the first element matching {@code selector} into view and clicks its centre with the
   * mouse, once the element has rested for two looks in a row and is the one under that point (a
   * strip with scroll snapping may move it again after the scroll).
   */
  void click(String selector) {
    String element = "document.querySelector(" + JSON.valueToTree(selector) + ")";
    eval(element + ".scrollIntoView({block: 'center'})");
    String centre = "(() => { const e = " + element + ", r = e.getBoundingClientRect();"
        + " const x = r.left + r.width / 2, y = r.top + r.height / 2, under = document.elementFromPoint(x, y);"
        + " return {x: x, y: y, hit: under !== null && e.contains(under)}; })()";
    JsonNode box = eval(centre);
    for (int i = 0; i < 60; i++) {
      pause(50);
      JsonNode again = eval(centre);
      if (again.equals(box) && again.get("hit").asBoolean()) {
        break;
      }
      box = again;
    }
    if (!box.get("hit").asBoolean()) {
      throw new IllegalStateException("another element covers the centre of " + selector + " at " + box);
    }
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      send("Input.dispatchMouseEvent", params().put("type", type).put("x", box.get("x").asDouble())
          .put("y", box.get("y").asDouble()).put("button", "left").put("clickCount", 1));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the page", e);
    }
  }

  /** Focuses the first element matching {@code selector} and types {@code text} into it, as a keyboard would. */
  void type(String selector, String text) {
    eval("document.querySelector(" + JSON.valueToTree(selector) + ").focus()");
    send("Input.insertText", params().put("text", text));
  }

  /** Presses and releases Enter or Escape on the focused element, as a keyboard would. */
  void press(String key) {
    int code = switch (key) {
      case "Enter" -> 13;
      case "Escape" -> 27;
      default -> throw new IllegalArgumentException("key " + key);
    };
    ObjectNode down = params().put("type", "keyDown").put("key", key).put("code", key).put("windowsVirtualKeyCode", code);
    if (code == 13) {
      down.put("text", "\r");
    }
    send("Input.dispatchKeyEvent", down);
    send("Input.dispatchKeyEvent", params().put("type", "keyUp").put("key", key).put("code", key)
        .put("windowsVirtualKeyCode", code));
  }

  /** Writes a PNG of the viewport to {@code file}. */
  void screenshot(Path file) throws IOException {
    String data = send("Page.captureScreenshot", params().put("format", "png")).path("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  /** Console errors, uncaught exceptions and error log entries seen so far. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  private void onMessage(String text) {
    JsonNode msg;
    try {
      msg = JSON.readTree(text);
    } catch (IOException e) {
      errors.add("unreadable DevTools message: " + e);
      return;
    }
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
      if (f != null) {
        f.complete(msg);
      }
      return;
    }
    JsonNode p = msg.path("params");
    switch (msg.path("method").asText()) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        String type = p.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          errors.add("console." + type + ": " + p.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if (p.path("entry").path("level").asText().equals("error")) {
          errors.add("log: " + p.path("entry"));
        }
      }
      default -> { }
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(profile);
  }

  /**
   * Deletes the profile, best effort: Chromium's helper processes may still add or remove files in
   * it after the browser exited, which made a plain walk fail on a file that had just vanished.
   */
  private static void deleteTree(Path dir) {
    for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException | java.io.UncheckedIOException e) {
        // a file came or went during the walk: walk again
      }
    }
  }

  /** Joins text frames into messages. */
  private static final class Listener implements WebSocket.Listener {
    private final Consumer<String> sink;
    private final StringBuilder buffer = new StringBuilder();

    Listener(Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String msg = buffer.toString();
        buffer.setLength(0);
        sink.accept(msg);
      }
      ws.request(1);
      return null;
    }
  }
}
