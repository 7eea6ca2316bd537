package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/** Entity, article and statement IRIs dereference with content negotiation; VoID and the ontology are served. */
class LinkedDataTest {
  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
  static final Node HUAWEI = Iris.defaults().entity("huawei");

  static NewsStore store;
  static NewsServer server;

  @BeforeAll
  static void start() {
    store = NewsStore.open(TestStores.tempDir("linked-data"));
    TestStores.ingestSample(store, Iris.defaults());
    TestStores.addHandMade(store, Iris.defaults());
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  static String url(String path) {
    return server.url() + path;
  }

  static Graph parse(String body, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(body, lang).parse(g);
    return g;
  }

  @Test
  void turtle_describes_huawei() {
    HttpResponse<String> r = Http.get(url("id/entity/huawei"), "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
    Graph g = parse(r.body(), Lang.TURTLE);
    assertThat(g.contains(HUAWEI, RDF.Nodes.type, NG.Nodes.Organization)).isTrue();
    assertThat(g.contains(HUAWEI, RDFS.Nodes.label, NodeFactory.createLiteralString("Huawei"))).isTrue();
    // who holds a role in it comes along
    assertThat(g.contains(Node.ANY, NG.Nodes.roleIn, HUAWEI)).isTrue();
  }

  @Test
  void json_ld_and_n_triples_say_the_same_as_turtle() {
    Graph turtle = parse(Http.get(url("id/entity/huawei"), "text/turtle").body(), Lang.TURTLE);
    HttpResponse<String> jsonld = Http.get(url("id/entity/huawei"), "application/ld+json");
    assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    assertThat(JSON.parse(jsonld.body()).get("@context").isObject()).isTrue();
    assertThat(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
    HttpResponse<String> nt = Http.get(url("id/entity/huawei"), "application/n-triples");
    assertThat(parse(nt.body(), Lang.NTRIPLES).isIsomorphicWith(turtle)).isTrue();
  }

  @Test
  void a_browser_gets_the_html_page() {
    HttpResponse<String> r = Http.get(url("id/entity/huawei"), BROWSER_ACCEPT);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body()).contains("<h1>Huawei").contains("chairman").contains("Guo Ping");
  }

  @Test
  void answers_vary_by_accept_and_link_to_the_alternates() {
    HttpResponse<String> r = Http.get(url("id/entity/huawei"), "text/turtle");
    assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
    String link = r.headers().firstValue("Link").orElseThrow();
    assertThat(link).contains("</id/entity/huawei?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\"")
        .contains("type=\"text/html\"").contains("type=\"application/n-triples\"");
  }

  @Test
  void format_parameter_overrides_accept() {
    HttpResponse<String> r = Http.get(url("id/entity/huawei?format=ttl"), BROWSER_ACCEPT);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    assertThat(Http.get(url("id/entity/huawei?format=jsonld"), null).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json");
    HttpResponse<String> bad = Http.get(url("id/entity/huawei?format=pdf"), null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("unknown format 'pdf'").contains("ttl");
  }

  @Test
  void unknown_iris_are_404() {
    assertThat(Http.get(url("id/entity/no-such-entity"), "text/turtle").statusCode()).isEqualTo(404);
    assertThat(Http.get(url("id/entity/no-such-entity"), BROWSER_ACCEPT).statusCode()).isEqualTo(404);
    assertThat(Http.get(url("id/article/no-such-article"), null).statusCode()).isEqualTo(404);
  }

  @Test
  void articles_and_statements_dereference() {
    Graph article = parse(Http.get(url("id/article/huawei-5g-backdoors"), "text/turtle").body(), Lang.TURTLE);
    Node art = Iris.defaults().article("huawei-5g-backdoors");
    assertThat(article.contains(art, RDF.Nodes.type, NG.Nodes.Article)).isTrue();
    assertThat(article.contains(Node.ANY, org.newsgraph.rdf.Vocab.itsTaIdentRef, HUAWEI)).as("its mentions").isTrue();

    Node st = Iris.defaults().part("ostland-review", "statement", "3");
    Graph statement = parse(Http.get(url("id/article/ostland-review/statement/3"), "text/turtle").body(), Lang.TURTLE);
    assertThat(statement.contains(st, RDF.Nodes.type, NG.Nodes.Denial)).isTrue();
    assertThat(statement.contains(st, NG.Nodes.speaker, HUAWEI)).isTrue();
    String html = Http.get(url("id/article/ostland-review/statement/3"), BROWSER_ACCEPT).body();
    assertThat(html).contains("<mark class=\"content\">the accusation as groundless</mark>");
  }

  @Test
  void void_describes_the_dataset_from_the_store() {
    HttpResponse<String> r = Http.get(url(".well-known/void"), "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    Graph g = parse(r.body(), Lang.TURTLE);
    String v = "http://rdfs.org/ns/void#";
    Node ds = NodeFactory.createURI(server.url() + ".well-known/void#dataset");
    assertThat(g.contains(ds, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(server.sparqlUrl()))).isTrue();
    assertThat(g.contains(ds, NodeFactory.createURI(v + "uriSpace"), NodeFactory.createLiteralString(Iris.DEFAULT_BASE))).isTrue();
    assertThat(g.contains(ds, NodeFactory.createURI(v + "vocabulary"), NodeFactory.createURI("https://w3id.org/newsgraph/ontology"))).isTrue();
    long triples = Long.parseLong(g.find(ds, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
    assertThat(triples).isGreaterThan(100);
    assertThat(g.find(Node.ANY, NodeFactory.createURI(v + "class"), NG.Nodes.Person).hasNext()).isTrue();
    assertThat(g.find(Node.ANY, NodeFactory.createURI(v + "property"), NG.Nodes.roleHolder).hasNext()).isTrue();
    String dump = Http.get(url("dump.nq"), null).body();
    assertThat(dump).contains("<" + HUAWEI.getURI() + ">");
  }

  @Test
  void ontology_and_json_ld_context_are_published() {
    HttpResponse<String> onto = Http.get(url("newsgraph/ontology"), "text/turtle");
    assertThat(onto.statusCode()).isEqualTo(200);
    parse(onto.body(), Lang.TURTLE); // whatever the bundled file holds, it parses
    HttpResponse<String> ctx = Http.get(url("newsgraph/context.jsonld"), null);
    assertThat(ctx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    var context = JSON.parse(ctx.body()).get("@context").getAsObject();
    assertThat(context.get("ng").getAsString().value()).isEqualTo(NG.NS);
    assertThat(context.get("speaker").getAsObject().get("@type").getAsString().value()).isEqualTo("@id");
  }

  @Test
  void the_ui_and_its_libraries_are_served_from_the_jar() {
    assertThat(Http.get(url(""), null).body()).contains("yasgui.min.js").contains("cytoscape.min.js");
    assertThat(Http.get(url("ui/vendor/cytoscape-3.35.0/cytoscape.min.js"), null).body()).startsWith("/**\n * Copyright");
    assertThat(Http.get(url("ui/../pom.xml"), null).statusCode()).isEqualTo(404);
    assertThat(JSON.parseAny(Http.get(url("api/queries"), null).body()).isArray()).isTrue();
  }
}
