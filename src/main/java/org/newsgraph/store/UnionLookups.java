package org.newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.iterator.QueryIterConcat;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Query execution over the union of the article graphs that looks each triple pattern up once per
 * query for each set of values it is asked with, not once per row.
 *
 * <p>Why: an entity that many articles mention is described in every one of their graphs (its
 * label, type, alternative labels), so in the union graph one lookup such as "the label of Donald
 * Trump" reads one index entry per article graph (7,618 of them in a 10,000-article store) before
 * the duplicates are dropped. A query that looks up the label of the speaker, claimant or entity on
 * each of thousands of rows repeated that read for every row (17 s for the claims about the most
 * mentioned entity). Here each pattern of a basic graph pattern (in the order TDB2 would choose) and
 * each property path is evaluated with the row's values substituted, and its answer is kept for the
 * rest of the query, so the next row that asks the same (the same speaker's label) is answered from
 * memory. Answers are the same; only repeated reads go. Answers of more than
 * {@value #MAX_ROWS_KEPT} rows are not kept (they stream as before), and a query keeps at most
 * {@value #MAX_KEPT} rows in all; the memory lives as long as the query's execution context.
 *
 * <pre>{@code
 * UnionLookups.install(dsg);   // every query over dsg from now on
 * }</pre>
 *
 * <p>{@code -Dnewsgraph.plainUnionLookups=true} leaves TDB2's own executor in place (to compare).
 */
public final class UnionLookups {
  static final int MAX_ROWS_KEPT = 5_000;
  static final int MAX_KEPT = 500_000;
  /** The predicates that describe an entity: every article graph that mentions it repeats them. */
  static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of(
      "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
      "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2002/07/owl#sameAs",
      "http://schema.org/jobTitle", "http://schema.org/worksFor", "https://w3id.org/newsgraph/ontology#affiliation");
  private static final Node PLACEHOLDER = NodeFactory.createURI("urn:newsgraph:bound");
  /**
   * Set true in a query's context to run it with TDB2's own executor: for a query that reads each
   * entity once (a scan of all labels, as search does), keeping answers only costs.
   */
  public static final Symbol OFF = Symbol.create("urn:newsgraph:union-lookups-off");
  private static final Symbol MEMO = Symbol.create("urn:newsgraph:union-lookups-memo");

  private UnionLookups() {}

  /**
   * Makes queries over this TDB2 dataset use the executor; other datasets are left alone. TDB2 sets
   * its own executor in the context of the database inside the dataset, so that is where it goes;
   * compaction makes a new database: install again after it.
   */
  public static void install(DatasetGraph dsg) {
    if (!TDBInternal.isTDB2(dsg) || Boolean.getBoolean("newsgraph.plainUnionLookups")) return;
    ReorderTransformation reorder = TDBInternal.getDatasetGraphTDB(dsg).getReorderTransform();
    OpExecutorFactory factory = cxt -> new Executor(cxt, reorder);
    QC.setFactory(dsg.getContext(), factory);
    QC.setFactory(TDBInternal.getDatasetGraphTDB(dsg).getContext(), factory);
  }

  /** The answers kept for one query execution. */
  private static final class Memo {
    final Map<Op, List<Binding>> answers = new HashMap<>();
    int kept;
  }

  private static Memo memo(ExecutionContext cxt) {
    synchronized (cxt.getContext()) {
      Memo m = cxt.getContext().get(MEMO);
      if (m == null) {
        m = new Memo();
        cxt.getContext().set(MEMO, m);
      }
      return m;
    }
  }

  static final class Executor extends OpExecutorTDB2 {
    private final ReorderTransformation transform;

    Executor(ExecutionContext cxt, ReorderTransformation transform) {
      super(cxt);
      this.transform = transform;
    }

    private boolean overUnion(Node graph) {
      if (execCxt.getContext().isTrue(OFF)) return false;
      return Quad.isUnionGraph(graph) || Quad.isDefaultGraph(graph) && execCxt.getContext().isTrue(TDB2.symUnionDefaultGraph);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
      if (!overUnion(quadPattern.getGraphNode()) || quadPattern.getBasicPattern().size() == 0) {
        return super.execute(quadPattern, input);
      }
      Node g = quadPattern.getGraphNode();
      BasicPattern bgp = quadPattern.getBasicPattern();
      QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
      if (!peek.hasNext()) return peek;
      Binding first = peek.peek();
      BasicPattern ordered = reorder(bgp, first);
      // runs of patterns that read article-level data go to TDB2 as they are; a description of an
      // entity whose subject the row gives (its label, type, ...) is looked up once per subject
      QueryIterator it = peek;
      List<Triple> run = new ArrayList<>();
      for (Triple t : ordered) {
        if (isDescription(t, first)) {
          if (!run.isEmpty()) it = super.execute(new OpQuadPattern(g, BasicPattern.wrap(new ArrayList<>(run))), it);
          run.clear();
          it = remembered(new OpQuadPattern(g, BasicPattern.wrap(List.of(t))), it);
        } else {
          run.add(t);
        }
        // from here on, the variables of t are bound as well
        first = bindAll(first, t);
      }
      if (!run.isEmpty()) it = super.execute(new OpQuadPattern(g, BasicPattern.wrap(run)), it);
      return it;
    }

    @Override
    protected QueryIterator execute(OpGraph opGraph, QueryIterator input) {
      if (opGraph.getSubOp() instanceof OpPath && overUnion(opGraph.getNode())) return remembered(opGraph, input);
      return super.execute(opGraph, input);
    }

    /** An entity-description pattern whose subject is known when it runs (a constant or bound by the row). */
    private static boolean isDescription(Triple t, Binding row) {
      Node p = t.getPredicate();
      if (!p.isURI() || !DESCRIPTIONS.contains(p.getURI())) return false;
      Node subject = t.getSubject();
      return subject.isURI() || subject.isBlank() || subject.isVariable() && row.contains((Var) subject);
    }

    /** The row with placeholders for the variables of t (only whether a variable is bound matters). */
    private static Binding bindAll(Binding row, Triple t) {
      BindingBuilder b = BindingFactory.builder(row);
      for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
        if (n.isVariable() && !b.contains((Var) n)) b.add((Var) n, PLACEHOLDER);
      }
      return b.build();
    }

    /** The order TDB2 would run the patterns in, given the first row's values (as TDB2 decides it). */
    private BasicPattern reorder(BasicPattern bgp, Binding first) {
      if (transform == null || bgp.size() < 2) return bgp;
      ReorderProc proc = transform.reorderIndexes(Substitute.substitute(bgp, first));
      return proc.reorder(bgp);
    }

    /** For each row: op with the row's values in, answered from memory when this query asked it before. */
    private QueryIterator remembered(Op op, QueryIterator input) {
      Memo memo = memo(execCxt);
      return new QueryIterRepeatApply(input, execCxt) {
        @Override
        protected QueryIterator nextStage(Binding row) {
          Op bound = QC.substitute(op, row);
          List<Binding> known;
          synchronized (memo) {
            known = memo.answers.get(bound);
          }
          if (known == null) {
            known = new ArrayList<>();
            QueryIterator fresh = directly(bound);
            while (fresh.hasNext()) {
              known.add(fresh.next());
              if (known.size() > MAX_ROWS_KEPT) {
                // too many to keep: this row's answers stream, and the next row asking the same reads again
                QueryIterConcat rest = new QueryIterConcat(execCxt);
                rest.add(QueryIterPlainWrapper.create(joined(row, known.iterator()), execCxt));
                rest.add(new QueryIterConvert(fresh, a -> merge(row, a), execCxt)); // closes fresh
                return rest;
              }
            }
            fresh.close();
            synchronized (memo) {
              if (memo.kept + known.size() <= MAX_KEPT) {
                memo.answers.put(bound, known);
                memo.kept += known.size();
              }
            }
          }
          return QueryIterPlainWrapper.create(joined(row, known.iterator()), execCxt);
        }
      };
    }

    private QueryIterator directly(Op bound) {
      if (bound instanceof OpQuadPattern qp && qp.getBasicPattern().size() == 1) {
        // one description triple: its copies in every graph that repeats it are skipped over (UnionScan)
        return QueryIterPlainWrapper.create(matches(execCxt.getDataset(), qp.getBasicPattern().get(0)), execCxt);
      }
      QueryIterator root = QueryIterSingleton.create(BindingFactory.root(), execCxt);
      if (bound instanceof OpQuadPattern qp) return super.execute(qp, root);
      return super.execute((OpGraph) bound, root);
    }
  }

  /** The bindings of the pattern's variables for each distinct union triple that matches it. */
  private static Iterator<Binding> matches(DatasetGraph dsg, Triple pattern) {
    Node[] terms = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
    return Iter.iter(UnionScan.find(dsg, terms[0], terms[1], terms[2])).map(t -> {
      Node[] values = {t.getSubject(), t.getPredicate(), t.getObject()};
      BindingBuilder b = BindingFactory.builder();
      for (int i = 0; i < 3; i++) {
        if (!terms[i].isVariable()) continue;
        Var v = (Var) terms[i];
        Node already = b.get(v);
        if (already == null) b.add(v, values[i]);
        else if (!already.equals(values[i])) return null; // ?x p ?x
      }
      return b.build();
    }).removeNulls();
  }

  private static Binding merge(Binding row, Binding a) {
    return a.isEmpty() ? row : BindingFactory.builder(row).addAll(a).build();
  }

  private static Iterator<Binding> joined(Binding row, Iterator<Binding> answers) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return answers.hasNext();
      }

      @Override
      public Binding next() {
        return merge(row, answers.next());
      }
    };
  }
}
