package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.model.EntityKind;
import org.newsgraph.rdf.ArticleGraph;

/**
 * One type per entity across the store. Articles may disagree on what an entity is: NER calls the
 * White House an organisation in one article and a place in the next, "Trump" a person here and
 * an organisation there. Each article's graph states the type its article gives; when an entity
 * then has two of our types in the store, every graph that types it is given the one that comes
 * first in {@link #PRECEDENCE}: Person, Country, Event, Organization, Place (a person's name is
 * rarely anything else; a country is known by table; events by a rule of our own; an organisation
 * is often named after its place), except that a name with a legal form or an "and" is an
 * organisation's rather than a person's. The winner over a set of types does not depend on the order in
 * which they were stated, so the settled type does not depend on the order of ingest.
 *
 * <pre>{@code
 * Txn.executeWrite(dsg, () -> { ...add the article's quads...; EntityTypes.settle(dsg, quads); });
 * }</pre>
 */
public final class EntityTypes {
  /** Our entity types, the one that wins first. */
  public static final List<EntityKind> PRECEDENCE = List.of(EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.EVENT,
      EntityKind.ORGANIZATION, EntityKind.PLACE);
  private static final List<Node> CLASSES = PRECEDENCE.stream().map(ArticleGraph::kindClass).toList();

  private EntityTypes() {}

  /** The type an entity with these types gets: the first of them in {@link #PRECEDENCE}. */
  public static Node winner(Collection<Node> types) {
    for (Node c : CLASSES) if (types.contains(c)) return c;
    throw new IllegalArgumentException("none of our entity types: " + types);
  }

  /**
   * The type an entity with these types and this label gets: as {@link #winner(Collection)}, except
   * that a name with a legal form or an "and" ("Holt, Rinehart and Winston", "Morgan Stanley and Co
   * Inc") is no one person's, so an organisation wins over a person there.
   */
  public static Node winner(Collection<Node> types, String label) {
    Node org = ArticleGraph.kindClass(EntityKind.ORGANIZATION);
    Node person = ArticleGraph.kindClass(EntityKind.PERSON);
    if (label != null && types.contains(org) && types.contains(person)
        && (EntityLinker.hasLegalSuffix(label) || label.contains(" and ") || label.contains("&"))) {
      List<Node> rest = new ArrayList<>(types);
      rest.remove(person);
      return winner(rest);
    }
    return winner(types);
  }

  /**
   * Inside a write transaction, after an article's {@code quads} were added: gives each entity they
   * type one type in every graph of {@code dsg}. Returns how many type statements changed.
   */
  public static int settle(DatasetGraph dsg, List<Quad> quads) {
    Set<Node> subjects = new LinkedHashSet<>();
    for (Quad q : quads) {
      if (q.getPredicate().equals(RDF.Nodes.type) && CLASSES.contains(q.getObject()) && q.getSubject().isURI()) subjects.add(q.getSubject());
    }
    return settle(dsg, subjects);
  }

  /**
   * Inside a write transaction: gives every entity of {@code dsg} that two of its graphs type
   * differently one type in all of them, as ingest does article by article. For graphs that came in
   * by another way than ingest (the bulk loader, a Spark job's output). Returns how many type
   * statements changed.
   */
  public static int settleAll(DatasetGraph dsg) {
    Map<Node, Node> firstType = new HashMap<>();
    Set<Node> mixed = new LinkedHashSet<>();
    for (Node c : CLASSES) {
      dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, c).forEachRemaining(q -> {
        Node s = q.getSubject();
        if (!s.isURI()) return;
        Node seen = firstType.putIfAbsent(s, c);
        if (seen != null && !seen.equals(c)) mixed.add(s);
      });
    }
    return settle(dsg, mixed);
  }

  private static int settle(DatasetGraph dsg, Set<Node> subjects) {
    int changed = 0;
    for (Node s : subjects) {
      List<Quad> typed = new ArrayList<>();
      Set<Node> types = new LinkedHashSet<>();
      dsg.find(Node.ANY, s, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
        if (CLASSES.contains(q.getObject())) {
          typed.add(q);
          types.add(q.getObject());
        }
      });
      if (types.size() < 2) continue;
      var labels = dsg.find(Node.ANY, s, org.apache.jena.vocabulary.RDFS.Nodes.label, Node.ANY);
      String label = null;
      while (labels.hasNext()) {
        Node l = labels.next().getObject();
        if (l.isLiteral() && (label == null || l.getLiteralLexicalForm().compareTo(label) < 0)) label = l.getLiteralLexicalForm();
      }
      Node w = winner(types, label);
      for (Quad q : typed) {
        if (q.getObject().equals(w)) continue;
        dsg.delete(q);
        dsg.add(Quad.create(q.getGraph(), s, RDF.Nodes.type, w));
        changed++;
      }
    }
    return changed;
  }
}
