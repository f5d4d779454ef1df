package org.isnad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.isnad.watch.FetchException.Kind;

/**
 * GET with the watcher's manners: every request (each redirect hop too) passes the {@link HostGate};
 * redirects are followed by hand, at most {@code maxRedirects}, each target checked by the caller;
 * bodies are read up to a byte limit and the content type is checked before the body is read.
 * Thread-safe.
 */
final class HttpFetcher implements AutoCloseable {

  /** A usable response: 2xx with its body, or 304 without one. */
  record Response(URI uri, int status, String contentType, String etag, String lastModified, byte[] body) {}

  /** Checks a URL before it is requested (robots.txt for pages); throws to stop. */
  @FunctionalInterface
  interface UriCheck {
    void check(URI uri) throws FetchException, InterruptedException;
  }

  private record Hop(Response response, URI redirect) {}

  private final HttpClient client;
  private final HostGate gate;
  private final WatchConfig config;

  HttpFetcher(WatchConfig config, HostGate gate) {
    this.config = config;
    this.gate = gate;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /**
   * Fetches {@code uri}.
   *
   * @param headers extra request headers (conditional GET validators)
   * @param maxBytes the body limit
   * @param truncate read only the first {@code maxBytes} of a larger body instead of failing
   * @param acceptType tests the response's media type (lower case, without parameters; "" when
   *     absent) before the body is read; null accepts all
   * @param check called on the URL and on every redirect target before it is requested
   */
  Response get(URI uri, Map<String, String> headers, long maxBytes, boolean truncate, Predicate<String> acceptType,
      UriCheck check) throws FetchException, InterruptedException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      check.check(current);
      URI u = current;
      String host = HostGate.key(u);
      Hop h = gate.call(host, () -> once(u, host, headers, maxBytes, truncate, acceptType));
      if (h.response() != null) {
        return h.response();
      }
      if (hop >= config.maxRedirects()) {
        throw new FetchException(Kind.PERMANENT, 0, "more than " + config.maxRedirects() + " redirects");
      }
      current = h.redirect();
    }
  }

  private Hop once(URI uri, String host, Map<String, String> headers, long maxBytes, boolean truncate,
      Predicate<String> acceptType) throws FetchException, InterruptedException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(config.requestTimeout())
        .header("User-Agent", config.userAgent());
    headers.forEach(rb::header);
    HttpResponse<InputStream> r;
    try {
      r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      Duration d = gate.backOff(host, null);
      throw new FetchException(Kind.TRANSIENT, 0, "network: " + describe(e) + " (host backing off "
          + d.toMillis() + " ms)");
    }
    try (InputStream body = r.body()) {
      return answer(uri, host, r, body, maxBytes, truncate, acceptType);
    } catch (IOException e) {
      throw new FetchException(Kind.TRANSIENT, r.statusCode(), "reading the body: " + describe(e));
    }
  }

  private Hop answer(URI uri, String host, HttpResponse<InputStream> r, InputStream body, long maxBytes,
      boolean truncate, Predicate<String> acceptType) throws FetchException, IOException {
    int status = r.statusCode();
    String type = r.headers().firstValue("Content-Type").orElse(null);
    if (status == 304) {
      gate.succeeded(host);
      return new Hop(new Response(uri, status, type, etag(r), lastModified(r), new byte[0]), null);
    }
    if (status >= 300 && status < 400 && status != 304) {
      return new Hop(null, redirect(uri, r));
    }
    if (status < 200 || status >= 300) {
      throw error(host, r);
    }
    gate.succeeded(host);
    if (acceptType != null && !acceptType.test(mediaType(type))) {
      throw new FetchException(Kind.SKIPPED, status, "not an HTML page (Content-Type: "
          + (type == null ? "none" : type) + ")");
    }
    OptionalLong length = r.headers().firstValueAsLong("Content-Length");
    if (!truncate && length.isPresent() && length.getAsLong() > maxBytes) {
      throw tooLarge(maxBytes, "Content-Length " + length.getAsLong());
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (bytes.length > maxBytes) {
      if (!truncate) {
        throw tooLarge(maxBytes, "more bytes sent");
      }
      bytes = java.util.Arrays.copyOf(bytes, (int) maxBytes);
    }
    return new Hop(new Response(uri, status, type, etag(r), lastModified(r), bytes), null);
  }

  private FetchException error(String host, HttpResponse<?> r) {
    int status = r.statusCode();
    if (status == 429 || status == 503) {
      Duration ra = Backoff.retryAfter(r.headers().firstValue("Retry-After").orElse(null),
          ZonedDateTime.now(ZoneOffset.UTC)).orElse(null);
      Duration d = gate.backOff(host, ra);
      return new FetchException(Kind.TRANSIENT, status, "HTTP " + status
          + (ra == null ? "" : ", Retry-After " + ra.toSeconds() + " s") + " (host backing off "
          + d.toMillis() + " ms)");
    }
    if (status == 408 || status >= 500) {
      return new FetchException(Kind.TRANSIENT, status, "HTTP " + status);
    }
    return new FetchException(Kind.PERMANENT, status, "HTTP " + status);
  }

  private static URI redirect(URI uri, HttpResponse<?> r) throws FetchException {
    String location = r.headers().firstValue("Location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(Kind.PERMANENT, r.statusCode(), "HTTP " + r.statusCode() + " without Location");
    }
    try {
      URI target = uri.resolve(location.strip());
      String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
        throw new FetchException(Kind.PERMANENT, r.statusCode(), "redirect to a non-http URL: " + location);
      }
      return target;
    } catch (IllegalArgumentException e) {
      throw new FetchException(Kind.PERMANENT, r.statusCode(), "redirect to a malformed URL: " + location);
    }
  }

  private static FetchException tooLarge(long max, String why) {
    return new FetchException(Kind.SKIPPED, 200, "larger than the limit of " + max + " bytes (" + why + ")");
  }

  /** The media type of a Content-Type value, lower case without parameters; "" when absent. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static String etag(HttpResponse<?> r) {
    return r.headers().firstValue("ETag").orElse(null);
  }

  private static String lastModified(HttpResponse<?> r) {
    return r.headers().firstValue("Last-Modified").orElse(null);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public void close() {
    client.close();
  }
}
