package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * What the clients linked-data, SPARQL and graph users already have need from the server, in one
 * place: CORS on reads ({@link Cors}), revalidation ({@link Revalidation}), the service description
 * ({@link ServiceDescription}), the union as the Graph Store Protocol's default graph
 * ({@link UnionDefaultGraph}), the OpenAPI description of the endpoints ({@link OpenApiServlet}) and
 * what the web UI needs to know of the server ({@link SiteApi}).
 */
final class ClientSupport {
  private ClientSupport() {}

  static void install(FusekiServer.Builder b, Site site) {
    if (site.options().cors()) b.addFilter("/*", new Cors(site));
    b.addFilter("/*", new Revalidation(site, site.version()));
    b.addFilter(NewsServer.DATASET + "/sparql", new ServiceDescription(site));
    b.addFilter(NewsServer.DATASET + "/get", new UnionDefaultGraph(site));
    b.addServlet(OpenApiServlet.PATH, new OpenApiServlet());
    b.addServlet(SiteApi.PATH, new SiteApi(site));
  }
}
