package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * N-Quads files of article graphs, as the Spark job writes them ({@code OUT/graphs/part-*}) or as
 * {@code export} does ({@code *.nq}, {@code *.nq.gz}), checked before anything is loaded: every
 * file parses, no quad is in the default graph, and each graph lies whole in one run of lines of
 * one file (so that no article is loaded half, or mixed from two outputs).
 *
 * <pre>{@code
 * GraphFiles files = GraphFiles.check(List.of(Path.of("out")));
 * files.graphs(); // the article graphs, each to be replaced whole
 * }</pre>
 */
public final class GraphFiles {
  private final List<Path> files;
  private final Set<Node> graphs;
  private final long quads;

  private GraphFiles(List<Path> files, Set<Node> graphs, long quads) {
    this.files = List.copyOf(files);
    this.graphs = graphs;
    this.quads = quads;
  }

  public List<Path> files() {
    return files;
  }

  /** The graphs named in the files, in the order they come. */
  public Set<Node> graphs() {
    return graphs;
  }

  public long quads() {
    return quads;
  }

  /**
   * Lists and checks the inputs: files, or folders holding N-Quads files (a job's output folder is
   * read from its {@code graphs} folder). Throws BadInput naming the file, line and reason.
   */
  public static GraphFiles check(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) files.addAll(list(in));
    if (files.isEmpty()) throw new BadInput(inputs.toString(), "no N-Quads files (part-*, *.nq, *.nq.gz) found");
    Set<Node> graphs = new LinkedHashSet<>();
    Map<Node, Path> where = new HashMap<>();
    long[] count = {0};
    for (Path f : files) {
      Node[] current = {null};
      StreamRDF check = new StreamRDFBase() {
        @Override
        public void quad(Quad q) {
          count[0]++;
          Node g = q.getGraph();
          if (g == null || Quad.isDefaultGraph(g)) throw new BadInput(f.toString(), "a triple outside any article graph: " + q.asTriple()
              + "; each article must be in its own named graph");
          if (g.equals(current[0])) return;
          Path before = where.putIfAbsent(g, f);
          if (before != null) {
            throw new BadInput(f.toString(), "the graph " + g.getURI() + (before.equals(f) ? " comes twice in this file"
                : " is in " + before + " too") + "; load one job's output at a time (its graphs are whole)");
          }
          graphs.add(g);
          current[0] = g;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple t) {
          quad(Quad.create(Quad.defaultGraphIRI, t));
        }
      };
      try (InputStream in = open(f)) {
        RDFParser.source(in).lang(Lang.NQUADS).parse(check);
      } catch (RiotException e) {
        throw new BadInput(f.toString(), "not N-Quads: " + e.getMessage() + "; nothing was loaded");
      } catch (IOException e) {
        throw new BadInput(f.toString(), "cannot read: " + e.getMessage());
      }
    }
    return new GraphFiles(files, graphs, count[0]);
  }

  /** The file's bytes, unzipped when its name ends in .gz. */
  public static InputStream open(Path f) throws IOException {
    InputStream in = Files.newInputStream(f);
    return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 65536) : in;
  }

  private static List<Path> list(Path in) {
    if (!Files.exists(in)) throw new BadInput(in.toString(), "no such file or folder");
    if (!Files.isDirectory(in)) return List.of(in);
    Path dir = Files.isDirectory(in.resolve("graphs")) ? in.resolve("graphs") : in;
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> isGraphFile(p.getFileName().toString())).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BadInput(in.toString(), "cannot list folder: " + e.getMessage());
    }
  }

  private static boolean isGraphFile(String name) {
    if (name.startsWith(".") || name.startsWith("_")) return false; // Hadoop's .crc and _SUCCESS files
    return name.startsWith("part-") || name.endsWith(".nq") || name.endsWith(".nq.gz");
  }
}
