package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsgraphException.StoreFailure;
import org.newsgraph.link.EntityTypes;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The TDB2 store on disk: one named graph per article, replaced whole in one write transaction, and
 * the union of all graphs as the default graph for queries. A killed process leaves only committed
 * articles. One process at a time may open a store.
 *
 * <pre>{@code
 * try (NewsStore store = NewsStore.open(Path.of("data/tdb2"))) {
 *   store.replaceArticle(graphName, quads);
 * }
 * }</pre>
 */
public final class NewsStore implements AutoCloseable {
  static {
    SummaryFunctions.register(); // ng:articleCount and the other counts, in every query over a store
  }

  private final Path dir;
  private final DatasetGraph dsg;
  private final EntityNames names = new EntityNames();

  private NewsStore(Path dir, DatasetGraph dsg) {
    this.dir = dir;
    this.dsg = dsg;
  }

  /** Opens (creating if need be) the store in {@code dir}. */
  public static NewsStore open(Path dir) {
    Objects.requireNonNull(dir, "dir may not be null");
    try {
      Files.createDirectories(dir);
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      UnionLookups.install(dsg);
      return new NewsStore(dir, dsg);
    } catch (RuntimeException | java.io.IOException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock") || msg.contains("Lock")) {
        throw new StoreFailure("the store " + dir + " is in use by another newsgraph process (a running server?); "
            + "stop it, use its HTTP API, or pass another --store", e);
      }
      throw new StoreFailure("cannot open the store " + dir + ": " + msg, e);
    }
  }

  public Path dir() {
    return dir;
  }

  public DatasetGraph dataset() {
    return dsg;
  }

  /** The entities' names for search, kept for the data version last searched. */
  public EntityNames names() {
    return names;
  }

  /** Replaces the graph {@code graph} with {@code quads}, all or nothing. The quads are built beforehand. */
  public void replaceGraph(Node graph, List<Quad> quads) {
    Txn.executeWrite(dsg, () -> {
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      for (Quad q : quads) dsg.add(q.getGraph().equals(graph) ? q : Quad.create(graph, q.asTriple()));
    });
  }

  /**
   * Replaces the graph as {@link #replaceGraph} does and, in the same transaction, gives each
   * entity the article types one type across the store ({@link EntityTypes}): how articles are
   * ingested. Returns how many type statements of other graphs (or this one) changed.
   */
  public int replaceArticleGraph(Node graph, List<Quad> quads) {
    return Txn.calculateWrite(dsg, () -> {
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      for (Quad q : quads) dsg.add(q.getGraph().equals(graph) ? q : Quad.create(graph, q.asTriple()));
      return EntityTypes.settle(dsg, quads);
    });
  }

  /** Removes a graph; true if it held anything. */
  public boolean deleteGraph(Node graph) {
    return Txn.calculateWrite(dsg, () -> {
      boolean had = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
      if (had) dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      return had;
    });
  }

  /** True when some graph already holds an article with this content hash. */
  public boolean hasContentHash(String hash) {
    Node h = NodeFactory.createLiteralString(hash);
    return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, NG.Nodes.contentHash, h).hasNext());
  }

  /** The graph holding an article with this identifier, or null. */
  public Node graphOfArticle(String id) {
    Node lit = NodeFactory.createLiteralString(id);
    return Txn.calculateRead(dsg, () -> {
      var it = dsg.find(Node.ANY, Node.ANY, Vocab.dctIdentifier, lit);
      return it.hasNext() ? it.next().getGraph() : null;
    });
  }

  public List<Node> graphs() {
    return Txn.calculateRead(dsg, () -> {
      List<Node> out = new ArrayList<>();
      dsg.listGraphNodes().forEachRemaining(out::add);
      return out;
    });
  }

  public boolean isEmpty() {
    return Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext());
  }

  /** Reclaims the space of replaced data (TDB2 grows with every commit). */
  public void compact() {
    DatabaseMgr.compact(dsg, true);
    UnionLookups.install(dsg);
  }

  public void read(Runnable action) {
    Txn.exec(dsg, TxnType.READ, action);
  }

  @Override
  public void close() {
    // expel, not just close: the next open in this JVM (tests, a restart) must see a fresh database
    TDBInternal.expel(dsg);
  }
}
