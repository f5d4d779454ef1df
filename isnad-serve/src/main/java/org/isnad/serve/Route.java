package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import java.util.Set;

/**
 * One route of the server: method, Javalin path ({@code {id}} for a path parameter), the query
 * parameters it accepts (any other is a 400), and its handler. The routes are listed once, in
 * {@link Api#routes}, and the OpenAPI test checks each is documented.
 */
record Route(String method, String path, Set<String> params, Handler handler) {
  Route {
    requireNonNull(method, "method must not be null");
    requireNonNull(path, "path must not be null");
    params = Set.copyOf(params);
    requireNonNull(handler, "handler must not be null");
  }

  /** The path in OpenAPI's spelling, which is Javalin's too. */
  String openApiPath() {
    return path;
  }
}
