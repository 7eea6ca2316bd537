package org.newsgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Cross-origin reads: pages on other origins may query {@code /kg/sparql}, read graphs, linked data,
 * VoID, the dump and the explorer's JSON ({@code Access-Control-Allow-Origin: *}, without credentials).
 * Write endpoints ({@code /kg/update}, {@code /kg/data}, {@code /api/articles}) never get CORS headers,
 * so a browser never lets another origin's page write, even for a logged-in user.
 */
final class Cors extends HttpFilter {
  /** Headers a page on another origin may read. */
  static final String EXPOSED = "ETag, Last-Modified, Link, Vary, Content-Disposition, " + QueryLimits.TRUNCATED;
  private static final List<String> READ_PATHS = List.of("/kg/sparql", "/kg/query", "/kg/get", "/.well-known/",
      DumpServlet.PATH, "/api/search", "/api/neighbours", "/api/queries", OpenApiServlet.PATH, SiteApi.PATH, "/newsgraph/", "/ontology/");

  private final String basePath;

  Cors(Site site) {
    this.basePath = site.basePath();
  }

  boolean isRead(String path) {
    if (path.startsWith(basePath) && !basePath.equals("/")) return true;
    for (String p : READ_PATHS) if (path.equals(p) || (p.endsWith("/") && path.startsWith(p))) return true;
    return false;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
    String origin = req.getHeader("Origin");
    if (origin == null || !isRead(req.getRequestURI())) {
      chain.doFilter(req, resp);
      return;
    }
    resp.setHeader("Access-Control-Allow-Origin", "*");
    String wanted = req.getHeader("Access-Control-Request-Method");
    if (req.getMethod().equals("OPTIONS") && wanted != null) {
      if (List.of("GET", "HEAD", "POST").contains(wanted)) {
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match, If-Modified-Since");
        resp.setHeader("Access-Control-Max-Age", "3600");
      }
      resp.setStatus(204);
      return;
    }
    resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
    chain.doFilter(req, resp);
  }
}
