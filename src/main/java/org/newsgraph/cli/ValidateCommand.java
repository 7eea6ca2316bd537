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
    out.flush();
    return bad == 0 ? 0 : 1;
  }
}
