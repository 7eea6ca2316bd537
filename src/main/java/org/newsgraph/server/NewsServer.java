package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.newsgraph.store.NewsStore;

/**
 * The embedded Fuseki server over a store: read-only SPARQL at {@code /kg/sparql} with a timeout
 * and a row cap ({@link QueryLimits}), Graph Store Protocol reads at {@code /kg/get}, bound to
 * loopback unless told otherwise. With a password file, also the authenticated writes of
 * {@link WriteAccess}: {@code /kg/update}, {@code /kg/data} and {@code /api/articles}.
 *
 * <pre>{@code
 * try (NewsServer server = NewsServer.start(store, ServerOptions.builder().port(0).build())) {
 *   System.out.println(server.sparqlUrl());
 * }
 * }</pre>
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
    var dsg = store.dataset();
    QueryLimits limits = new QueryLimits(options.timeoutSeconds(), options.maxRows());
    limits.applyTo(dsg);
    WriteAccess writes = options.passwordFile() == null ? null : WriteAccess.fromPasswordFile(options.passwordFile());
    DataService.Builder service = DataService.newBuilder(dsg)
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.GSP_R, "get");
    if (writes != null) writes.addEndpoints(service);
    FusekiServer.Builder b = FusekiServer.create()
        .port(options.port())
        .loopback(isLoopback(options.host()))
        .enablePing(true)
        .add(DATASET, service.build());
    limits.register(b);
    if (writes != null) Writes.install(b, store, options, writes);
    FusekiServer fuseki = b.build().start();
    return new NewsServer(fuseki, options);
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
