package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.base.record.RecordMapper;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The resources that point at a node with some properties (the statements whose speaker is an
 * entity, the articles that mention it), each once, counted and paged without reading them: one
 * pass over the store's POSG index per property, and only the page's resources are turned into
 * nodes. The order is the store's own, the newest resource in the store first (TDB2 numbers a
 * node when it first stores it); an article's resources come together.
 *
 * <p>Why: the most-mentioned entity of a 10,000-article store is the speaker of 27,000 statements
 * and in the content of 39,000. Reading each of them (its IRI, its type) costs one to five
 * microseconds; reading the index entries that point at the entity costs a fifth of one.
 *
 * <pre>{@code
 * Referrers.Page p = Referrers.page(dsg, entity, List.of(NG.Nodes.speaker), List.of(), 50, 0);
 * p.total();    // statements by the entity
 * p.subjects(); // the first 50 of them
 * }</pre>
 *
 * Callers hold a read transaction. Over a dataset that is not TDB2 the order is by IRI, the newest last.
 */
public final class Referrers {
  /** One page: how many there are in all, the page's resources and for each the graph it is in. */
  public record Page(int total, List<Node> subjects, List<Node> graphs) {
    public Page {
      subjects = List.copyOf(subjects);
      graphs = List.copyOf(graphs);
    }
  }

  private final DatasetGraph dsg;
  /** The ranges read so far, by property and object: a page asks for some twice (about, the claim type). */
  private final Map<List<Node>, Ids> read = new java.util.HashMap<>();

  private Referrers(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Pages over one dataset that read each index range once (for one page of a web page, in one transaction). */
  public static Referrers over(DatasetGraph dsg) {
    return new Referrers(Objects.requireNonNull(dsg, "dsg may not be null"));
  }

  /**
   * The subjects of {@code (?s p object)} for any of {@code properties}, less those of a type in
   * {@code leaveOut}, counted, and the page of {@code limit} from {@code offset}, newest first.
   */
  public static Page page(DatasetGraph dsg, Node object, List<Node> properties, List<Node> leaveOut, int limit, int offset) {
    return over(dsg).page(object, properties, List.of(), leaveOut, limit, offset);
  }

  /** As {@link #page(Node, List, List, List, int, int)} on a fresh reader. */
  public static Page page(DatasetGraph dsg, Node object, List<Node> properties, List<Node> only, List<Node> leaveOut, int limit,
      int offset) {
    return over(dsg).page(object, properties, only, leaveOut, limit, offset);
  }

  /**
   * The subjects of {@code (?s p object)} for any of {@code properties}, only those of a type in
   * {@code only} (unless it is empty), less those of a type in {@code leaveOut}: counted, and the
   * page of {@code limit} from {@code offset}, newest first.
   */
  public Page page(Node object, List<Node> properties, List<Node> only, List<Node> leaveOut, int limit, int offset) {
    Objects.requireNonNull(object, "object may not be null");
    if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset may not be negative: " + limit + ", " + offset);
    if (!TDBInternal.isTDB2(dsg)) return plain(dsg, object, properties, only, leaveOut, limit, offset);
    NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    NodeTable nodes = quads.getNodeTable();
    TupleIndex posg = quads.getTupleTable().selectIndex("POSG");
    if (posg == null || !(posg.baseTupleIndex() instanceof TupleIndexRecord index)) return plain(dsg, object, properties, only, leaveOut, limit, offset);
    RangeIndex range = index.getRangeIndex();
    Ids found = Ids.EMPTY;
    for (Node p : properties) found = found.union(subjects(range, nodes, p, object));
    if (!only.isEmpty()) {
      Ids typed = Ids.EMPTY;
      for (Node t : only) typed = typed.union(subjects(range, nodes, RDF.Nodes.type, t));
      found = found.minus(found.minus(typed));
    }
    for (Node t : leaveOut) found = found.minus(subjects(range, nodes, RDF.Nodes.type, t));
    
    List<Node> subjects = new ArrayList<>();
    List<Node> graphs = new ArrayList<>();
    byte[] buf = new byte[NodeId.SIZE];
    for (int i = found.size - 1 - offset; i >= 0 && subjects.size() < limit; i--) {
      subjects.add(node(nodes, found.subjects[i], buf));
      graphs.add(node(nodes, found.graphs[i], buf));
    }
    return new Page(found.size, subjects, graphs);
  }

  private static Node node(NodeTable nodes, long stored, byte[] buf) {
    Bytes.setLong(stored, buf, 0);
    return nodes.getNodeForNodeId(NodeIdFactory.get(buf, 0));
  }

  /** The subjects of (?s p o) in any graph, each once with its first graph, in index order: one range of POSG. */
  private Ids subjects(RangeIndex posg, NodeTable nodes, Node p, Node o) {
    return read.computeIfAbsent(List.of(p, o), k -> scan(posg, nodes, p, o));
  }

  private static Ids scan(RangeIndex posg, NodeTable nodes, Node p, Node o) {
    NodeId pid = nodes.getNodeIdForNode(p);
    NodeId oid = nodes.getNodeIdForNode(o);
    if (NodeId.isDoesNotExist(pid) || NodeId.isDoesNotExist(oid)) return Ids.EMPTY;
    byte[] min = new byte[4 * NodeId.SIZE];
    NodeIdFactory.set(pid, min, 0);
    NodeIdFactory.set(oid, min, NodeId.SIZE);
    byte[] max = min.clone();
    NodeIdFactory.setNext(oid, max, NodeId.SIZE);
    Ids out = new Ids();
    for (Iterator<long[]> it = posg.iterator(new Record(min, null), new Record(max, null), SUBJECT_GRAPH); it.hasNext(); ) {
      long[] sg = it.next();
      if (out.size == 0 || out.subjects[out.size - 1] != sg[0]) out.add(sg[0], sg[1]);
    }
    return out;
  }

  /** A POSG entry's subject and graph, as stored (the key p, o, subject, graph); the key filled for the range check. */
  private static final RecordMapper<long[]> SUBJECT_GRAPH = (ByteBuffer bb, int entry, byte[] key, RecordFactory f) -> {
    int at = entry * f.recordLength();
    if (key != null) bb.get(at, key, 0, f.keyLength());
    return new long[] {bb.getLong(at + 2 * NodeId.SIZE), bb.getLong(at + 3 * NodeId.SIZE)};
  };

  /** Subject ids (as stored: unsigned order is index order) with a graph each, sorted, each subject once. */
  private static final class Ids {
    static final Ids EMPTY = new Ids();
    long[] subjects = new long[16];
    long[] graphs = new long[16];
    int size;

    void add(long s, long g) {
      if (size == subjects.length) {
        subjects = Arrays.copyOf(subjects, size * 2);
        graphs = Arrays.copyOf(graphs, size * 2);
      }
      subjects[size] = s;
      graphs[size++] = g;
    }

    Ids union(Ids b) {
      if (size == 0) return b;
      if (b.size == 0) return this;
      Ids out = new Ids();
      int i = 0;
      int j = 0;
      while (i < size || j < b.size) {
        int c = i == size ? 1 : j == b.size ? -1 : Long.compareUnsigned(subjects[i], b.subjects[j]);
        if (c <= 0) out.add(subjects[i], graphs[i++]);
        else out.add(b.subjects[j], b.graphs[j++]);
        if (c == 0) j++;
      }
      return out;
    }

    Ids minus(Ids b) {
      if (size == 0 || b.size == 0) return this;
      Ids out = new Ids();
      int j = 0;
      for (int i = 0; i < size; i++) {
        while (j < b.size && Long.compareUnsigned(b.subjects[j], subjects[i]) < 0) j++;
        if (j == b.size || b.subjects[j] != subjects[i]) out.add(subjects[i], graphs[i]);
      }
      return out;
    }
  }

  /** Any other dataset: the same answer from its quads, ordered by IRI (the newest last). */
  private static Page plain(DatasetGraph dsg, Node object, List<Node> properties, List<Node> only, List<Node> leaveOut, int limit,
      int offset) {
    Map<Node, Node> found = new LinkedHashMap<>();
    for (Node p : properties) {
      dsg.find(Node.ANY, Node.ANY, p, object).forEachRemaining((Quad q) -> found.putIfAbsent(q.getSubject(), q.getGraph()));
    }
    if (!only.isEmpty()) found.keySet().removeIf(s -> only.stream().noneMatch(t -> dsg.contains(Node.ANY, s, RDF.Nodes.type, t)));
    for (Node t : leaveOut) found.keySet().removeIf(s -> dsg.contains(Node.ANY, s, RDF.Nodes.type, t));
    List<Node> ordered = new ArrayList<>(found.keySet());
    ordered.sort(Comparator.comparing(Node::toString));
    List<Node> subjects = new ArrayList<>();
    List<Node> graphs = new ArrayList<>();
    for (int i = ordered.size() - 1 - offset; i >= 0 && subjects.size() < limit; i--) {
      subjects.add(ordered.get(i));
      graphs.add(found.get(ordered.get(i)));
    }
    return new Page(ordered.size(), subjects, graphs);
  }
}
