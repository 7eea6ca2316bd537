package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The store's data generation, for HTTP caching: a tag that changes with every committed write,
 * whichever way it came in (ingest, the ingest API, SPARQL Update, the Graph Store Protocol), and the
 * time of the last such write as first seen here. At start the time is that of the newest file of the
 * database.
 *
 * <pre>{@code
 * DataVersion v = DataVersion.watch(store.dataset(), store.dir());
 * resp.setHeader("ETag", "\"" + v.tag() + "\"");
 * }</pre>
 */
final class DataVersion {
  private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
  private final DatasetGraph dsg;
  private volatile String seen = "";
  private volatile long lastModifiedMillis;

  private DataVersion(DatasetGraph dsg, long lastModifiedMillis) {
    this.dsg = dsg;
    this.lastModifiedMillis = lastModifiedMillis;
  }

  /** Follows the commits of a TDB2 dataset stored in {@code dir}. */
  static DataVersion watch(DatasetGraph dsg, Path dir) {
    return new DataVersion(dsg, newestFile(dir));
  }

  /**
   * The data version a reader sees now: TDB2 counts committed writes; the database's identity is part
   * of it because compaction swaps the database (and its count) underneath the dataset.
   */
  private String current() {
    if (!TDBInternal.isTDB2(dsg)) return "0";
    return Txn.calculateRead(dsg, () -> {
      DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
      long v = ((TransactionalBase) tdb.getTxnSystem()).getThreadTransaction().getDataVersion();
      return Integer.toHexString(System.identityHashCode(tdb)) + "." + v;
    });
  }

  /** Unique to this process and data version: a restart never reuses a tag. Also notes the time of a change. */
  String tag() {
    String now = current();
    if (!now.equals(seen)) {
      synchronized (this) {
        if (!now.equals(seen)) {
          // first seen after the write, so never earlier than it: a client's older date still revalidates
          if (!seen.isEmpty()) lastModifiedMillis = Math.max(System.currentTimeMillis(), lastModifiedMillis + 1000);
          seen = now;
        }
      }
    }
    return instance + "-" + now;
  }

  /** A number that changes with every committed write. */
  String generation() {
    return tag();
  }

  /** When the data last changed (the newest database file at start). */
  long lastModifiedMillis() {
    tag();
    return lastModifiedMillis;
  }

  private static long newestFile(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) return System.currentTimeMillis();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock"))
          .mapToLong(p -> p.toFile().lastModified()).max().orElse(System.currentTimeMillis());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
