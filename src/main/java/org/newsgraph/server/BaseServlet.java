package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of the server's own GET endpoints: the one place where errors become HTTP statuses. A
 * client sees a short message, never a stack trace; the log gets the details.
 */
abstract class BaseServlet extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger(BaseServlet.class);

  /** A 4xx answer with a message for the client. */
  static final class HttpError extends RuntimeException {
    final int status;

    HttpError(int status, String message) {
      super(message);
      this.status = status;
    }

    static HttpError notFound(String what) {
      return new HttpError(404, "not found: " + what);
    }

    static HttpError badRequest(String message) {
      return new HttpError(400, message);
    }
  }

  protected abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

  @Override
  protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try {
      get(req, resp);
    } catch (HttpError e) {
      error(resp, e.status, e.getMessage());
    } catch (QueryCancelledException e) {
      error(resp, 503, "the query took too long and was cancelled");
    } catch (RuntimeException e) {
      LOG.warn("{} {}: {}", req.getMethod(), req.getRequestURI(), e.toString(), e);
      error(resp, 500, "internal error: " + e.getClass().getSimpleName());
    }
  }

  private static void error(HttpServletResponse resp, int status, String message) throws IOException {
    if (resp.isCommitted()) return;
    resp.resetBuffer();
    resp.setStatus(status);
    resp.setContentType("text/plain;charset=utf-8");
    resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpServletResponse resp, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setContentType(contentType + ";charset=utf-8");
    resp.setContentLength(bytes.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }

  static void sendJson(HttpServletResponse resp, JsonValue json) throws IOException {
    resp.setHeader("Cache-Control", "no-cache");
    send(resp, "application/json", JSON.toStringFlat(json));
  }

  static String param(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) throw HttpError.badRequest("missing parameter '" + name + "'");
    return v;
  }
}
