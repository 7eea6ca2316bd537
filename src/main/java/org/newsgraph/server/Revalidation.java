package org.newsgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HTTP caching of what depends only on the store's data: linked-data pages, VoID, the dump, graph
 * reads and GETs of SPARQL queries carry an {@code ETag} and {@code Last-Modified} from the
 * {@link DataVersion}; a matching {@code If-None-Match} (or, without one, an {@code If-Modified-Since}
 * not older than the last write) answers 304. The tag differs per {@code Accept} and query string, as
 * each is its own representation.
 */
final class Revalidation extends HttpFilter {
  private final Site site;
  private final DataVersion version;

  Revalidation(Site site, DataVersion version) {
    this.site = site;
    this.version = version;
  }

  boolean applies(HttpServletRequest req) {
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) return false;
    String path = req.getRequestURI();
    if (path.startsWith(site.basePath()) && !site.basePath().equals("/")) return true;
    if (path.equals(VoidServlet.PATH) || path.equals(DumpServlet.PATH) || path.equals("/kg/get")) return true;
    return (path.equals("/kg/sparql") || path.equals("/kg/query")) && req.getParameter("query") != null;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
    if (!applies(req)) {
      chain.doFilter(req, resp);
      return;
    }
    long modified = version.lastModifiedMillis() / 1000 * 1000;
    String variant = req.getRequestURI() + "?" + req.getQueryString() + "|" + req.getHeader("Accept");
    String etag = "\"" + version.tag() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
    resp.setHeader("ETag", etag);
    resp.setDateHeader("Last-Modified", modified);
    resp.setHeader("Vary", "Accept");
    String ifNoneMatch = req.getHeader("If-None-Match");
    boolean fresh;
    if (ifNoneMatch != null) {
      fresh = matches(ifNoneMatch, etag);
    } else {
      long since = dateHeader(req, "If-Modified-Since");
      fresh = since >= 0 && modified <= since;
    }
    if (fresh) {
      resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    chain.doFilter(req, resp);
  }

  static boolean matches(String ifNoneMatch, String etag) {
    for (String t : ifNoneMatch.split(",")) {
      String s = t.strip();
      if (s.startsWith("W/")) s = s.substring(2);
      if (s.equals("*") || s.equals(etag)) return true;
    }
    return false;
  }

  private static long dateHeader(HttpServletRequest req, String name) {
    try {
      return req.getDateHeader(name);
    } catch (IllegalArgumentException e) {
      return -1; // an unreadable date is as if absent
    }
  }
}
