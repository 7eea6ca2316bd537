package org.newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.Span;

/**
 * Mints the graph's IRIs under one base ({@code --base-iri}, default {@value #DEFAULT_BASE}):
 * {@code entity/{slug}}, {@code article/{id}}, {@code article/{id}/statement/{n}},
 * {@code article/{id}#char=b,e}, {@code graph/{id}}.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "http://localhost:3030/id/";
  private final String base;

  public Iris(String base) {
    Objects.requireNonNull(base, "base may not be null");
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new IllegalArgumentException("base IRI must be http(s), got " + base);
    }
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public static Iris defaults() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  public Node entity(String slug) {
    return NodeFactory.createURI(base + "entity/" + slug);
  }

  public String articleIri(String id) {
    return base + "article/" + segment(id);
  }

  public Node article(String id) {
    return NodeFactory.createURI(articleIri(id));
  }

  public Node graph(String id) {
    return NodeFactory.createURI(base + "graph/" + segment(id));
  }

  /** A node of the article's own: "statement", n gives {@code article/{id}/statement/n}. */
  public Node part(String articleId, String kind, String key) {
    return NodeFactory.createURI(articleIri(articleId) + "/" + kind + "/" + segment(key));
  }

  public Node span(String articleId, Span span) {
    return NodeFactory.createURI(articleIri(articleId) + "#char=" + span.begin() + "," + span.end());
  }

  public Node run(String runId) {
    return NodeFactory.createURI(base + "run/" + segment(runId));
  }

  public Node claimGroup(String claimant, String about) {
    return NodeFactory.createURI(base + "claim-group/" + segment(claimant) + "/" + segment(about));
  }

  /** The article id of a graph IRI, or null when it is not one of ours. */
  public String articleIdOfGraph(String graphIri) {
    String prefix = base + "graph/";
    if (!graphIri.startsWith(prefix)) return null;
    return java.net.URLDecoder.decode(graphIri.substring(prefix.length()), StandardCharsets.UTF_8);
  }

  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
