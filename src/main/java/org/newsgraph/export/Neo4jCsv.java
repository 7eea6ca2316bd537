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
 * {@code nodes.csv} ({@code id:ID,name,type,articles:int,link,wikidata,:LABEL}, labelled {@code Entity}
 * and its type; {@code link} is the DBpedia resource, empty when unlinked)
 * and {@code relationships.csv} ({@code :START_ID,:END_ID,:TYPE,kind,label,weight:int}), one
 * relationship type per kind of relation, so Cypher can match on it: {@code ROLE} (the role's name in
 * {@code label}), {@code SAID_ABOUT}, the stance of a statement aimed at someone ({@code ACCUSES},
 * {@code CRITICISES}, {@code DENIES}, {@code APPEALS_TO}, {@code ADDRESSES}), {@code DENIES_CLAIM_OF}
 * and {@code CLAIMS_ABOUT}; {@code kind} keeps the coarser kind ({@link Relations}).
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
        w.write("id:ID,name,type,articles:int,link,wikidata,:LABEL\n");
        for (PropertyGraph.Node n : g.nodes()) {
          row(w, n.id(), n.label(), n.type(), Integer.toString(n.articles()), n.link(), n.wikidata(), "Entity;" + n.type());
        }
      }
      try (Writer w = Files.newBufferedWriter(rels, StandardCharsets.UTF_8)) {
        w.write(":START_ID,:END_ID,:TYPE,kind,label,weight:int\n");
        for (PropertyGraph.Edge e : g.edges()) {
          row(w, e.source(), e.target(), type(e), e.kind(), e.label(), Integer.toString(e.weight()));
        }
      }
      return List.of(nodes, rels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV files in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The relationship type: ROLE for roles (their names are open-ended), else the edge's label as a Cypher name. */
  static String type(PropertyGraph.Edge e) {
    String name = e.kind().equals(Relations.ROLE) ? e.kind() : e.label();
    String type = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    return type.isEmpty() || !Character.isLetter(type.charAt(0)) ? "RELATED_TO" : type;
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
