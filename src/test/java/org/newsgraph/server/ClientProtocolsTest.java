package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;

/**
 * What linked-data and SPARQL clients need from the server, over HTTP against a real server on the
 * hand-made article: CORS on reads only, a SPARQL service description, the GSP default graph, content
 * negotiation as rdflib asks, HTTP caching, VoID metadata and the row-cap signal.
 */
class ClientProtocolsTest {
  static final String ORIGIN = "http://elsewhere.example";
  /** What rdflib 6/7 sends when it parses a URL. */
  static final String RDFLIB_ACCEPT = "application/rdf+xml, text/rdf+n3, application/xhtml+xml;q=0.5, text/html;q=0.3";

  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir, true, b -> b.maxRows(5));
    TestStores.addHandMade(t.store, Iris.defaults());
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return t.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder get(String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url(path))).GET();
    if (accept != null) b.header("Accept", accept);
    return b;
  }

  static String q(String sparql) {
    return "/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
  }

  static Graph parse(String body, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(body)).lang(lang).base("http://example.org/").parse(g);
    return g;
  }

  @Test
  void read_endpoints_allow_other_origins() throws Exception {
    String huawei = URLEncoder.encode(Iris.defaults().entity("huawei").getURI(), StandardCharsets.UTF_8);
    for (String path : List.of(q("ASK {}"), "/kg/get?default", "/id/entity/huawei", "/.well-known/void", "/dump.nq",
        "/api/search?q=hua", "/api/neighbours?iri=" + huawei, "/api/queries")) {
      HttpResponse<String> r = send(get(path, null).header("Origin", ORIGIN));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
    }
    // a page's POST of a query is preflighted: it is allowed
    HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(t.url("/kg/sparql")))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
    assertThat(pre.statusCode()).isBetween(200, 204);
    assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    assertThat(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("content-type");
  }

  @Test
  void write_endpoints_never_allow_other_origins() throws Exception {
    for (String path : List.of("/kg/update", "/kg/data", "/api/articles")) {
      HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(t.url(path)))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
          .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type"));
      assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(t.url(path)))
          .POST(HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/plain").header("Origin", ORIGIN));
      assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
    }
  }

  @Test
  void get_of_the_endpoint_without_a_query_is_a_service_description() throws Exception {
    HttpResponse<String> r = send(get("/kg/sparql", "text/turtle"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
    Graph g = parse(r.body(), Lang.TURTLE);
    String sd = "http://www.w3.org/ns/sparql-service-description#";
    Node service = g.find(Node.ANY, RDF.Nodes.type, NodeFactory.createURI(sd + "Service")).next().getSubject();
    assertThat(g.contains(service, NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(t.url("/kg/sparql")))).isTrue();
    assertThat(g.contains(service, NodeFactory.createURI(sd + "supportedLanguage"), NodeFactory.createURI(sd + "SPARQL11Query"))).isTrue();
    assertThat(g.contains(Node.ANY, RDF.Nodes.type, NodeFactory.createURI(sd + "UnionDefaultGraph"))
        || g.contains(service, NodeFactory.createURI(sd + "feature"), NodeFactory.createURI(sd + "UnionDefaultGraph"))).isTrue();
  }

  @Test
  void gsp_default_graph_is_the_union_the_queries_see() throws Exception {
    HttpResponse<String> r = send(get("/kg/get?default", "application/n-triples"));
    assertThat(r.statusCode()).isEqualTo(200);
    Graph g = parse(r.body(), Lang.NTRIPLES);
    String count = send(get(q("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"), "text/csv")).body();
    assertThat(g.size()).isGreaterThan(50);
    assertThat(count.lines().skip(1).findFirst().orElseThrow().strip()).isEqualTo(Integer.toString(g.size()));
  }

  @Test
  void a_client_that_lists_an_rdf_type_gets_rdf_and_rdf_xml_is_served() throws Exception {
    HttpResponse<String> r = send(get("/id/entity/huawei", RDFLIB_ACCEPT));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/rdf+xml");
    Graph xml = parse(r.body(), Lang.RDFXML);
    Graph turtle = parse(send(get("/id/entity/huawei", "text/turtle")).body(), Lang.TURTLE);
    assertThat(xml.isIsomorphicWith(turtle)).isTrue();
    // a browser still gets the page, and Turtle beats HTML when it is the only RDF type listed
    assertThat(send(get("/id/entity/huawei", LinkedDataTest.BROWSER_ACCEPT)).headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/html");
    assertThat(send(get("/id/entity/huawei", "text/html;q=0.9, text/turtle;q=0.1")).headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/turtle");
    assertThat(send(get("/.well-known/void", "application/rdf+xml")).statusCode()).isEqualTo(200);
  }

  @Test
  void pages_void_dumps_and_query_gets_revalidate_with_304_until_the_data_changes() throws Exception {
    for (String path : List.of("/id/entity/huawei", "/.well-known/void", "/dump.nq", q("SELECT * { ?s ?p ?o } LIMIT 3"), "/kg/get?default")) {
      HttpResponse<String> first = send(get(path, "text/turtle, */*;q=0.1"));
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
      String modified = first.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified on " + path));
      assertThat(send(get(path, "text/turtle, */*;q=0.1").header("If-None-Match", etag)).statusCode()).as(path).isEqualTo(304);
      assertThat(send(get(path, "text/turtle, */*;q=0.1").header("If-Modified-Since", modified)).statusCode()).as(path).isEqualTo(304);
      // another representation of the same resource is not the same entity
      assertThat(send(get(path, "application/n-triples, */*;q=0.1").header("If-None-Match", etag)).statusCode()).as(path).isNotEqualTo(304);
    }
    HttpResponse<String> before = send(get("/id/entity/huawei", "text/turtle"));
    String etag = before.headers().firstValue("ETag").orElseThrow();
    Thread.sleep(1100); // Last-Modified has one-second resolution
    Node g = NodeFactory.createURI("http://example.org/graph/extra");
    t.store.replaceGraph(g, List.of(Quad.create(g, NodeFactory.createURI("http://example.org/x"), RDF.Nodes.type,
        NodeFactory.createURI("http://example.org/Thing"))));
    HttpResponse<String> after = send(get("/id/entity/huawei", "text/turtle").header("If-None-Match", etag));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    assertThat(send(get("/id/entity/huawei", "text/turtle").header("If-Modified-Since",
        before.headers().firstValue("Last-Modified").orElseThrow())).statusCode()).isEqualTo(200);
    t.store.deleteGraph(g);
  }

  @Test
  void void_says_when_who_and_how_the_data_was_made() throws Exception {
    Graph g = parse(send(get("/.well-known/void", "text/turtle")).body(), Lang.TURTLE);
    Node ds = NodeFactory.createURI(t.url("/.well-known/void#dataset"));
    String dct = "http://purl.org/dc/terms/";
    assertThat(g.find(ds, NodeFactory.createURI(dct + "modified"), Node.ANY).toList()).hasSize(1);
    assertThat(g.find(ds, NodeFactory.createURI(dct + "publisher"), Node.ANY).hasNext()).isTrue();
    assertThat(g.find(ds, NodeFactory.createURI(dct + "creator"), Node.ANY).hasNext()).isTrue();
    // provenance: the extraction runs that made the graphs
    Node run = g.find(ds, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), Node.ANY).next().getObject();
    assertThat(g.find(run, Node.ANY, Node.ANY).hasNext()).isTrue();
    // the URI space is where the served IRIs are
    String space = g.find(ds, NodeFactory.createURI(VoidServlet.VOID + "uriSpace"), Node.ANY).next().getObject().getLiteralLexicalForm();
    String entities = send(get(q("SELECT DISTINCT ?e { ?e a <https://w3id.org/newsgraph/ontology#Person> }"), "text/csv")).body();
    entities.lines().skip(1).forEach(e -> assertThat(e.strip()).startsWith(space));
    g.find(ds, NodeFactory.createURI(VoidServlet.VOID + "exampleResource"), Node.ANY)
        .forEach(tr -> assertThat(tr.getObject().getURI()).startsWith(space));
  }

  @Test
  void the_uri_space_is_where_the_stored_iris_are_even_under_another_base_iri(@TempDir Path other) throws Exception {
    try (TestServer elsewhere = new TestServer(other, false, b -> b.baseIri("https://example.org/kb/"))) {
      TestStores.addHandMade(elsewhere.store, Iris.defaults());
      var r = elsewhere.http.send(HttpRequest.newBuilder(URI.create(elsewhere.url("/.well-known/void"))).header("Accept", "text/turtle").build(),
          HttpResponse.BodyHandlers.ofString());
      Graph g = parse(r.body(), Lang.TURTLE);
      Node ds = NodeFactory.createURI(elsewhere.url("/.well-known/void#dataset"));
      assertThat(g.find(ds, NodeFactory.createURI(VoidServlet.VOID + "uriSpace"), Node.ANY).next().getObject().getLiteralLexicalForm())
          .isEqualTo(Iris.DEFAULT_BASE);
    }
  }

  @Test
  void a_query_cut_at_the_row_cap_says_so_in_a_header() throws Exception {
    HttpResponse<String> all = send(get(q("SELECT * { ?s ?p ?o }"), "text/csv"));
    assertThat(all.body().lines().count()).isEqualTo(1 + 5);
    assertThat(all.headers().firstValue("X-Newsgraph-Truncated")).hasValue("5");
    HttpResponse<String> few = send(get(q("SELECT * { ?s ?p ?o } LIMIT 3"), "text/csv"));
    assertThat(few.body().lines().count()).isEqualTo(1 + 3);
    assertThat(few.headers().firstValue("X-Newsgraph-Truncated")).isEmpty();
    HttpResponse<String> exact = send(get(q("SELECT * { ?s a <https://w3id.org/newsgraph/ontology#Person> }"), "text/csv"));
    assertThat(exact.headers().firstValue("X-Newsgraph-Truncated")).isEmpty();
    // a page on another origin may read the header
    HttpResponse<String> cors = send(get(q("SELECT * { ?s ?p ?o }"), "text/csv").header("Origin", ORIGIN));
    assertThat(cors.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("X-Newsgraph-Truncated");
  }
}
