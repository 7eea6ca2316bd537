package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.PatternVars;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;

/**
 * The values of {@code query --bind VAR=VALUE}: {@code <iri>} is an IRI, a prefixed name whose prefix
 * the query or the contract declares ({@code ng:Person}) is expanded to one, anything else is a
 * string. A variable the query does not offer is an error that lists the ones it does: for a saved
 * query its {@code @bind} variables, for a query file the variables of its pattern.
 *
 * <pre>{@code
 * Map<String, Node> values = Bindings.resolve(query, Bindings.known(saved, query), Map.of("type", "ng:Person"), "entities");
 * Query bound = Bindings.apply(query, values);
 * }</pre>
 */
public final class Bindings {
  private Bindings() {}

  /** The variables one may bind: the saved query's declared ones, or (saved null) every variable of the pattern. */
  public static Set<String> known(SavedQueries.Saved saved, Query query) {
    Set<String> out = new LinkedHashSet<>();
    if (saved != null && !saved.params().isEmpty()) {
      for (SavedQueries.Param p : saved.params()) out.add(p.name());
      return out;
    }
    if (saved != null) return out;
    for (Var v : PatternVars.vars(query.getQueryPattern())) out.add(v.getVarName());
    return out;
  }

  /** The nodes to substitute, or Usage naming the unknown variable and the known ones. */
  public static Map<String, Node> resolve(Query query, Set<String> known, Map<String, String> values, String what) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (var e : values.entrySet()) {
      String var = e.getKey().replaceFirst("^[?$]", "");
      if (!known.contains(var)) {
        List<String> names = new ArrayList<>(known);
        throw new NewsgraphException.Usage("--bind " + var + ": " + what + " has no variable '" + var + "'; "
            + (names.isEmpty() ? "it takes none" : "it takes " + String.join(", ", names)));
      }
      out.put(var, node(e.getValue(), query.getPrefixMapping()));
    }
    return out;
  }

  /**
   * The query with the values set: an inline {@code VALUES} block first in its pattern, so they
   * apply before grouping and ordering, and the query still serialises as valid SPARQL for a remote
   * endpoint (substituting constants into {@code ORDER BY} or {@code GROUP BY} does not).
   */
  public static Query apply(Query query, Map<String, Node> values) {
    if (values.isEmpty()) return query;
    Query q = query.cloneQuery();
    List<Var> vars = new ArrayList<>();
    BindingBuilder row = BindingFactory.builder();
    values.forEach((name, value) -> {
      Var v = Var.alloc(name);
      vars.add(v);
      row.add(v, value);
    });
    ElementData data = new ElementData(vars, List.of(row.build()));
    ElementGroup group = new ElementGroup();
    group.addElement(data);
    Element pattern = q.getQueryPattern();
    if (pattern instanceof ElementGroup g) {
      for (Element e : g.getElements()) group.addElement(e instanceof ElementSubQuery sub ? restricted(sub, values) : e);
    } else {
      group.addElement(pattern);
    }
    q.setQueryPattern(group);
    return q;
  }

  /**
   * A subquery that projects a set variable, with the value set inside it as well: a saved query
   * that chooses its page of rows in a subquery (with a LIMIT) must choose it among the rows of
   * that value, not among all rows and keep those of the value afterwards.
   */
  private static Element restricted(ElementSubQuery sub, Map<String, Node> values) {
    Query inner = sub.getQuery();
    List<Var> vars = new ArrayList<>();
    BindingBuilder row = BindingFactory.builder();
    values.forEach((name, value) -> {
      Var v = Var.alloc(name);
      if (inner.getProjectVars().contains(v)) {
        vars.add(v);
        row.add(v, value);
      }
    });
    if (vars.isEmpty()) return sub;
    Query copy = inner.cloneQuery();
    ElementGroup group = new ElementGroup();
    group.addElement(new ElementData(vars, List.of(row.build())));
    if (copy.getQueryPattern() instanceof ElementGroup g) g.getElements().forEach(group::addElement);
    else group.addElement(copy.getQueryPattern());
    copy.setQueryPattern(group);
    return new ElementSubQuery(copy);
  }

  /** {@code <iri>}, a prefixed name with a known prefix, or a plain string. */
  public static Node node(String value, PrefixMapping prefixes) {
    if (value.startsWith("<") && value.endsWith(">")) return NodeFactory.createURI(value.substring(1, value.length() - 1));
    int colon = value.indexOf(':');
    if (colon > 0 && value.substring(colon + 1).matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*")
        && !value.substring(colon + 1).startsWith("//")) {
      String prefix = value.substring(0, colon);
      String ns = prefixes == null ? null : prefixes.getNsPrefixURI(prefix);
      if (ns == null) ns = Vocab.PREFIXES.get(prefix);
      if (ns != null) return NodeFactory.createURI(ns + value.substring(colon + 1));
    }
    return NodeFactory.createLiteralString(value);
  }
}
