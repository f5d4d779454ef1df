package org.isnad.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web UI: the story list with search ({@code /}) and one story ({@code /stories/{id}}), built in
 * the browser from the API with the HTML report's own script and style. Every asset comes from this
 * server (a Content-Security-Policy forbids any other load); assets are read once from the class path.
 */
final class WebUi {

  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private record Asset(String type, byte[] bytes) {}

  private final Map<String, Asset> assets = Map.of(
      "index.html", asset("web/index.html", "text/html; charset=utf-8"),
      "story.html", asset("web/story.html", "text/html; charset=utf-8"),
      "app.js", asset("web/app.js", "text/javascript; charset=utf-8"),
      "story.js", asset("web/story.js", "text/javascript; charset=utf-8"),
      "serve.css", asset("web/serve.css", "text/css; charset=utf-8"),
      "report.js", asset("/org/isnad/report/report.js", "text/javascript; charset=utf-8"),
      "report.css", asset("/org/isnad/report/report.css", "text/css; charset=utf-8"),
      "map-data.js", asset("/org/isnad/report/map-data.js", "text/javascript; charset=utf-8"),
      "openapi.yaml", asset("/openapi.yaml", "application/yaml; charset=utf-8"));

  List<Route> routes() {
    return List.of(
        new Route("GET", "/", Set.of(), ctx -> send(ctx, "index.html")),
        new Route("GET", "/stories/{id}", Set.of("article", "limit"), ctx -> send(ctx, "story.html")),
        new Route("GET", "/assets/{name}", Set.of(), this::asset),
        new Route("GET", Api.BASE + "/openapi.yaml", Set.of(), ctx -> send(ctx, "openapi.yaml")));
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.endsWith(".html") || name.equals("openapi.yaml") || !assets.containsKey(name)) {
      throw ApiException.notFound("asset " + (name.length() > 40 ? name.substring(0, 40) : name));
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    Asset a = assets.get(name);
    ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache")
        .contentType(a.type()).result(a.bytes());
  }

  private static Asset asset(String path, String type) {
    String resource = path.startsWith("/") ? path : "/org/isnad/serve/" + path;
    try (InputStream in = WebUi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Asset(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
