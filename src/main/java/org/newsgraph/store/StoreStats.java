package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** Counts of what a store holds, for {@code stats}, VoID and benchmarks. */
public final class StoreStats {
  private StoreStats() {}

  private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n";

  public static Map<String, Long> of(NewsStore store) {
    var dsg = store.dataset();
    return Txn.calculateRead(dsg, () -> of(q -> count(store, q), () -> {
      long triples = 0;
      var it = dsg.listGraphNodes();
      while (it.hasNext()) triples += dsg.getGraph(it.next()).size();
      return triples;
    }));
  }

  /**
   * The same counts from any SPARQL endpoint (a running server's): {@code counter} answers a query
   * for {@code ?n}; {@code triples} the number of triples in all graphs.
   */
  public static Map<String, Long> of(ToLongFunction<String> counter, LongSupplier triples) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("articles", counter.applyAsLong(PREFIX + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ng:Article }"));
    for (String kind : new String[] {"Person", "Organization", "Country", "Place", "Event"}) {
      out.put("entities: " + kind, counter.applyAsLong(PREFIX + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ng:" + kind + " }"));
    }
    out.put("mentions", counter.applyAsLong(PREFIX + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?m a ng:Mention } }"));
    out.put("roles", counter.applyAsLong(PREFIX + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?r a ng:Role } }"));
    out.put("statements", counter.applyAsLong(PREFIX + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ng:Statement } }"));
    out.put("claims", counter.applyAsLong(PREFIX + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?c a ng:Claim } }"));
    out.put("triples (all graphs)", triples.getAsLong());
    return out;
  }

  /** The query that counts the triples of all graphs, for {@link #of(ToLongFunction, LongSupplier)} over HTTP. */
  public static final String ALL_TRIPLES = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

  private static long count(NewsStore store, String query) {
    try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
      var row = qe.select().next();
      return Long.parseLong(row.get("n").getLiteralLexicalForm());
    }
  }
}
