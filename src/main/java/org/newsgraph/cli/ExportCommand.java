package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the store as RDF. N-Quads and TriG keep one graph per article and stream, so a
 * large store exports in constant memory; Turtle and JSON-LD give the union graph.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store: nquads and trig (graph per article, streamed), turtle and jsonld (union graph).")
final class ExportCommand implements Callable<Integer> {
  enum Format { nquads, trig, turtle, jsonld }

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "nquads", description = "nquads, trig, turtle or jsonld (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    try (NewsStore st = store.open();
        OutputStream os = output == null ? new WriterOutputStream(stdout) : new BufferedOutputStream(Files.newOutputStream(output))) {
      Txn.executeRead(st.dataset(), () -> write(st, os));
    }
    if (output != null) spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }

  private void write(NewsStore st, OutputStream os) {
    var dsg = st.dataset();
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
        // our own prefix mapping over the union graph: setting prefixes on TDB2's would need a write transaction
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES);
        Graph union = new WrappedGraph(dsg.getUnionGraph()) {
          @Override
          public PrefixMapping getPrefixMapping() {
            return prefixes;
          }
        };
        RDFDataMgr.write(os, union, format == Format.turtle ? RDFFormat.TURTLE_BLOCKS : RDFFormat.JSONLD11);
      }
    }
  }
}
