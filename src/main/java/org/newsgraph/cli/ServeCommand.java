package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.batch.ArticleResult;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.server.NewsServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the embedded Fuseki server. SPARQL answers at once; on an empty store the bundled
 * sample is ingested in the background (the models load meanwhile).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store: the web UI at /, SPARQL at /kg/sparql, graph reads at /kg/get, linked data at /id/...,",
        "VoID at /.well-known/void. Loopback only unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {
  static final String SAMPLE = "/samples/huawei-5g-backdoors.txt";

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "SPARQL query timeout (default: ${DEFAULT-VALUE})")
  int timeout;

  @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N", description = "result rows a SPARQL query returns at most (default: ${DEFAULT-VALUE})")
  long maxRows;

  @Option(names = "--passwd", paramLabel = "FILE",
      description = "users for the write endpoints (\"user: password\" lines, Fuseki's format): /kg/update, /kg/data and "
          + "POST /api/articles, with HTTP Basic authentication. Without it there are no write endpoints.")
  Path passwd;

  @Option(names = "--allow-service", paramLabel = "URL",
      description = "a SPARQL endpoint that SERVICE clauses may call (repeatable); without one, federated queries are off")
  java.util.List<String> allowService = new java.util.ArrayList<>();

  @Option(names = "--service-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "how long one SERVICE call may take (default: ${DEFAULT-VALUE})")
  int serviceTimeout;

  @Option(names = "--max-query-bytes", defaultValue = "1048576", paramLabel = "N",
      description = "longest SPARQL query accepted; longer ones answer 413 (default: ${DEFAULT-VALUE})")
  long maxQueryBytes;

  @Option(names = "--article-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "time budget of one article posted to /api/articles; over it the post answers 503 (default: ${DEFAULT-VALUE})")
  int articleTimeout;

  @Option(names = "--no-sample", description = "do not load the bundled sample into an empty store")
  boolean noSample;

  @Option(names = "--no-cors", description = "do not let pages on other origins read (write endpoints never allow them)")
  boolean noCors;

  @Option(names = "--license", paramLabel = "IRI", description = "the data's licence, stated in the VoID description (dct:license)")
  String license;

  @Option(names = "--publisher", paramLabel = "IRI|NAME", description = "who publishes the data, for VoID's dct:publisher "
      + "(default: this server)")
  String publisher;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    org.newsgraph.server.Defences defences = defences();
    NewsStore st = store.open();
    ServerOptions options = ServerOptions.builder().host(host).port(port).baseIri(store.iris().base())
        .passwordFile(passwd).timeoutSeconds(timeout).maxRows(maxRows).defences(defences)
        .cors(!noCors).license(license).publisher(publisher).build();
    NewsServer server;
    try {
      server = NewsServer.start(st, options);
    } catch (RuntimeException e) {
      st.close();
      if (e instanceof org.newsgraph.NewsgraphException.Usage) throw e;
      throw new org.newsgraph.NewsgraphException("cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long t0 = System.nanoTime();
      out.println("Stopping: closing the server and the store ...");
      out.flush();
      RunningServer.withdraw(st.dir());
      server.close();
      st.close();
      out.printf("Stopped in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
      out.flush();
      stopped.countDown();
    }, "shutdown"));
    RunningServer.announce(st.dir(), server.url());
    out.println("newsgraph " + Main.version() + " serving " + st.dir());
    out.println("SPARQL endpoint: " + server.sparqlUrl());
    out.println("Web UI (query, explore): " + server.url());
    if (passwd != null) out.println("Writes (authenticated): " + server.url() + "kg/update, " + server.url() + "kg/data, POST " + server.url() + "api/articles");
    out.println("Ready: " + server.url());
    out.flush();
    if (st.isEmpty() && !noSample) loadSample(st, out, server);
    server.join();
    stopped.await();
    return 0;
  }

  private org.newsgraph.server.Defences defences() {
    try {
      return org.newsgraph.server.Defences.builder().allowServices(allowService).serviceTimeoutSeconds(serviceTimeout)
          .maxQueryBytes(maxQueryBytes).articleSeconds(articleTimeout).build();
    } catch (IllegalArgumentException e) {
      throw new org.newsgraph.NewsgraphException.Usage(e.getMessage());
    }
  }

  private void loadSample(NewsStore st, PrintWriter out, NewsServer server) {
    Thread t = new Thread(() -> {
      try {
        out.println("The store is empty: loading the bundled sample (the language models load first, about a minute) ...");
        out.flush();
        Article article = sampleArticle();
        Ingestor ingestor = new Ingestor(st, Annotator.corenlp(), store.iris(), Ingestor.newRun(Main.version()),
            new Ingestor.Options(1, false));
        ArticleResult r = ingestor.ingestOne(article);
        out.printf("Sample loaded: %d entities, %d roles, %d statements, %d triples (models loaded in %.1f s).%n"
            + "Try: %s (in a browser), or in another terminal: ./newsgraph query roles-of-organization --bind name=Huawei%n",
            r.entities(), r.roles(), r.statements(), r.triples(), NlpPipeline.shared().loadMillis() / 1000.0,
            server.url() + "id/entity/huawei");
      } catch (RuntimeException e) {
        out.println("Could not load the sample: " + e.getMessage());
      }
      out.flush();
    }, "load-sample");
    t.setDaemon(true);
    t.start();
  }

  static Article sampleArticle() {
    try (InputStream in = ServeCommand.class.getResourceAsStream(SAMPLE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ArticleReader(ReaderOptions.defaults()).textArticle("huawei-5g-backdoors", text, "bundled sample " + SAMPLE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
