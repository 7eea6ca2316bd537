package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code delete ARTICLE...}: removes articles and everything they contributed. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete articles by identifier (dct:identifier).")
final class DeleteCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "article identifiers")
  List<String> ids;

  @Override
  public Integer call() {
    int missing = 0;
    try (NewsStore st = store.open()) {
      for (String id : ids) {
        Node g = st.graphOfArticle(id);
        if (g == null) g = store.iris().graph(id);
        if (st.deleteGraph(g)) {
          spec.commandLine().getOut().println("deleted " + id);
        } else {
          spec.commandLine().getErr().println("newsgraph: no article '" + id + "' in " + st.dir());
          missing++;
        }
      }
    }
    spec.commandLine().getOut().flush();
    return missing == 0 ? 0 : 1;
  }
}
