package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsgraphException;
import org.newsgraph.export.Gexf;
import org.newsgraph.export.GraphExport;
import org.newsgraph.export.GraphMl;
import org.newsgraph.export.Neo4jCsv;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the store as RDF, or as a graph for graph tools. N-Quads and TriG keep one graph per
 * article and stream, so a large store exports in constant memory; Turtle and JSON-LD give the union
 * graph. GraphML (Cytoscape, Gephi) and GEXF (Gephi) give entities as nodes and their relations as
 * labelled, weighted edges; csv writes {@code nodes.csv} and {@code relationships.csv} for
 * {@code neo4j-admin database import} into the folder given with {@code -o}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store: nquads and trig (graph per article, streamed), turtle and jsonld (union graph);",
        "graphml and gexf (entities and their relations, for Gephi and Cytoscape); csv (neo4j-admin import files, into the folder -o)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { nquads, trig, turtle, jsonld, graphml, gexf, csv }

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "nquads",
      description = "nquads, trig, turtle, jsonld, graphml, gexf or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write here instead of standard output (for csv: the folder for the two files)")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.csv && output == null) {
      throw new NewsgraphException.Usage("--format csv writes two files: give their folder with -o DIR");
    }
    var server = RunningServer.find(store.store);
    if (server.isPresent()) return throughServer(server.get(), stdout);
    if (format == Format.csv) {
      List<Path> files;
      try (NewsStore st = store.open()) {
        files = Neo4jCsv.write(GraphExport.read(st.dataset()), output);
      }
      for (Path f : files) spec.commandLine().getErr().println("wrote " + f);
      return 0;
    }
    try (NewsStore st = store.open();
        OutputStream os = output == null ? new WriterOutputStream(stdout) : new BufferedOutputStream(Files.newOutputStream(output))) {
      Txn.executeRead(st.dataset(), () -> write(st.dataset(), os));
    }
    if (output != null) spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }

  /**
   * The store is held by a running server: read its dump ({@code /dump.nq}, one graph per article)
   * and export that. N-Quads are copied as they come; the other formats are built from the dump in
   * memory, the union of the graphs standing in for the default graph as in the store.
   */
  private int throughServer(String server, PrintWriter stdout) throws IOException {
    spec.commandLine().getErr().println("the store is served by " + server + ": exporting its dump " + server + "dump.nq");
    var dump = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
    if (format != Format.nquads) {
      org.apache.jena.riot.RDFParser.source(server + "dump.nq").lang(org.apache.jena.riot.Lang.NQUADS).parse(dump);
      List<org.apache.jena.graph.Triple> union = new java.util.ArrayList<>();
      dump.find().forEachRemaining(q -> union.add(q.asTriple()));
      union.forEach(dump.getDefaultGraph()::add);
    }
    if (format == Format.csv) {
      for (Path f : Neo4jCsv.write(GraphExport.read(dump), output)) spec.commandLine().getErr().println("wrote " + f);
      return 0;
    }
    try (OutputStream os = output == null ? new WriterOutputStream(stdout) : new BufferedOutputStream(Files.newOutputStream(output))) {
      if (format == Format.nquads) {
        try (var in = java.net.URI.create(server + "dump.nq").toURL().openStream()) {
          in.transferTo(os);
        }
      } else {
        Txn.executeRead(dump, () -> write(dump, os));
      }
    }
    if (output != null) spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }

  private void write(org.apache.jena.sparql.core.DatasetGraph dsg, OutputStream os) {
    switch (format) {
      case nquads, trig -> {
        StreamRDF stream = StreamRDFWriter.getWriterStream(os, format == Format.nquads ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
        stream.start();
        Vocab.PREFIXES.forEach(stream::prefix);
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
          Quad q = it.next();
          if (!q.isDefaultGraph()) stream.quad(q);
        }
        stream.finish();
      }
      case turtle, jsonld -> {
        // the prefixes go on a wrapper: setting them on the store's graph would need a write transaction
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES);
        Graph union = new WrappedGraph(dsg.getUnionGraph()) {
          @Override
          public PrefixMapping getPrefixMapping() {
            return prefixes;
          }
        };
        RDFDataMgr.write(os, union, format == Format.turtle ? RDFFormat.TURTLE_BLOCKS : RDFFormat.JSONLD11);
      }
      case graphml -> GraphMl.write(GraphExport.read(dsg), os);
      case gexf -> Gexf.write(GraphExport.read(dsg), os);
      case csv -> throw new IllegalStateException("csv is written to a folder");
    }
  }
}
