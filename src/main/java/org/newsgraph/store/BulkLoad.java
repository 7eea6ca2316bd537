package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.newsgraph.NewsgraphException.StoreFailure;
import org.newsgraph.link.EntityTypes;

/**
 * Loads checked {@link GraphFiles} into the store with TDB2's bulk loaders, each article graph
 * replaced whole. Into a store that holds some of those graphs, the basic loader runs in one write
 * transaction that first empties them: the load is all or nothing. Into an empty store the phased
 * loader (several times faster) writes the indexes directly; should that load die, delete the store
 * folder and run it again.
 *
 * <pre>{@code
 * BulkLoad.Result r = BulkLoad.load(store, GraphFiles.check(List.of(Path.of("out"))), BulkLoad.Loader.AUTO, null);
 * }</pre>
 */
public final class BulkLoad {
  /** Which of TDB2's loaders; AUTO is PHASED into an empty store and BASIC otherwise. */
  public enum Loader {
    AUTO, BASIC, PHASED, PARALLEL;

    public static Loader parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown loader '" + s + "'; use auto, basic, phased or parallel");
      }
    }
  }

  /** What a load did: quads loaded, graphs replaced (that the store held before), the loader used, the time. */
  public record Result(long quads, int graphs, int replaced, Loader loader, long millis, int typesSettled) {
    public double quadsPerSecond() {
      return millis == 0 ? 0 : quads * 1000.0 / millis;
    }
  }

  private BulkLoad() {}

  public static Result load(NewsStore store, GraphFiles files, Loader loader, MonitorOutput progress) {
    DatasetGraph dsg = store.dataset();
    int replaced = 0;
    for (Node g : store.graphs()) if (files.graphs().contains(g)) replaced++;
    Loader used = loader != Loader.AUTO ? loader : store.isEmpty() ? Loader.PHASED : Loader.BASIC;
    if (replaced > 0 && used != Loader.BASIC) {
      throw new IllegalArgumentException("the store already holds " + replaced + " of these graphs; only the basic loader "
          + "replaces graphs in one transaction (use --loader basic or auto)");
    }
    MonitorOutput out = progress != null ? progress : (fmt, args) -> {};
    DataLoader dl = switch (used) {
      case BASIC -> LoaderFactory.basicLoader(dsg, out);
      case PHASED -> LoaderFactory.phasedLoader(dsg, out);
      case PARALLEL -> LoaderFactory.parallelLoader(dsg, out);
      case AUTO -> throw new IllegalStateException();
    };
    long t0 = System.nanoTime();
    dl.startBulk();
    try {
      // in the basic loader's write transaction: the old graphs go in the same commit as the new ones
      if (replaced > 0) for (Node g : files.graphs()) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
      for (var f : files.files()) {
        try (InputStream in = GraphFiles.open(f)) {
          dl.loadFromInputStream(f.toString(), in, Lang.NQUADS);
        } catch (IOException e) {
          throw new StoreFailure("cannot read " + f + ": " + e.getMessage(), e);
        }
      }
      dl.finishBulk();
    } catch (RuntimeException e) {
      dl.finishException(e);
      throw e;
    }
    // one type per entity, as ingest gives it: the loaded graphs were typed article by article
    int settled = Txn.calculateWrite(dsg, () -> EntityTypes.settleAll(dsg));
    return new Result(dl.countQuads(), files.graphs().size(), replaced, used, (System.nanoTime() - t0) / 1_000_000, settled);
  }
}
