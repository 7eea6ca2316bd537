package org.newsgraph.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.base.record.RecordMapper;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct triples of the union of all named graphs that match a pattern, read from TDB2's quad
 * indexes so that a triple repeated in many graphs costs a few index entries and one seek, not one
 * entry per graph.
 *
 * <p>Why: every article graph that mentions an entity repeats its description (label, type,
 * alternative labels), so "the label of Donald Trump" is one triple in the union but 7,618 quads in
 * a 10,000-article store, and TDB2 reads them all before it drops the duplicates. The indexes used
 * here (SPOG, POSG, OSPG) end in the graph, so the copies of one triple lie side by side; after a
 * few of them the scan seeks past the rest. Triples no graph repeats (an article's own statements
 * and mentions) cost what they cost before.
 *
 * <pre>{@code
 * Txn.executeRead(dsg, () -> UnionScan.find(dsg, entity, RDFS.Nodes.label, Node.ANY).forEachRemaining(...));
 * }</pre>
 *
 * Callers hold a transaction. A dataset that is not TDB2 is read through its own union graph.
 */
public final class UnionScan {
  /** Copies of one triple read one by one before the scan seeks past the rest of them. */
  static final int COPIES_BEFORE_SEEK = 8;
  private static final int ID = NodeId.SIZE;
  private static final int TRIPLE_BYTES = 3 * ID;

  private UnionScan() {}

  /** The distinct triples (s, p, o) of the union graph; {@code Node.ANY} (or null) matches anything. */
  public static Iterator<Triple> find(DatasetGraph dsg, Node s, Node p, Node o) {
    s = any(s);
    p = any(p);
    o = any(o);
    if (!TDBInternal.isTDB2(dsg)) return dsg.getUnionGraph().find(s, p, o);
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
    // the index whose leading columns are the bound ones; all three end in G
    String name = s.isConcrete() ? (o.isConcrete() && !p.isConcrete() ? "OSPG" : "SPOG")
        : p.isConcrete() ? "POSG" : o.isConcrete() ? "OSPG" : "SPOG";
    TupleIndex index = quads.getTupleTable().selectIndex(name);
    TupleIndex base = index == null ? null : index.baseTupleIndex();
    if (!(base instanceof TupleIndexRecord record) || !base.getName().equals(name)) return dsg.getUnionGraph().find(s, p, o);
    return new Scan(record.getRangeIndex(), quads.getNodeTable(), name, new Node[] {s, p, o}).start();
  }

  private static Node any(Node n) {
    return n == null || n.isVariable() ? Node.ANY : n;
  }

  /** A scan of one index range: the bound columns lead, the unbound ones and the graph follow. */
  private static final class Scan implements Iterator<Triple>, org.apache.jena.atlas.lib.Closeable {
    private static final RecordMapper<byte[]> COPY = (ByteBuffer bb, int entry, byte[] key, RecordFactory f) -> {
      byte[] out = new byte[f.keyLength()];
      bb.get(entry * f.recordLength(), out, 0, out.length);
      if (key != null) System.arraycopy(out, 0, key, 0, out.length);
      return out;
    };

    private final RangeIndex range;
    private final NodeTable nodes;
    /** For each index column 0..2, the triple position (0 s, 1 p, 2 o) it holds. */
    private final int[] position = new int[3];
    private final Node[] pattern;
    private Record max;
    private Iterator<byte[]> records;
    private byte[] last;
    private int copies;
    private Triple next;

    Scan(RangeIndex range, NodeTable nodes, String name, Node[] pattern) {
      this.range = range;
      this.nodes = nodes;
      this.pattern = pattern;
      for (int i = 0; i < 3; i++) position[i] = "SPO".indexOf(name.charAt(i));
    }

    /** Positions the scan at the pattern's range; an empty iterator when a bound node is not in the store. */
    Iterator<Triple> start() {
      byte[] min = new byte[4 * ID];
      byte[] hi = null;
      int leading = 0;
      for (int i = 0; i < 3 && pattern[position[i]].isConcrete(); i++) {
        NodeId id = nodes.getNodeIdForNode(pattern[position[i]]);
        if (NodeId.isDoesNotExist(id)) return Iter.nullIterator();
        NodeIdFactory.set(id, min, i * ID);
        leading = i + 1;
        hi = min.clone();
        NodeIdFactory.setNext(id, hi, i * ID);
      }
      max = hi == null ? null : new Record(hi, null);
      records = range.iterator(leading == 0 ? null : new Record(min, null), max, COPY);
      return this;
    }

    @Override
    public boolean hasNext() {
      while (next == null && records.hasNext()) {
        byte[] k = records.next();
        if (last != null && Arrays.equals(k, 0, TRIPLE_BYTES, last, 0, TRIPLE_BYTES)) {
          if (++copies >= COPIES_BEFORE_SEEK) seekPast(last);
          continue;
        }
        last = k;
        copies = 0;
        next = triple(k);
      }
      return next != null;
    }

    @Override
    public Triple next() {
      if (!hasNext()) throw new NoSuchElementException();
      Triple t = next;
      next = null;
      return t;
    }

    /** Continues the scan after the last graph that holds the triple {@code k} (its third column + 1, graph 0). */
    private void seekPast(byte[] k) {
      long third = Bytes.getLong(k, 2 * ID);
      if (third == -1L) return; // the largest id: no key after it to seek to; read on
      byte[] from = new byte[4 * ID];
      System.arraycopy(k, 0, from, 0, 2 * ID);
      Bytes.setLong(third + 1, from, 2 * ID);
      Iter.close(records);
      records = range.iterator(new Record(from, null), max, COPY);
      copies = 0;
    }

    private Triple triple(byte[] k) {
      Node[] spo = new Node[3];
      for (int i = 0; i < 3; i++) {
        int at = position[i];
        spo[at] = pattern[at].isConcrete() ? pattern[at] : nodes.getNodeForNodeId(NodeIdFactory.get(k, i * ID));
      }
      return Triple.create(spo[0], spo[1], spo[2]);
    }

    @Override
    public void close() {
      Iter.close(records);
    }
  }
}
