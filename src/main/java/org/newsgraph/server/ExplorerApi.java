package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.export.Relations;
import org.newsgraph.store.EntityNames;

/**
 * The graph explorer's JSON API.
 * <ul>
 * <li>{@code GET /api/search?q=huawei}: entities whose name contains the text (any case), one whose name
 * is the text first, then the most mentioned ({@link EntityNames}, kept in memory for the data version);
 * <li>{@code GET /api/neighbours?iri=...&limit=N&offset=M}: the entity, one page of its neighbours
 * ranked by weight (the articles behind all their edges with it, heaviest first, then by name), and
 * the labelled edges to them (roles, statements, denials, claims), each weighted by the number of
 * articles that have it. {@code total} is the number of neighbours, so a client can offer "show more"
 * ({@code offset} + the nodes returned < {@code total}). {@code limit} defaults to {@value #DEFAULT_LIMIT},
 * at most {@value #MAX_LIMIT}.
 * </ul>
 */
final class ExplorerApi extends BaseServlet {
  static final int DEFAULT_LIMIT = 25;
  static final int MAX_LIMIT = 500;
  /** Search results at most. */
  static final int SEARCH_RESULTS = 20;

  private final Site site;

  ExplorerApi(Site site) {
    this.site = site;
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath();
    JsonObject out = site.read(() -> switch (path) {
      case "/api/search" -> search(param(req, "q"));
      case "/api/neighbours" -> neighbours(param(req, "iri"), number(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
          number(req, "offset", 0, 0, Integer.MAX_VALUE));
      default -> throw HttpError.notFound(path);
    });
    sendJson(resp, out);
  }

  JsonObject search(String q) {
    if (q.length() > 200) throw HttpError.badRequest("search text too long (at most 200 characters)");
    Lookup look = new Lookup(site);
    JsonArray results = new JsonArray();
    for (EntityNames.Match m : site.store().names().search(site.dsg(), q, SEARCH_RESULTS)) {
      JsonObject o = node(look, m.entity().getURI());
      o.put("articles", m.articles());
      results.add(o);
    }
    JsonObject out = new JsonObject();
    out.put("query", q);
    out.put("results", results);
    return out;
  }

  private static int number(HttpServletRequest req, String name, int dflt, int min, int max) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) throw HttpError.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + v);
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("'" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  /** An edge kind between two entities, with its label. */
  private record Key(String from, String to, String kind, String label) {}

  /** One of an entity's edges and the number of articles that have it. */
  private record Edge(Key key, int articles) {}

  /**
   * An entity's neighbours, ranked by weight (ties in the order they were found), and the edges to
   * each (heaviest first), as of one data version; the labels of neighbours looked up so far.
   */
  private record Neighbourhood(String version, List<String> ranked, Map<String, Integer> weight, Map<String, List<Edge>> edgesOf,
      Map<String, String> labels) {}

  /**
   * The neighbourhoods of the entities expanded last, each for the data version it was read in.
   * Why: reading one means going over every relation of the entity (66,000 statements for the most
   * mentioned of a 10,000-article store, about 2 s), and the explorer asks for it again for each
   * page ("show more"). A neighbourhood of another data version is read again, so a page is never
   * older than the data it is asked in.
   */
  private final Map<String, Neighbourhood> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Neighbourhood> eldest) {
      return size() > KEPT_NEIGHBOURHOODS;
    }
  });
  static final int KEPT_NEIGHBOURHOODS = 32;

  JsonObject neighbours(String iri, int limit, int offset) {
    Lookup look = new Lookup(site);
    if (!iri.startsWith("http://") && !iri.startsWith("https://")) throw HttpError.badRequest("not an IRI: " + iri);
    if (!look.union().find(Lookup.iri(iri), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).hasNext()) throw HttpError.notFound(iri);
    Neighbourhood hood = neighbourhood(iri);
    Map<String, Integer> weight = hood.weight();
    // labels only where the page needs them: of the neighbours whose weight ties with one on the page
    // (a neighbour's label is a lookup in every graph that describes it: thousands for a popular one)
    List<String> ranked = new ArrayList<>(hood.ranked());
    int from = Math.min(offset, ranked.size());
    int to = Math.min(ranked.size(), offset + limit);
    if (from < to) {
      int lo = from;
      int hi = to;
      while (lo > 0 && weight.get(ranked.get(lo - 1)).equals(weight.get(ranked.get(from)))) lo--;
      while (hi < ranked.size() && weight.get(ranked.get(hi)).equals(weight.get(ranked.get(to - 1)))) hi++;
      List<String> band = ranked.subList(lo, hi);
      for (String n : band) hood.labels().computeIfAbsent(n, x -> label(look, x));
      band.sort(Comparator.comparingInt((String n) -> -weight.get(n)).thenComparing(n -> hood.labels().get(n)).thenComparing(n -> n));
    }
    List<String> page = from >= to ? List.of() : ranked.subList(from, to);
    JsonArray nodeJson = new JsonArray();
    JsonArray edgeJson = new JsonArray();
    for (String n : page) {
      JsonObject o = node(look, n);
      o.put("weight", weight.get(n));
      nodeJson.add(o);
      for (Edge e : hood.edgesOf().get(n)) {
        Key k = e.key();
        JsonObject eo = new JsonObject();
        eo.put("id", k.kind() + "|" + k.from() + "|" + k.to() + "|" + k.label());
        eo.put("source", k.from());
        eo.put("target", k.to());
        eo.put("kind", k.kind());
        eo.put("label", k.label());
        eo.put("weight", e.articles());
        edgeJson.add(eo);
      }
    }
    JsonObject out = new JsonObject();
    out.put("center", node(look, iri));
    out.put("nodes", nodeJson);
    out.put("edges", edgeJson);
    out.put("total", ranked.size());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("truncated", offset + page.size() < ranked.size());
    return out;
  }

  /** The entity's neighbourhood as of the data version this read sees: the one kept, or read now. */
  private Neighbourhood neighbourhood(String iri) {
    String version = site.version().tag();
    Neighbourhood hood = kept.get(iri);
    if (hood != null && hood.version().equals(version)) return hood;
    Map<Key, Set<String>> articles = new LinkedHashMap<>();
    for (Binding r : Sparql.select(site.dsg(), "neighbours", Map.of("e", Lookup.iri(iri)))) {
      String kind = Sparql.str(r, "kind");
      Key k = new Key(Sparql.str(r, "from"), Sparql.str(r, "to"), kind,
          Relations.label(kind, Sparql.str(r, "label"), Sparql.str(r, "stance")));
      articles.computeIfAbsent(k, x -> new HashSet<>()).add(Sparql.str(r, "art"));
    }
    // rank the neighbours by the articles behind their edges with this entity
    Map<String, Integer> weight = new LinkedHashMap<>();
    Map<String, List<Edge>> edgesOf = new LinkedHashMap<>();
    for (var e : articles.entrySet()) {
      Key k = e.getKey();
      String other = k.from().equals(iri) ? k.to() : k.from();
      weight.merge(other, e.getValue().size(), Integer::sum);
      edgesOf.computeIfAbsent(other, x -> new ArrayList<>()).add(new Edge(k, e.getValue().size()));
    }
    for (List<Edge> es : edgesOf.values()) {
      es.sort(Comparator.comparingInt((Edge e) -> -e.articles()).thenComparing(e -> e.key().label()));
    }
    List<String> ranked = new ArrayList<>(weight.keySet());
    ranked.sort(Comparator.comparingInt((String n) -> -weight.get(n)));
    hood = new Neighbourhood(version, List.copyOf(ranked), weight, edgesOf, new ConcurrentHashMap<>());
    kept.put(iri, hood);
    return hood;
  }

  /** The name the explorer shows for a node: its label, else a short form of its IRI. */
  private String label(Lookup look, String iri) {
    String label = look.label(iri);
    return label == null ? Html.shortIri(site, iri) : label;
  }

  private JsonObject node(Lookup look, String iri) {
    JsonObject o = new JsonObject();
    o.put("id", iri);
    o.put("label", label(look, iri));
    List<String> types = look.ngTypes(iri);
    o.put("type", types.isEmpty() ? "Thing" : types.get(0));
    String local = site.localPath(iri);
    if (local != null || Html.isWebLink(iri)) o.put("page", local == null ? iri : local); // no javascript: links
    // its links into DBpedia and Wikidata (owl:sameAs), web links only, sorted
    List<String> same = new java.util.ArrayList<>(look.values(iri, org.apache.jena.vocabulary.OWL.sameAs.asNode()));
    same.removeIf(s -> !Html.isWebLink(s));
    Collections.sort(same);
    if (!same.isEmpty()) {
      org.apache.jena.atlas.json.JsonArray links = new org.apache.jena.atlas.json.JsonArray();
      for (String s : same) links.add(s);
      o.put("sameAs", links);
    }
    return o;
  }
}
