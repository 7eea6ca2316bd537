package org.newsgraph.export;

import java.util.List;
import java.util.Objects;

/**
 * The store seen as a property graph for graph tools: entities (and unnamed sources) as nodes,
 * relations between them as labelled, weighted edges. Node ids are the entities' IRIs.
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {
  public PropertyGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * @param type the local name of its ng: class ("Person", "UnnamedSource")
   * @param articles how many articles it appears in
   * @param link its DBpedia resource ({@code owl:sameAs}), "" when it has none
   * @param wikidata its Wikidata item, "" when it has none
   */
  public record Node(String id, String label, String type, int articles, String link, String wikidata) {
    public Node {
      Objects.requireNonNull(id, "id may not be null");
      Objects.requireNonNull(label, "label may not be null");
      Objects.requireNonNull(type, "type may not be null");
      link = link == null ? "" : link;
      wikidata = wikidata == null ? "" : wikidata;
    }

    /** A node without links. */
    public Node(String id, String label, String type, int articles) {
      this(id, label, type, articles, "", "");
    }
  }

  /**
   * @param kind one of {@link Relations}' kinds ("role", "about", ...)
   * @param label what the edge says ("chairman", "denies")
   * @param weight how many articles have this edge
   */
  public record Edge(String source, String target, String kind, String label, int weight) {
    public Edge {
      Objects.requireNonNull(source, "source may not be null");
      Objects.requireNonNull(target, "target may not be null");
      Objects.requireNonNull(kind, "kind may not be null");
      Objects.requireNonNull(label, "label may not be null");
    }
  }
}
