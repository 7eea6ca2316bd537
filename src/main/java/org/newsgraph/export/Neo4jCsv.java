package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link PropertyGraph} as the two CSV files {@code neo4j-admin database import full} reads:
 * {@code nodes.csv} ({@code id:ID,name,type,articles:int,:LABEL}, labelled {@code Entity} and its type)
 * and {@code relationships.csv} ({@code :START_ID,:END_ID,:TYPE,label,weight:int}, the type being the
 * edge kind in capitals: ROLE, ABOUT, TARGET, DENIAL, CLAIM).
 *
 * <pre>{@code
 * neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
 * }</pre>
 */
public final class Neo4jCsv {
  public static final String NODES = "nodes.csv";
  public static final String RELATIONSHIPS = "relationships.csv";

  private Neo4jCsv() {}

  /** Writes both files into {@code dir} (created if need be); returns their paths. */
  public static List<Path> write(PropertyGraph g, Path dir) {
    try {
      Files.createDirectories(dir);
      Path nodes = dir.resolve(NODES);
      Path rels = dir.resolve(RELATIONSHIPS);
      try (Writer w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
        w.write("id:ID,name,type,articles:int,:LABEL\n");
        for (PropertyGraph.Node n : g.nodes()) {
          row(w, n.id(), n.label(), n.type(), Integer.toString(n.articles()), "Entity;" + n.type());
        }
      }
      try (Writer w = Files.newBufferedWriter(rels, StandardCharsets.UTF_8)) {
        w.write(":START_ID,:END_ID,:TYPE,label,weight:int\n");
        for (PropertyGraph.Edge e : g.edges()) {
          row(w, e.source(), e.target(), e.kind().toUpperCase(Locale.ROOT), e.label(), Integer.toString(e.weight()));
        }
      }
      return List.of(nodes, rels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV files in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void row(Writer w, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) w.write(',');
      w.write(quote(fields[i]));
    }
    w.write('\n');
  }

  /** RFC 4180 quoting, which neo4j-admin reads: quotes doubled inside quoted fields. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
