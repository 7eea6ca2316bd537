package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code GET /api/site}: what the web UI needs to know of this server: the base of the graph's IRIs
 * and the path it serves them under (so result IRIs link to this server's pages, whatever host and
 * port the base names), and the row cap of SPARQL answers.
 */
final class SiteApi extends BaseServlet {
  static final String PATH = "/api/site";
  private final Site site;

  SiteApi(Site site) {
    this.site = site;
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    JsonObject o = new JsonObject();
    o.put("base", site.base());
    o.put("basePath", site.basePath());
    o.put("maxRows", site.options().maxRows());
    sendJson(resp, o);
  }
}
