package org.isnad.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it refuses before any route sees them (a request line or headers over
 * the size limit, a malformed request): the same JSON error shape as the API, instead of an HTML page.
 */
final class JettyErrors extends ErrorHandler {

  JettyErrors() {
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
    String message = reason == null || reason.isBlank() ? "bad request" : reason.replace("\\", "\\\\").replace("\"", "'");
    String body = "{\"error\":{\"code\":\"" + IsnadServer.codeOf(status) + "\",\"message\":\"" + message + "\"}}";
    return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
  }
}
