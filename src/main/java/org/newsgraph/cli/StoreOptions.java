package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Option;

/** Options every command shares: where the store is and the base of the graph's IRIs. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE})",
      defaultValue = "data/tdb2")
  Path store;

  @Option(names = "--base-iri", paramLabel = "IRI",
      description = "base of entity, article and graph IRIs (default: ${DEFAULT-VALUE})", defaultValue = Iris.DEFAULT_BASE)
  String baseIri;

  @Option(names = {"-v", "--verbose"}, description = "print stack traces of errors")
  boolean verbose;

  NewsStore open() {
    return NewsStore.open(store);
  }

  Iris iris() {
    try {
      return new Iris(baseIri);
    } catch (IllegalArgumentException e) {
      throw new org.newsgraph.NewsgraphException.Usage("--base-iri: " + e.getMessage());
    }
  }
}
