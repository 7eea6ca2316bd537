package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * The server's own SELECT queries: {@code .rq} files beside this class, parsed once, run over the
 * union of all article graphs with the caller's values substituted for variables (user text never
 * becomes query text). Callers hold a read transaction.
 *
 * <pre>{@code
 * List<Binding> rows = Sparql.select(dsg, "entity-roles", Map.of("e", entityNode));
 * }</pre>
 */
final class Sparql {
  private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

  private Sparql() {}

  static Query query(Class<?> owner, String name) {
    return CACHE.computeIfAbsent(owner.getPackageName() + "/" + name, k -> {
      String res = name + ".rq";
      try (InputStream in = owner.getResourceAsStream(res)) {
        if (in == null) throw new IllegalStateException("missing query resource " + owner.getPackageName() + "/" + res);
        return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static List<Binding> select(DatasetGraph dsg, String name, Map<String, Node> values) {
    return select(dsg, query(Sparql.class, name), values);
  }

  static List<Binding> select(DatasetGraph dsg, Query query, Map<String, Node> values) {
    return select(dsg, query, values, false);
  }

  /**
   * As {@link #select(DatasetGraph, String, Map)}, without the public query timeout: for the
   * server's own counts of the whole store (VoID), computed once per data version and kept.
   */
  static List<Binding> selectUntimed(DatasetGraph dsg, String name) {
    return select(dsg, query(Sparql.class, name), Map.of(), true);
  }

  private static List<Binding> select(DatasetGraph dsg, Query query, Map<String, Node> values, boolean untimed) {
    QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
    if (untimed) b.set(ARQ.queryTimeout, "-1");
    values.forEach(b::substitution);
    List<Binding> rows = new ArrayList<>();
    try (QueryExec qe = b.build()) {
      qe.select().forEachRemaining(rows::add);
    }
    return rows;
  }

  /** The lexical form of a bound literal, the IRI of a bound IRI, or null. */
  static String str(Binding row, String var) {
    Node n = row.get(var);
    if (n == null) return null;
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
  }

  static int integer(Binding row, String var, int fallback) {
    String s = str(row, var);
    if (s == null) return fallback;
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
