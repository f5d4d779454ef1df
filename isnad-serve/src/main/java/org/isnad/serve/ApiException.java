package org.isnad.serve;

import static java.util.Objects.requireNonNull;

/**
 * A request the server refuses: an HTTP status, a stable machine-readable code and a message for a
 * person. The server answers it as {@code {"error": {"code": ..., "message": ...}}}.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(requireNonNull(message, "message must not be null"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
    }
    this.status = status;
    this.code = requireNonNull(code, "code must not be null");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  static ApiException badParameter(String name, String message) {
    return new ApiException(400, "bad_parameter", name + ": " + message);
  }

  static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " not found");
  }
}
