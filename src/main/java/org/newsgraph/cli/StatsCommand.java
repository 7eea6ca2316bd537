package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count articles, entities by type, mentions, roles, statements, claims and triples.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var server = RunningServer.find(store.store);
    if (server.isPresent()) {
      spec.commandLine().getErr().println("the store is served by " + server.get() + ": counting there");
      String endpoint = server.get() + "kg/sparql";
      StoreStats.of(q -> count(endpoint, q), () -> count(endpoint, StoreStats.ALL_TRIPLES))
          .forEach((k, v) -> out.printf("%-22s %,d%n", k, v));
      out.flush();
      return 0;
    }
    try (NewsStore st = store.open()) {
      StoreStats.of(st).forEach((k, v) -> out.printf("%-22s %,d%n", k, v));
    }
    out.flush();
    return 0;
  }

  private static long count(String endpoint, String query) {
    try (var exec = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(endpoint).query(query).build()) {
      return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
    }
  }
}
