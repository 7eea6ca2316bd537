package org.newsgraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.newsgraph.rdf.NG;

/**
 * The store's counts ({@link StoreSummary}) as properties SPARQL can read, computed when a query
 * asks, so that a ranking query reads one number per entity instead of counting its links:
 *
 * <pre>
 * ?entity  ng:articleCount          ?n   # articles that mention it (for every entity some article mentions)
 * ?speaker ng:statementCount        ?n   # its statements (for every speaker of a statement in an article)
 * ?speaker ng:statementArticleCount ?n   # articles those statements are in
 * ?speaker ng:directQuoteCount      ?n   # how many of them are direct quotes (0 or more)
 * </pre>
 *
 * Either side may be a variable or a value; the count is an {@code xsd:integer} over the whole
 * store (all article graphs), also inside {@code GRAPH}. Nothing of it is stored: the numbers are
 * those of the data the query sees. {@link #register()} adds them to every query of this JVM.
 *
 * <pre>{@code
 * SummaryFunctions.register();
 * // SELECT ?e ?n { ?e ng:articleCount ?n } ORDER BY DESC(?n) LIMIT 10
 * }</pre>
 */
public final class SummaryFunctions {
  /** The summary a query has read, in its execution context. */
  private static final Symbol SUMMARY = Symbol.create("urn:newsgraph:store-summary");

  private SummaryFunctions() {}

  /** Registers the four properties with ARQ (idempotent). */
  public static synchronized void register() {
    PropertyFunctionRegistry r = PropertyFunctionRegistry.get();
    if (r.isRegistered(NG.Nodes.articleCount.getURI())) return;
    r.put(NG.Nodes.articleCount.getURI(), uri -> new Lookup(StoreSummary::articleCounts, n -> List.of(integer(n))));
    r.put(NG.Nodes.statementCount.getURI(), uri -> new Lookup(StoreSummary::speakers, s -> List.of(integer(s.statements()))));
    r.put(NG.Nodes.statementArticleCount.getURI(), uri -> new Lookup(StoreSummary::speakers, s -> List.of(integer(s.articles()))));
    r.put(NG.Nodes.directQuoteCount.getURI(), uri -> new Lookup(StoreSummary::speakers, s -> List.of(integer(s.directQuotes()))));
    r.put(NG.Nodes.entityClass.getURI(), uri -> new Lookup(StoreSummary::classes, c -> c));
  }

  private static Node integer(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
  }

  /** One property: the map of the summary it reads, and the objects of an entry. */
  private static final class Lookup extends PFuncSimple {
    private final Function<StoreSummary, Map<Node, ?>> table;
    private final Function<Object, List<Node>> objects;

    @SuppressWarnings("unchecked")
    <V> Lookup(Function<StoreSummary, Map<Node, V>> table, Function<V, List<Node>> objects) {
      this.table = table::apply;
      this.objects = v -> objects.apply((V) v);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object, ExecutionContext cxt) {
      StoreSummary summary = cxt.getContext().get(SUMMARY);
      if (summary == null) {
        // once per query: a property called for every row asks for the summary again and again
        summary = StoreSummary.of(cxt.getDataset());
        cxt.getContext().set(SUMMARY, summary);
      }
      Map<Node, ?> entries = table.apply(summary);
      Iterator<Binding> rows;
      if (subject.isVariable()) {
        Var s = Var.alloc(subject);
        rows = Iter.iter(entries.entrySet().iterator())
            .flatMap(e -> rows(binding, s, e.getKey(), object, objects.apply(e.getValue())));
      } else {
        Object v = entries.get(subject);
        rows = v == null ? Iter.nullIterator() : rows(binding, null, subject, object, objects.apply(v));
      }
      return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** The rows for one subject: one per object, or (the object given) one if it is among them. */
    private static Iterator<Binding> rows(Binding parent, Var s, Node subject, Node object, List<Node> values) {
      if (!object.isVariable()) {
        boolean match = false;
        for (Node v : values) match |= v.equals(object) || sameNumber(object, v);
        if (!match) return Iter.nullIterator();
        return Iter.singletonIterator(s == null ? parent : BindingFactory.binding(parent, s, subject));
      }
      Var o = Var.alloc(object);
      if (values.size() == 1) {
        Node v = values.get(0);
        return Iter.singletonIterator(s == null ? BindingFactory.binding(parent, o, v) : BindingFactory.binding(parent, s, subject, o, v));
      }
      return Iter.map(values.iterator(), v -> s == null ? BindingFactory.binding(parent, o, v) : BindingFactory.binding(parent, s, subject, o, v));
    }

    private static boolean sameNumber(Node given, Node count) {
      if (!given.isLiteral() || !count.isLiteral()) return false;
      try {
        return NodeValue.sameValueAs(NodeValue.makeNode(given), NodeValue.makeNode(count));
      } catch (RuntimeException e) {
        return false; // not comparable with a number: not this count
      }
    }
  }
}
