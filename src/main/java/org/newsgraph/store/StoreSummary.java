package org.newsgraph.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.base.record.RecordMapper;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The counts that rank the store's entities and speakers, over the union of all graphs: per entity
 * the articles that mention it, per speaker its statements, the articles they are in and how many
 * are direct quotes. Saved queries read them in SPARQL as {@code ng:articleCount},
 * {@code ng:statementCount}, {@code ng:statementArticleCount} and {@code ng:directQuoteCount}
 * ({@link SummaryFunctions}); the exact patterns they count are in {@code ontology/newsgraph.ttl}.
 *
 * <p>Why: ranking 200,000 entities by the articles that mention them means counting 250,000
 * mention links and reading a type and label for every entity (1 to 5 s at 10,000 articles); the
 * counts alone come from one pass over the store's POSG index per property, on node ids, without
 * turning them into nodes.
 *
 * <p>The counts are those of one data version of the store, never stored: a reader that sees
 * another version (any committed write, whichever way it came: ingest, delete, {@code load}, SPARQL
 * Update, the Graph Store Protocol, a store built by {@code tdb2.tdbloader}) counts again, and a
 * write transaction counts what it sees itself, uncommitted changes included, without keeping it.
 * So a count is never out of date; the first query after a write pays for counting (about a second
 * at 10,000 articles).
 *
 * <pre>{@code
 * StoreSummary s = Txn.calculateRead(dsg, () -> StoreSummary.of(dsg));
 * s.articles(entity);      // articles that mention it, 0 if none
 * }</pre>
 */
public final class StoreSummary {
  /** A speaker's statements (typed ng:Statement, with an article), the articles they are in, the direct quotes among them. */
  public record Speaker(int statements, int articles, int directQuotes) {}

  /** The entity classes ({@code ng:entityClass} is one of them). */
  static final List<Node> CLASSES = EntityNames.TYPES;
  private static final StoreSummary EMPTY = new StoreSummary(Map.of(), Map.of(), Map.of());
  /** The summary of the newest data version counted, with the database and version it is of. */
  private static volatile Kept kept;

  private record Kept(Object database, long version, StoreSummary summary) {}

  private final Map<Node, Integer> articles;
  private final Map<Node, Speaker> speakers;
  private final Map<Node, List<Node>> classes;

  private StoreSummary(Map<Node, Integer> articles, Map<Node, Speaker> speakers, Map<Node, List<Node>> classes) {
    this.articles = articles;
    this.speakers = speakers;
    this.classes = classes;
  }

  /** The summary of the data this transaction sees. Needs a transaction on {@code dsg}. */
  public static StoreSummary of(DatasetGraph queried) {
    DatasetGraphTDB tdb = tdb(queried);
    if (tdb == null) return count(queried);
    // a writer sees its own changes, which no other reader may be given
    if (queried.transactionMode() == ReadWrite.WRITE) return count(queried);
    long version = ((TransactionalBase) tdb.getTxnSystem()).getThreadTransaction().getDataVersion();
    Kept k = kept;
    if (k != null && k.database() == tdb && k.version() == version) return k.summary();
    synchronized (StoreSummary.class) {
      k = kept;
      if (k != null && k.database() == tdb && k.version() == version) return k.summary();
      StoreSummary s = count(queried);
      kept = new Kept(tdb, version, s);
      return s;
    }
  }

  /**
   * The TDB2 database under a dataset, or null: the store's own dataset, a query's (ARQ runs a query
   * over the database itself) or one in a wrapper (Fuseki's).
   */
  private static DatasetGraphTDB tdb(DatasetGraph dsg) {
    while (dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
    if (dsg instanceof DatasetGraphTDB tdb) return tdb;
    return TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
  }

  /** The articles that mention {@code entity} ({@code ?article schema:mentions ?entity}); 0 if none. */
  public int articles(Node entity) {
    return articles.getOrDefault(entity, 0);
  }

  /** Every entity and every resource some article mentions, with the number of articles that do (0 or more). */
  public Map<Node, Integer> articleCounts() {
    return articles;
  }

  /** The speaker's counts, or null when it is the speaker of no statement in an article. */
  public Speaker speaker(Node speaker) {
    return speakers.get(speaker);
  }

  /** Every speaker of a statement in an article, with its counts. */
  public Map<Node, Speaker> speakers() {
    return speakers;
  }

  /** Every entity (a resource of one of the five entity classes) with its classes among them, most often one. */
  public Map<Node, List<Node>> classes() {
    return classes;
  }

  private static StoreSummary count(DatasetGraph dsg) {
    Pairs pairs = Pairs.over(dsg);
    Map<Object, int[]> mentioned = new HashMap<>();
    // POSG holds each (article, entity) of the union once per graph; pairs() gives it once
    pairs.each(Vocab.Schema.mentions, (entity, article) -> mentioned.computeIfAbsent(entity, e -> new int[1])[0]++);
    Set<Object> statements = pairs.subjects(RDF.Nodes.type, NG.Nodes.Statement);
    Set<Object> direct = pairs.subjects(NG.Nodes.quoteType, NG.Nodes.DirectQuote);
    Map<Object, Object> articleOf = new HashMap<>(); // a statement's article; a Set when it has several
    pairs.each(NG.Nodes.inArticle, (article, statement) -> articleOf.merge(statement, article, StoreSummary::both));
    Map<Object, int[]> counts = new HashMap<>();
    Map<Object, Set<Object>> articlesBy = new HashMap<>();
    pairs.each(NG.Nodes.speaker, (speaker, statement) -> {
      Object in = articleOf.get(statement);
      if (in == null || !statements.contains(statement)) return;
      int[] c = counts.computeIfAbsent(speaker, s -> new int[2]);
      c[0]++;
      if (direct.contains(statement)) c[1]++;
      Set<Object> arts = articlesBy.computeIfAbsent(speaker, s -> new HashSet<>());
      if (in instanceof Set<?> several) arts.addAll(several);
      else arts.add(in);
    });
    Map<Object, List<Node>> typed = new HashMap<>();
    for (Node c : CLASSES.stream().sorted(Comparator.comparing(Node::getURI)).toList()) {
      for (Object entity : pairs.subjects(RDF.Nodes.type, c)) {
        typed.merge(entity, List.of(c), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
      }
    }
    Map<Node, List<Node>> classes = new HashMap<>(typed.size() * 2);
    typed.forEach((e, c) -> classes.put(pairs.node(e), c));
    Map<Node, Integer> articles = new HashMap<>(mentioned.size() * 2);
    mentioned.forEach((e, c) -> articles.put(pairs.node(e), c[0]));
    for (Node entity : classes.keySet()) articles.putIfAbsent(entity, 0); // an entity no article mentions
    Map<Node, Speaker> speakers = new HashMap<>(counts.size() * 2);
    counts.forEach((s, c) -> speakers.put(pairs.node(s), new Speaker(c[0], articlesBy.get(s).size(), c[1])));
    if (articles.isEmpty() && speakers.isEmpty() && classes.isEmpty()) return EMPTY;
    // kept in the order the saved queries rank by, so that a query's ORDER BY ... LIMIT over them
    // (which decides the order) rejects most rows with one comparison
    Comparator<Node> byIri = Comparator.comparing(Node::getURI, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<Node> mostMentioned = Comparator.comparing((Node e) -> -articles.get(e)).thenComparing(byIri);
    return new StoreSummary(ordered(articles, mostMentioned),
        ordered(speakers, Comparator.comparing((Node sp) -> -speakers.get(sp).statements()).thenComparing(byIri)),
        ordered(classes, Comparator.comparing((Node e) -> classes.get(e).get(0).getURI()).thenComparing(mostMentioned)));
  }

  private static <V> Map<Node, V> ordered(Map<Node, V> map, Comparator<Node> order) {
    List<Node> keys = new ArrayList<>(map.keySet());
    keys.sort(order);
    Map<Node, V> out = new LinkedHashMap<>(keys.size() * 2);
    for (Node k : keys) out.put(k, map.get(k));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object both(Object a, Object b) {
    Set<Object> s = a instanceof Set<?> set ? (Set<Object>) set : new HashSet<>(List.of(a));
    if (b instanceof Set<?> more) s.addAll(more);
    else s.add(b);
    return s;
  }

  /**
   * The distinct (object, subject) pairs of one property in the union of all graphs, as keys: node
   * ids in TDB2 (from its POSG index, where a pair repeated in several graphs lies side by side),
   * nodes elsewhere.
   */
  private abstract static class Pairs {
    static Pairs over(DatasetGraph dsg) {
      DatasetGraphTDB tdb = tdb(dsg);
      if (tdb != null) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex posg = quads.getTupleTable().selectIndex("POSG");
        if (posg != null && posg.baseTupleIndex() instanceof TupleIndexRecord index && index.getName().equals("POSG")) {
          return new Ids(index.getRangeIndex(), quads.getNodeTable());
        }
      }
      return new Plain(dsg);
    }

    /** Calls {@code action(object, subject)} once for each distinct pair of {@code p}, in object order. */
    abstract void each(Node p, BiConsumer<Object, Object> action);

    /** The subjects of {@code (?s p o)}. */
    abstract Set<Object> subjects(Node p, Node o);

    abstract Node node(Object key);
  }

  private static final class Ids extends Pairs {
    /** A POSG entry's object and subject; the key filled for the range check. */
    private static final RecordMapper<long[]> OBJECT_SUBJECT = (ByteBuffer bb, int entry, byte[] key, RecordFactory f) -> {
      int at = entry * f.recordLength();
      if (key != null) bb.get(at, key, 0, f.keyLength());
      return new long[] {bb.getLong(at + NodeId.SIZE), bb.getLong(at + 2 * NodeId.SIZE)};
    };

    private final RangeIndex posg;
    private final NodeTable nodes;
    private final byte[] buf = new byte[NodeId.SIZE];

    Ids(RangeIndex posg, NodeTable nodes) {
      this.posg = posg;
      this.nodes = nodes;
    }

    @Override
    void each(Node p, BiConsumer<Object, Object> action) {
      scan(p, null, action);
    }

    @Override
    Set<Object> subjects(Node p, Node o) {
      Set<Object> out = new HashSet<>();
      scan(p, o, (object, subject) -> out.add(subject));
      return out;
    }

    private void scan(Node p, Node o, BiConsumer<Object, Object> action) {
      NodeId pid = nodes.getNodeIdForNode(p);
      NodeId oid = o == null ? null : nodes.getNodeIdForNode(o);
      if (NodeId.isDoesNotExist(pid) || (oid != null && NodeId.isDoesNotExist(oid))) return;
      byte[] min = new byte[4 * NodeId.SIZE];
      NodeIdFactory.set(pid, min, 0);
      byte[] max = min.clone();
      if (oid == null) {
        NodeIdFactory.setNext(pid, max, 0);
      } else {
        NodeIdFactory.set(oid, min, NodeId.SIZE);
        NodeIdFactory.set(oid, max, NodeId.SIZE);
        NodeIdFactory.setNext(oid, max, NodeId.SIZE);
      }
      long lastO = 0;
      long lastS = 0;
      boolean first = true;
      for (Iterator<long[]> it = posg.iterator(new Record(min, null), new Record(max, null), OBJECT_SUBJECT); it.hasNext(); ) {
        long[] os = it.next();
        if (!first && os[0] == lastO && os[1] == lastS) continue; // the same pair in another graph
        first = false;
        lastO = os[0];
        lastS = os[1];
        action.accept(os[0], os[1]);
      }
    }

    @Override
    Node node(Object key) {
      Bytes.setLong((Long) key, buf, 0);
      return nodes.getNodeForNodeId(NodeIdFactory.get(buf, 0));
    }
  }

  private static final class Plain extends Pairs {
    private final DatasetGraph dsg;

    Plain(DatasetGraph dsg) {
      this.dsg = dsg;
    }

    @Override
    void each(Node p, BiConsumer<Object, Object> action) {
      Set<List<Node>> seen = new HashSet<>();
      dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
        if (seen.add(List.of(q.getObject(), q.getSubject()))) action.accept(q.getObject(), q.getSubject());
      });
    }

    @Override
    Set<Object> subjects(Node p, Node o) {
      Set<Object> out = new HashSet<>();
      dsg.findNG(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
      return out;
    }

    @Override
    Node node(Object key) {
      return (Node) key;
    }
  }
}
