package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException.Usage;
import org.newsgraph.export.GraphStorePush;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.GraphFiles;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code load DIR...}: loads article graphs in N-Quads (the Spark job's output, or {@code export}'s)
 * into the store with TDB2's bulk loader, each graph replaced whole; or, with {@code --gsp URL},
 * PUTs each graph to a SPARQL 1.1 Graph Store Protocol endpoint.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Load article graphs from N-Quads files (a newsgraph-spark output folder, part-*, *.nq, *.nq.gz) "
        + "into the store with TDB2's bulk loader; each article's graph replaces the one stored under its name, whole. "
        + "The files are checked first: on a bad file nothing is loaded.",
        "With --gsp URL, PUT each graph to that SPARQL Graph Store Protocol endpoint instead (idempotent); credentials "
            + "from --gsp-credentials FILE ('user: password') or the environment (NEWSGRAPH_GSP_USER, NEWSGRAPH_GSP_PASSWORD)."})
final class LoadCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "N-Quads files, or folders of them")
  List<Path> inputs;

  @Option(names = "--loader", paramLabel = "NAME", defaultValue = "auto",
      description = "TDB2 loader: auto (phased into an empty store, else basic), basic (one transaction, all or nothing), "
          + "phased, parallel (empty stores only; default: ${DEFAULT-VALUE})")
  String loader;

  @Option(names = "--gsp", paramLabel = "URL", description = "push to this Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) instead of the store")
  String gsp;

  @Option(names = "--gsp-credentials", paramLabel = "FILE", description = "a 'user: password' line for HTTP basic authentication at --gsp")
  Path gspCredentials;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BulkLoad.Loader which;
    try {
      which = BulkLoad.Loader.parse(loader);
    } catch (IllegalArgumentException e) {
      throw new Usage("--loader: " + e.getMessage());
    }
    if (gsp == null && gspCredentials != null) throw new Usage("--gsp-credentials needs --gsp URL");
    GraphFiles files = GraphFiles.check(inputs);
    if (gsp != null) {
      GraphStorePush.Credentials c = gspCredentials != null ? GraphStorePush.Credentials.fromFile(gspCredentials)
          : GraphStorePush.Credentials.fromEnv(System.getenv());
      long t0 = System.nanoTime();
      int n = GraphStorePush.to(gsp, c).push(files, g -> {});
      out.printf("pushed %d graphs (%d quads) to %s in %.1f s%n", n, files.quads(), gsp, (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    }
    try (NewsStore st = store.open()) {
      BulkLoad.Result r;
      try {
        r = BulkLoad.load(st, files, which, null);
      } catch (IllegalArgumentException e) {
        throw new Usage(e.getMessage());
      }
      out.printf("loaded %d quads in %d graphs from %d files (%d graphs replaced, %s loader) in %.1f s: %.0f quads/s%n",
          r.quads(), r.graphs(), files.files().size(), r.replaced(), r.loader().name().toLowerCase(java.util.Locale.ROOT),
          r.millis() / 1000.0, r.quadsPerSecond());
      if (r.typesSettled() > 0) out.printf("one type per entity across the store: %d type statements settled%n", r.typesSettled());
      out.flush();
    }
    return 0;
  }
}
