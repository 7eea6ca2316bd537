package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The names of the store's entities (people, organisations, countries, places, events), held in
 * memory for search: each entity's labels and alternative labels, a label and type to show, and
 * how many articles mention it. Search reads every name for the text it is given, which over the
 * union graph of a large store means reading each label once per article graph that repeats it
 * (2.4 s at 10,000 articles); here it is a pass over a list.
 *
 * <p>The names are those of one data version of the store: a search in a transaction that sees
 * another version (any committed write, whichever way it came: ingest, the ingest API, SPARQL
 * Update) first reads them again, so an answer is never older than the data it is asked in.
 * Reading them takes a pass over the label, type and mention indexes (skipping the copies of a
 * description, {@link UnionScan}).
 *
 * <pre>{@code
 * List<EntityNames.Match> top = Txn.calculateRead(dsg, () -> names.search(dsg, "huawei", 20));
 * }</pre>
 */
public final class EntityNames {
  /** The entity classes search finds. */
  static final List<Node> TYPES = List.of(NG.Nodes.Person, NG.Nodes.Organization, NG.Nodes.Country, NG.Nodes.Place, NG.Nodes.Event);

  /** A search result: the entity, a label and type of it, the articles that mention it, and whether a name equals the text. */
  public record Match(Node entity, String label, Node type, int articles, boolean exact) {
    public Match {
      Objects.requireNonNull(entity, "entity may not be null");
    }
  }

  /** One entity's names and counts. */
  private static final class Entry {
    final Node entity;
    Node type;
    String label;
    final List<String> names = new ArrayList<>(2); // lower case, labels and alternative labels
    int articles;

    Entry(Node entity) {
      this.entity = entity;
    }
  }

  /** The names of one data version. */
  private record Snapshot(String version, List<Entry> entries) {}

  private volatile Snapshot snapshot;

  /**
   * Entities with a label or alternative label that contains {@code text} (any case): those with a
   * name equal to it first, then the most mentioned, then by label. Needs a read transaction.
   */
  public List<Match> search(DatasetGraph dsg, String text, int limit) {
    String q = text.strip().toLowerCase(Locale.ROOT);
    List<Match> found = new ArrayList<>();
    for (Entry e : current(dsg).entries()) {
      boolean hit = false;
      boolean exact = false;
      for (String n : e.names) {
        if (n.contains(q)) {
          hit = true;
          if (n.equals(q)) exact = true;
        }
      }
      if (hit) found.add(new Match(e.entity, e.label, e.type, e.articles, exact));
    }
    found.sort(Comparator.comparing((Match m) -> !m.exact()).thenComparing(Comparator.comparingInt(Match::articles).reversed())
        .thenComparing(Match::label).thenComparing(m -> m.entity().getURI()));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /** The snapshot of the data version this transaction sees, read anew when it is not the kept one. */
  private Snapshot current(DatasetGraph dsg) {
    String version = version(dsg);
    Snapshot s = snapshot;
    if (s != null && s.version().equals(version)) return s;
    synchronized (this) {
      s = snapshot;
      if (s != null && s.version().equals(version)) return s;
      s = new Snapshot(version, read(dsg));
      // an older reader must not replace a newer snapshot; any other version is kept as the latest seen
      snapshot = s;
      return s;
    }
  }

  /** The data version a reader sees; a dataset that is not TDB2 is read anew each time. */
  static String version(DatasetGraph dsg) {
    if (!TDBInternal.isTDB2(dsg)) return "uncounted-" + System.nanoTime();
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    long v = ((TransactionalBase) tdb.getTxnSystem()).getThreadTransaction().getDataVersion();
    return Integer.toHexString(System.identityHashCode(tdb)) + "." + v;
  }

  private static List<Entry> read(DatasetGraph dsg) {
    Map<Node, Entry> entries = new HashMap<>();
    for (Node type : TYPES) {
      for (Iterator<Triple> it = UnionScan.find(dsg, Node.ANY, RDF.Nodes.type, type); it.hasNext(); ) {
        Entry e = entries.computeIfAbsent(it.next().getSubject(), Entry::new);
        if (e.type == null) e.type = type; // one of its types, as SAMPLE(?t) gives one
      }
    }
    for (Node p : List.of(RDFS.Nodes.label, Vocab.skosAltLabel)) {
      for (Iterator<Triple> it = UnionScan.find(dsg, Node.ANY, p, Node.ANY); it.hasNext(); ) {
        Triple t = it.next();
        Entry e = entries.get(t.getSubject());
        if (e == null || !t.getObject().isLiteral()) continue;
        String name = t.getObject().getLiteralLexicalForm();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!e.names.contains(lower)) e.names.add(lower);
        if (p.equals(RDFS.Nodes.label) && (e.label == null || name.compareTo(e.label) < 0)) e.label = name;
      }
    }
    for (Iterator<Triple> it = UnionScan.find(dsg, Node.ANY, Vocab.Schema.mentions, Node.ANY); it.hasNext(); ) {
      Entry e = entries.get(it.next().getObject());
      if (e != null) e.articles++;
    }
    // an entity search shows has a label (search.rq requires one)
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries.values()) if (e.label != null) out.add(e);
    return out;
  }
}
