package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** Counts of what a store holds, for {@code stats}, VoID and benchmarks. */
public final class StoreStats {
  private StoreStats() {}

  private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n";

  public static Map<String, Long> of(NewsStore store) {
    Map<String, Long> out = new LinkedHashMap<>();
    var dsg = store.dataset();
    Txn.executeRead(dsg, () -> {
      out.put("articles", count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ng:Article }"));
      for (String kind : new String[] {"Person", "Organization", "Country", "Place", "Event"}) {
        out.put("entities: " + kind, count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ng:" + kind + " }"));
      }
      out.put("mentions", count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?m a ng:Mention } }"));
      out.put("roles", count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?r a ng:Role } }"));
      out.put("statements", count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ng:Statement } }"));
      out.put("claims", count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?c a ng:Claim } }"));
      long triples = 0;
      var it = dsg.listGraphNodes();
      while (it.hasNext()) triples += dsg.getGraph(it.next()).size();
      out.put("triples (all graphs)", triples);
    });
    return out;
  }

  private static long count(NewsStore store, String query) {
    try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIX + query).build()) {
      var row = qe.select().next();
      return Long.parseLong(row.get("n").getLiteralLexicalForm());
    }
  }
}
