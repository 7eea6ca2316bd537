package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.newsgraph.store.NewsStore;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server over a store, bound to loopback unless told otherwise:
 * <ul>
 * <li>{@code /kg/sparql} read-only SPARQL, {@code /kg/get} Graph Store Protocol reads;
 * <li>{@code /} the web UI (SPARQL editor with the saved queries, graph explorer), files under {@code /ui/};
 * <li>{@code /id/...} (the path of {@code --base-iri}) linked-data pages with content negotiation;
 * <li>{@code /.well-known/void} the VoID description, {@code /dump.nq} the whole store;
 * <li>{@code /newsgraph/ontology} the ontology and {@code /newsgraph/context.jsonld} its JSON-LD context;
 * <li>with a password file, the authenticated writes of {@link WriteAccess}: {@code /kg/update},
 * {@code /kg/data} and {@code /api/articles}; SPARQL has a timeout and a row cap ({@link QueryLimits});
 * <li>{@code /api/queries}, {@code /api/search}, {@code /api/neighbours} the UI's JSON.
 * </ul>
 *
 * <pre>{@code
 * try (NewsServer server = NewsServer.start(store, ServerOptions.builder().port(0).build())) {
 *   System.out.println(server.sparqlUrl());
 * }
 * }</pre>
 *
 * To add endpoints, extend {@link #builder} (the one place that assembles the server) or pass the
 * builder on with {@link #start(FusekiServer.Builder, ServerOptions)}.
 */
public final class NewsServer implements AutoCloseable {
  public static final String DATASET = "/kg";

  private final FusekiServer fuseki;
  private final ServerOptions options;

  private NewsServer(FusekiServer fuseki, ServerOptions options) {
    this.fuseki = fuseki;
    this.options = options;
  }

  public static NewsServer start(NewsStore store, ServerOptions options) {
    return start(builder(store, options), options);
  }

  /** Builds and starts a server from a builder made by {@link #builder} and perhaps added to. */
  public static NewsServer start(FusekiServer.Builder builder, ServerOptions options) {
    return new NewsServer(builder.build().start(), options);
  }

  /** The whole server, not yet built: the dataset, then the UI, linked data and APIs as servlets. */
  public static FusekiServer.Builder builder(NewsStore store, ServerOptions options) {
    Site site = new Site(store, options);
    QueryLimits limits = new QueryLimits(options.timeoutSeconds(), options.maxRows());
    limits.applyTo(store.dataset());
    ServicePolicy.applyTo(store.dataset(), options.defences());
    WriteAccess writes = options.passwordFile() == null ? null : WriteAccess.fromPasswordFile(options.passwordFile());
    FusekiServer.Builder b = FusekiServer.create()
        .port(options.port())
        .loopback(isLoopback(options.host()))
        .enablePing(true)
        .add(DATASET, dataService(store, writes));
    limits.register(b);
    RequestGuard.install(b, options.defences());
    b.registerOperation(Operation.Update, new SafeUpdate());
    ClientSupport.install(b, site);
    if (writes != null) Writes.install(b, store, options, writes);
    WebResources web = new WebResources();
    b.addServlet("", web); // exactly "/"
    b.addServlet("/ui/*", web);
    if (site.basePath().equals("/") || site.basePath().startsWith(DATASET + "/") || site.basePath().startsWith("/ui/")) {
      LoggerFactory.getLogger(NewsServer.class).warn("the path of --base-iri {} collides with the server's own paths; "
          + "its IRIs will not dereference here (use a base ending in /id/)", site.base());
    } else {
      b.addServlet(LinkedDataServlet.pathSpec(site), new LinkedDataServlet(site));
    }
    ExplorerApi explorer = new ExplorerApi(site);
    b.addServlet("/api/search", explorer);
    b.addServlet("/api/neighbours", explorer);
    b.addServlet("/api/queries", new SavedQueriesApi());
    b.addServlet(VoidServlet.PATH, new VoidServlet(site));
    b.addServlet(DumpServlet.PATH, new DumpServlet(site));
    OntologyServlet ontology = new OntologyServlet();
    b.addServlet(OntologyServlet.namespacePath(), ontology);
    b.addServlet(JsonLdContext.PATH, ontology);
    b.addServlet("/ontology/*", ontology);
    return b;
  }

  /** The dataset's endpoints: read-only, plus the protected write endpoints when there are users. */
  static DataService dataService(NewsStore store, WriteAccess writes) {
    DataService.Builder service = DataService.newBuilder(store.dataset())
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.GSP_R, "get");
    if (writes != null) writes.addEndpoints(service);
    return service.build();
  }

  private static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }

  public int port() {
    return fuseki.getHttpPort();
  }

  public String url() {
    return "http://" + (isLoopback(options.host()) ? "127.0.0.1" : options.host()) + ":" + port() + "/";
  }

  public String sparqlUrl() {
    return url() + "kg/sparql";
  }

  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    fuseki.stop();
  }
}
