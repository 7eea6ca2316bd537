package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: checks every article graph against the SHACL shapes of the graph contract. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate every article graph against ontology/shapes.ttl (SHACL).")
final class ValidateCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int bad = 0;
    int graphs = 0;
    try (NewsStore st = store.open()) {
      for (var g : st.graphs()) {
        graphs++;
        var report = org.apache.jena.system.Txn.calculateRead(st.dataset(), () -> Shapes.validate(st.dataset().getGraph(g)));
        if (!report.conforms()) {
          bad++;
          out.println(g.getURI() + ": " + report.getEntries().size() + " violations");
          report.getEntries().stream().limit(20).forEach(e -> out.println("  " + e.message() + " at " + e.focusNode() + " " + e.resultPath()));
        }
      }
    }
    out.printf("%d graphs checked, %d with violations%n", graphs, bad);
    try (NewsStore st = store.open()) {
      var conflicts = typeConflicts(st);
      out.printf("%d entities typed with two or more of our types%s%n", conflicts.size(), conflicts.isEmpty() ? "" : ": " + String.join(", ", conflicts));
    }
    out.flush();
    return bad == 0 ? 0 : 1;
  }

  /** Entities that articles disagree on the type of ("entity/white-house Organization Place"); the first 50. */
  static java.util.List<String> typeConflicts(NewsStore st) {
    String q = """
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?e (GROUP_CONCAT(DISTINCT STRAFTER(STR(?t), "#"); separator=" ") AS ?types) {
          GRAPH ?g { ?e a ?t } FILTER(?t IN (ng:Person, ng:Organization, ng:Country, ng:Place, ng:Event))
        } GROUP BY ?e HAVING (COUNT(DISTINCT ?t) > 1) ORDER BY ?e LIMIT 50""";
    java.util.List<String> out = new java.util.ArrayList<>();
    org.apache.jena.system.Txn.executeRead(st.dataset(), () -> {
      try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(st.dataset()).query(q).build()) {
        qe.select().forEachRemaining(b -> {
          String iri = b.get("e").getURI();
          out.add(iri.substring(iri.lastIndexOf('/') + 1) + " (" + b.get("types").getLiteralLexicalForm() + ")");
        });
      }
    });
    return out;
  }
}
