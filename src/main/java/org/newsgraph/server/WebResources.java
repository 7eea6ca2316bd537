package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web UI's files, served from the jar ({@code org/newsgraph/web/}): {@code /} is
 * {@code index.html}, everything else is under {@code /ui/}. Files are read once and kept; the
 * vendored libraries are large and never change while the server runs.
 */
final class WebResources extends BaseServlet {
  static final String ROOT = "/org/newsgraph/web/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
      "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
      "txt", "text/plain;charset=utf-8", "md", "text/plain;charset=utf-8");
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    if (req.getServletPath().isEmpty() || req.getServletPath().equals("/")) path = "index.html";
    if (path == null || path.isEmpty() || path.equals("/")) path = "index.html";
    path = path.startsWith("/") ? path.substring(1) : path;
    if (path.contains("..") || path.contains("//") || path.startsWith("/")) throw HttpError.notFound(path);
    byte[] body = load(path);
    if (body == null) throw HttpError.notFound(path);
    String ext = path.substring(path.lastIndexOf('.') + 1);
    resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
    // the vendored libraries are versioned by their folder; our own files may change between releases
    resp.setHeader("Cache-Control", path.startsWith("vendor/") ? "public, max-age=86400" : "no-cache");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  private byte[] load(String path) {
    byte[] cached = cache.get(path);
    if (cached != null) return cached;
    try (InputStream in = WebResources.class.getResourceAsStream(ROOT + path)) {
      if (in == null) return null;
      byte[] bytes = in.readAllBytes();
      cache.put(path, bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
