package org.newsgraph.rdf;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;

/** The SHACL shapes of the graph contract ({@code ontology/shapes.ttl}), and validation against them. */
public final class Shapes {
  private static final org.apache.jena.shacl.Shapes SHAPES = load();

  private Shapes() {}

  public static ValidationReport validate(Graph g) {
    return ShaclValidator.get().validate(SHAPES, g);
  }

  private static org.apache.jena.shacl.Shapes load() {
    try (InputStream in = Shapes.class.getResourceAsStream("/ontology/shapes.ttl")) {
      if (in == null) throw new IllegalStateException("missing /ontology/shapes.ttl on the classpath");
      Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
      return org.apache.jena.shacl.Shapes.parse(g);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
