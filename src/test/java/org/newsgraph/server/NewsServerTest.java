package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/** The embedded server over a store with one article: SPARQL and graph reads answer, nothing writes. */
class NewsServerTest {
  @TempDir static Path dir;
  static NewsStore store;
  static NewsServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final Iris IRIS = Iris.defaults();
  static final Node GRAPH = IRIS.graph("acme-plant");
  static final Node ARTICLE = IRIS.article("acme-plant");

  @BeforeAll
  static void start() {
    store = NewsStore.open(dir.resolve("tdb2"));
    String text = "Acme opens a plant\nAcme said it would hire 500 people.";
    Article article = Article.ofText("acme-plant", text, "Acme opens a plant", "test", List.of());
    ArticleFacts facts = new ArticleFacts(article, List.of(new Entity("acme", EntityKind.ORGANIZATION, "Acme", List.of(), null)),
        List.of(new Mention(new Span(0, 4), "Acme", "acme"), new Mention(new Span(19, 23), "Acme", "acme")),
        List.of(), List.of(), List.of(), List.of());
    ExtractionRun run = new ExtractionRun("r1", "test", "4.5.10", "tokenize", Instant.parse("2024-01-01T00:00:00Z"));
    store.replaceGraph(GRAPH, new ArticleGraph(IRIS, run).quads(facts));
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postForm(String path, String form) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static long tripleCount() {
    return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(GRAPH).size());
  }

  @Test
  void sparql_get_answers_json_over_the_union_of_article_graphs() throws Exception {
    String q = "SELECT ?a ?id WHERE { ?a a <" + NG.NS + "Article> ; <http://purl.org/dc/terms/identifier> ?id }";
    HttpResponse<String> r = get("/kg/sparql?query=" + enc(q), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
    JsonObject json = JSON.parse(r.body());
    var rows = json.get("results").getAsObject().get("bindings").getAsArray();
    assertThat(rows).hasSize(1);
    JsonObject row = rows.get(0).getAsObject();
    assertThat(row.get("a").getAsObject().get("value").getAsString().value()).isEqualTo(ARTICLE.getURI());
    assertThat(row.get("id").getAsObject().get("value").getAsString().value()).isEqualTo("acme-plant");
  }

  @Test
  void the_graph_store_read_endpoint_returns_the_article_graph() throws Exception {
    HttpResponse<String> r = get("/kg/get?graph=" + enc(GRAPH.getURI()), "application/n-triples");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Graph g = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    assertThat(g.contains(ARTICLE, RDF.Nodes.type, NG.Nodes.Article)).isTrue();
    assertThat(g.contains(IRIS.entity("acme"), org.apache.jena.vocabulary.RDFS.Nodes.label, NodeFactory.createLiteralString("Acme")))
        .isTrue();
    assertThat((long) g.size()).isEqualTo(tripleCount());
  }

  @Test
  void there_is_no_update_endpoint() throws Exception {
    long before = tripleCount();
    String update = "update=" + enc("INSERT DATA { GRAPH <" + GRAPH.getURI() + "> { <urn:x:s> <urn:x:p> \"injected\" } }"
        + " ; INSERT DATA { <urn:x:s> <urn:x:p> \"injected\" }");
    for (String path : new String[] {"/kg/sparql", "/kg/update", "/kg", "/kg/query"}) {
      HttpResponse<String> r = postForm(path, update);
      assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isBetween(400, 499);
    }
    HttpRequest put = HttpRequest.newBuilder(URI.create(url("/kg/get?graph=" + enc(GRAPH.getURI()))))
        .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"put\" .\n"))
        .build();
    assertThat(HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).as("PUT to GSP read").isBetween(400, 499);
    assertThat(tripleCount()).isEqualTo(before);
    boolean injected = org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
        store.dataset().find(Node.ANY, NodeFactory.createURI("urn:x:s"), Node.ANY, Node.ANY).hasNext()
            || store.dataset().getDefaultGraph().find(NodeFactory.createURI("urn:x:s"), Node.ANY, Node.ANY).hasNext());
    assertThat(injected).isFalse();
  }
}
