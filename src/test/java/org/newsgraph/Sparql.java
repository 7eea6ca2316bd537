package org.newsgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** SPARQL over the union of a dataset's named graphs, with the contract's prefixes, for tests. */
public final class Sparql {
  public static final String PREFIXES = """
      PREFIX ng: <https://w3id.org/newsgraph/ontology#>
      PREFIX schema: <http://schema.org/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;

  private Sparql() {}

  /** Rows of a SELECT over the union graph, each as variable name to lexical form or IRI. */
  public static List<Map<String, String>> select(Dataset ds, String query) {
    DatasetGraph union = DatasetGraphFactory.wrap(ds.asDatasetGraph().getUnionGraph());
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExec qe = QueryExec.dataset(union).query(PREFIXES + query).build()) {
      var rs = qe.select();
      while (rs.hasNext()) {
        var b = rs.next();
        Map<String, String> row = new java.util.LinkedHashMap<>();
        b.vars().forEachRemaining(v -> {
          var n = b.get(v);
          row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
        });
        rows.add(row);
      }
    }
    return rows;
  }

  public static boolean ask(Dataset ds, String query) {
    DatasetGraph union = DatasetGraphFactory.wrap(ds.asDatasetGraph().getUnionGraph());
    try (QueryExec qe = QueryExec.dataset(union).query(PREFIXES + query).build()) {
      return qe.ask();
    }
  }

}
