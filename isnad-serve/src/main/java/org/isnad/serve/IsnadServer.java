package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Isnad server: the JSON API ({@link Api}) and the web UI ({@link WebUi}) over one {@link
 * Archive}, on Javalin (Jetty). Every refusal is a JSON error with a code; every exception a handler
 * throws becomes a 500 of the same shape and the server goes on. Start with {@link #start}, stop with
 * {@link #close}. Thread-safe.
 */
public final class IsnadServer implements AutoCloseable {

  private static final String ERROR_WRITTEN = "isnad.error";
  /** How long an accepted request waits for its turn before it is refused as busy. */
  private static final long TURN_WAIT_SECONDS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;
  private final Changes changes;
  private final List<Route> routes;

  private IsnadServer(Javalin app, Changes changes, List<Route> routes) {
    this.app = app;
    this.changes = changes;
    this.routes = routes;
  }

  /** Binds {@code config.host():config.port()} and serves {@code archive} until {@link #close}. */
  public static IsnadServer start(Archive archive, ServerConfig config) {
    requireNonNull(archive, "archive must not be null");
    requireNonNull(config, "config must not be null");
    Changes changes = new Changes(archive, config.maxWaiting());
    List<Route> routes = new java.util.ArrayList<>(new Api(archive, changes).routes());
    routes.addAll(new WebUi().routes());
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.prefer405over404 = true;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      c.jetty.modifyHttpConfiguration(h -> {
        h.setSendServerVersion(false);
        h.setRequestHeaderSize(Math.max(8192, config.maxUriChars() * 2));
      });
    });
    Semaphore inFlight = new Semaphore(config.maxInFlight());
    Semaphore working = new Semaphore(config.maxWorking(), true);
    for (Route r : routes) {
      app.addHttpHandler(HandlerType.valueOf(r.method()), r.path(), guarded(r, config, inFlight, working));
    }
    errors(app);
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      changes.close();
      throw e;
    }
    return new IsnadServer(app, changes, List.copyOf(routes));
  }

  /**
   * The limits every route shares, then the route's own handler, when its turn comes: at most {@code
   * maxWorking} handlers run at once, the others wait in arrival order. Long polls only wait, so they
   * take no turn.
   */
  private static Handler guarded(Route route, ServerConfig config, Semaphore inFlight, Semaphore working) {
    boolean longPoll = route.path().endsWith("/changes");
    return ctx -> {
      checkRequest(ctx, route, config);
      if (longPoll) {
        route.handler().handle(ctx);
        return;
      }
      if (!inFlight.tryAcquire()) {
        throw new ApiException(429, "too_many_requests", "the server is busy; retry in a moment");
      }
      try {
        inTurn(route.handler(), ctx, working);
      } finally {
        inFlight.release();
      }
    };
  }

  private static void inTurn(Handler handler, Context ctx, Semaphore working) throws Exception {
    if (!working.tryAcquire(TURN_WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new ApiException(429, "too_many_requests", "the server is busy; retry in a moment");
    }
    try {
      handler.handle(ctx);
    } finally {
      working.release();
    }
  }

  private static void checkRequest(Context ctx, Route route, ServerConfig config) {
    String query = ctx.queryString();
    int uri = ctx.path().length() + (query == null ? 0 : query.length() + 1);
    if (uri > config.maxUriChars()) {
      throw new ApiException(414, "uri_too_long", "the request target has " + uri + " chars; at most "
          + config.maxUriChars());
    }
    if (ctx.contentLength() > config.maxBodyBytes()) {
      throw new ApiException(413, "body_too_large", "the body has " + ctx.contentLength() + " bytes; at most "
          + config.maxBodyBytes());
    }
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!route.params().contains(e.getKey())) {
        throw new ApiException(400, "unknown_parameter", "unknown parameter " + clip(e.getKey())
            + (route.params().isEmpty() ? "; this route takes none" : "; known: " + route.params().stream().sorted().toList()));
      }
      if (e.getValue().size() > 1) {
        throw new ApiException(400, "repeated_parameter", "parameter " + e.getKey() + " is given more than once");
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** Maps every failure to the JSON error shape, so no handler exception reaches Jetty. */
  private static void errors(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), codeOf(e.getStatus()),
        e.getMessage() == null || e.getMessage().isBlank() ? codeOf(e.getStatus()).replace('_', ' ') : e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal",
        "the server failed on this request (" + e.getClass().getSimpleName() + "); it goes on serving"));
    for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
      app.error(status, ctx -> {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
          error(ctx, status, codeOf(status), status == 404 ? "no such resource: " + clip(ctx.path())
              : status == 405 ? ctx.method() + " is not allowed on " + clip(ctx.path()) : codeOf(status).replace('_', ' '));
        }
      });
    }
  }

  static String codeOf(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 422 -> "unprocessable";
      case 429 -> "too_many_requests";
      case 431 -> "headers_too_large";
      default -> status >= 500 ? "internal" : "http_" + status;
    };
  }

  private static void error(Context ctx, int status, String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error").put("code", code).put("message", message);
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString().getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    if (status == 429) {
      ctx.header("Retry-After", "1");
    }
  }

  /** The port the server listens on (the chosen one when the config asked for 0). */
  public int port() {
    return app.port();
  }

  /** The routes served, API and web UI; for the OpenAPI test. */
  List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    changes.close();
    app.stop();
  }
}
