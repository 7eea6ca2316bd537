package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.query.SavedQueries;

/**
 * {@code GET /api/queries}: the saved queries of {@code queries/} (name, title, description, text, and
 * the variables one may set, each with what it means) for the UI.
 */
final class SavedQueriesApi extends BaseServlet {
  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    JsonArray out = new JsonArray();
    for (SavedQueries.Saved q : SavedQueries.all()) {
      JsonObject o = new JsonObject();
      o.put("name", q.name());
      o.put("title", q.title());
      o.put("description", q.description());
      o.put("text", q.text());
      JsonArray params = new JsonArray();
      for (SavedQueries.Param p : q.params()) {
        JsonObject po = new JsonObject();
        po.put("name", p.name());
        po.put("description", p.description());
        params.add(po);
      }
      o.put("params", params);
      out.add(o);
    }
    sendJson(resp, out);
  }
}
