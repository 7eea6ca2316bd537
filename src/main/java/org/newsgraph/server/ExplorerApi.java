package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.export.Relations;

/**
 * The graph explorer's JSON API.
 * <ul>
 * <li>{@code GET /api/search?q=huawei}: entities whose name contains the text, the most mentioned first;
 * <li>{@code GET /api/neighbours?iri=...}: the entity, its neighbours and the labelled edges to them
 * (roles, statements, denials, claims), each edge weighted by the number of articles that have it.
 * </ul>
 */
final class ExplorerApi extends BaseServlet {
  /** Edges returned at most for one entity: the heaviest first. */
  static final int MAX_EDGES = 150;

  private final Site site;

  ExplorerApi(Site site) {
    this.site = site;
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath();
    JsonObject out = site.read(() -> switch (path) {
      case "/api/search" -> search(param(req, "q"));
      case "/api/neighbours" -> neighbours(param(req, "iri"));
      default -> throw HttpError.notFound(path);
    });
    sendJson(resp, out);
  }

  JsonObject search(String q) {
    if (q.length() > 200) throw HttpError.badRequest("search text too long (at most 200 characters)");
    Lookup look = new Lookup(site);
    JsonArray results = new JsonArray();
    for (Binding r : Sparql.select(site.dsg(), "search", Map.of("q", NodeFactory.createLiteralString(q.strip())))) {
      String e = Sparql.str(r, "e");
      JsonObject o = node(look, e);
      o.put("articles", Sparql.integer(r, "articles", 0));
      results.add(o);
    }
    JsonObject out = new JsonObject();
    out.put("query", q);
    out.put("results", results);
    return out;
  }

  JsonObject neighbours(String iri) {
    Lookup look = new Lookup(site);
    if (!iri.startsWith("http://") && !iri.startsWith("https://")) throw HttpError.badRequest("not an IRI: " + iri);
    if (!look.union().find(Lookup.iri(iri), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).hasNext()) throw HttpError.notFound(iri);
    record Key(String from, String to, String kind, String label) {}
    Map<Key, Set<String>> articles = new LinkedHashMap<>();
    for (Binding r : Sparql.select(site.dsg(), "neighbours", Map.of("e", Lookup.iri(iri)))) {
      String kind = Sparql.str(r, "kind");
      Key k = new Key(Sparql.str(r, "from"), Sparql.str(r, "to"), kind,
          Relations.label(kind, Sparql.str(r, "label"), Sparql.str(r, "stance")));
      articles.computeIfAbsent(k, x -> new HashSet<>()).add(Sparql.str(r, "art"));
    }
    List<Map.Entry<Key, Set<String>>> edges = new ArrayList<>(articles.entrySet());
    edges.sort(Comparator.comparingInt((Map.Entry<Key, Set<String>> e) -> -e.getValue().size())
        .thenComparing(e -> e.getKey().label()));
    JsonArray edgeJson = new JsonArray();
    Map<String, JsonObject> nodes = new LinkedHashMap<>();
    for (var e : edges.subList(0, Math.min(MAX_EDGES, edges.size()))) {
      Key k = e.getKey();
      for (String n : List.of(k.from(), k.to())) if (!n.equals(iri)) nodes.computeIfAbsent(n, x -> node(look, x));
      JsonObject o = new JsonObject();
      o.put("id", k.kind() + "|" + k.from() + "|" + k.to() + "|" + k.label());
      o.put("source", k.from());
      o.put("target", k.to());
      o.put("kind", k.kind());
      o.put("label", k.label());
      o.put("weight", e.getValue().size());
      edgeJson.add(o);
    }
    JsonObject out = new JsonObject();
    out.put("center", node(look, iri));
    JsonArray nodeJson = new JsonArray();
    nodes.values().forEach(nodeJson::add);
    out.put("nodes", nodeJson);
    out.put("edges", edgeJson);
    out.put("truncated", edges.size() > MAX_EDGES);
    return out;
  }

  private JsonObject node(Lookup look, String iri) {
    JsonObject o = new JsonObject();
    o.put("id", iri);
    String label = look.label(iri);
    o.put("label", label == null ? Html.shortIri(site, iri) : label);
    List<String> types = look.ngTypes(iri);
    o.put("type", types.isEmpty() ? "Thing" : types.get(0));
    String local = site.localPath(iri);
    if (local != null || Html.isWebLink(iri)) o.put("page", local == null ? iri : local); // no javascript: links
    return o;
  }
}
