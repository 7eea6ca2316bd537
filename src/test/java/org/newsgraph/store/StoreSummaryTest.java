package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.query.Bindings;
import org.newsgraph.query.SavedQueries;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.TestStores;

/**
 * The store's counts ({@code ng:articleCount}, {@code ng:statementCount}, ...) on a real TDB2 store
 * agree with counting the links in SPARQL after every way the store changes: ingest, re-ingest,
 * delete, SPARQL Update, bulk load, and inside a write transaction; and the saved queries that rank
 * by them answer as their counting versions did ({@code reference/*.rq}, the queries before the
 * counts).
 */
class StoreSummaryTest {
  static final Iris IRIS = Iris.defaults();
  static final ArticleGraph RDF = new ArticleGraph(IRIS, new ExtractionRun("summary-run", "test", "none", "none",
      Instant.parse("2024-01-01T00:00:00Z")));
  static final String NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <http://schema.org/> ";

  NewsStore store;

  @BeforeEach
  void open() {
    store = NewsStore.open(TestStores.tempDir("store-summary"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  /**
   * An invented article: it mentions the entities named (Person names have a space, the rest are
   * organisations), and has one statement per {@code speaker:D} (direct) or {@code speaker:I}
   * (indirect), the speaker given by name; {@code officials} is an unnamed source.
   */
  static ArticleFacts article(String id, List<String> names, List<String> statements) {
    StringBuilder text = new StringBuilder("Officials spoke. ");
    List<Entity> entities = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (String n : names) {
      int at = text.length();
      text.append(n).append(" was there. ");
      String key = n.toLowerCase().replace(' ', '-');
      entities.add(new Entity(key, n.contains(" ") ? EntityKind.PERSON : EntityKind.ORGANIZATION, n, List.of(), null));
      mentions.add(new Mention(new Span(at, at + n.length()), n, key));
    }
    UnnamedSource officials = new UnnamedSource("officials", "officials", null, new Span(0, 9));
    List<Statement> said = new ArrayList<>();
    for (String s : statements) {
      String[] sq = s.split(":");
      String speaker = sq[0].toLowerCase().replace(' ', '-');
      int at = text.indexOf(sq[0].equals("officials") ? "spoke" : sq[0]);
      Span content = new Span(at, at + 5);
      said.add(Statement.builder(Integer.toString(said.size() + 1)).speaker(speaker).contentSpans(List.of(content))
          .content(text.substring(at, at + 5)).quoteType(sq[1].equals("D") ? QuoteType.DIRECT : QuoteType.INDIRECT).rule("test").build());
    }
    Article a = new Article(id, text.toString(), null, null, null, null, null, "summary test", List.of());
    return new ArticleFacts(a, entities, mentions, List.of(), List.of(officials), said, List.of());
  }

  void ingest(ArticleFacts f) {
    store.replaceArticleGraph(RDF.graphName(f.article().id()), RDF.quads(f));
  }

  static Node entity(String key) {
    return NodeFactory.createURI(IRIS.base() + "entity/" + key);
  }

  /** Per resource, what the summary says and what counting the links in SPARQL says, for every count. */
  static void assertCountsAgree(DatasetGraph dsg) {
    Txn.executeRead(dsg, () -> {
      assertThat(rows(dsg, NG + "SELECT ?e ?n { ?e ng:articleCount ?n FILTER(?n > 0) }"))
          .isEqualTo(rows(dsg, NG + "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) { ?a schema:mentions ?e } GROUP BY ?e"));
      assertThat(rows(dsg, NG + "SELECT ?s ?n ?a ?d { ?s ng:statementCount ?n ; ng:statementArticleCount ?a ; ng:directQuoteCount ?d }"))
          .isEqualTo(rows(dsg, NG + "SELECT ?s (COUNT(DISTINCT ?st) AS ?n) (COUNT(DISTINCT ?art) AS ?a) (COUNT(DISTINCT ?direct) AS ?d) {"
              + " ?st a ng:Statement ; ng:speaker ?s ; ng:inArticle ?art ."
              + " OPTIONAL { ?st ng:quoteType ng:DirectQuote . BIND(?st AS ?direct) } } GROUP BY ?s"));
    });
  }

  /** The rows of a SELECT as "first column -> the others", sorted by the first. */
  static Map<String, String> rows(DatasetGraph dsg, String sparql) {
    Map<String, String> out = new TreeMap<>();
    try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
      var rs = qe.select();
      List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
      rs.forEachRemaining(b -> {
        StringBuilder rest = new StringBuilder();
        for (String v : vars.subList(1, vars.size())) rest.append(b.get(v).getLiteralLexicalForm()).append(' ');
        out.put(b.get(vars.get(0)).getURI(), rest.toString().strip());
      });
    }
    return out;
  }

  /** A SPARQL Update on the store, in a write transaction of its own (as the server runs one). */
  void update(String sparql) {
    Txn.executeWrite(store.dataset(), () -> UpdateExec.dataset(store.dataset()).update(sparql).execute());
  }

  int articles(String key) {
    String n = Txn.calculateRead(store.dataset(), () -> rows(store.dataset(),
        NG + "SELECT ?e ?n { <" + entity(key).getURI() + "> ng:articleCount ?n BIND(<urn:x> AS ?e) }").get("urn:x"));
    return n == null ? -1 : Integer.parseInt(n);
  }

  String speaker(String key) {
    return Txn.calculateRead(store.dataset(), () -> rows(store.dataset(), NG + "SELECT ?s ?n ?a ?d { BIND(<" + entity(key).getURI()
        + "> AS ?s) ?s ng:statementCount ?n ; ng:statementArticleCount ?a ; ng:directQuoteCount ?d }").get(entity(key).getURI()));
  }

  @Test
  void counts_follow_ingest_reingest_and_delete() {
    ingest(article("a1", List.of("Huawei", "Mara Lind"), List.of("Mara Lind:D", "Mara Lind:I", "Huawei:I", "officials:D")));
    ingest(article("a2", List.of("Huawei", "Ostland"), List.of("Huawei:D")));
    assertThat(articles("huawei")).isEqualTo(2);
    assertThat(speaker("mara-lind")).isEqualTo("2 1 1");
    assertThat(speaker("huawei")).isEqualTo("2 2 1");
    assertCountsAgree(store.dataset());

    // re-ingest replaces the article's graph: what it no longer says is no longer counted
    ingest(article("a1", List.of("Ostland"), List.of()));
    assertThat(articles("huawei")).isEqualTo(1);
    assertThat(articles("ostland")).isEqualTo(2);
    assertThat(speaker("mara-lind")).isNull();
    assertThat(speaker("huawei")).isEqualTo("1 1 1");
    assertCountsAgree(store.dataset());

    store.deleteGraph(RDF.graphName("a2"));
    assertThat(articles("huawei")).isEqualTo(-1);
    assertThat(articles("ostland")).isEqualTo(1);
    assertThat(speaker("huawei")).isNull();
    assertCountsAgree(store.dataset());
  }

  @Test
  void counts_follow_sparql_update_and_a_write_sees_its_own() {
    ingest(article("a1", List.of("Huawei"), List.of("Huawei:D")));
    assertThat(articles("huawei")).isEqualTo(1);
    update(NG + "INSERT DATA { GRAPH <urn:g:raw> { <urn:art:raw> schema:mentions <"
        + entity("huawei").getURI() + "> . <urn:st:raw> a ng:Statement ; ng:speaker <" + entity("huawei").getURI()
        + "> ; ng:inArticle <urn:art:raw> } }");
    assertThat(articles("huawei")).isEqualTo(2);
    assertThat(speaker("huawei")).isEqualTo("2 2 1");
    assertCountsAgree(store.dataset());

    update(NG + "DELETE WHERE { GRAPH ?g { ?a schema:mentions ?e } }");
    assertThat(articles("huawei")).isEqualTo(0); // still an entity (typed), now mentioned nowhere
    assertCountsAgree(store.dataset());

    // inside a write transaction the counts are those of what it has written, and no reader keeps them
    DatasetGraph dsg = store.dataset();
    dsg.begin(org.apache.jena.query.TxnType.WRITE);
    try {
      dsg.add(Quad.create(NodeFactory.createURI("urn:g:w"), NodeFactory.createURI("urn:art:w"),
          NodeFactory.createURI("http://schema.org/mentions"), entity("huawei")));
      assertThat(rows(dsg, NG + "SELECT ?e ?n { ?e ng:articleCount ?n FILTER(?n > 0) }")).containsEntry(entity("huawei").getURI(), "1");
    } finally {
      dsg.abort();
      dsg.end();
    }
    assertThat(articles("huawei")).isEqualTo(0);
  }

  @Test
  void counts_follow_bulk_load(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    ingest(article("a1", List.of("Huawei"), List.of("Huawei:D")));
    Path nq = dir.resolve("part-00000.nq");
    try (OutputStream out = Files.newOutputStream(nq)) {
      DatasetGraph g = DatasetGraphFactory.create();
      for (ArticleFacts f : List.of(article("a1", List.of("Ostland"), List.of()), article("b1", List.of("Huawei", "Ostland"),
          List.of("Huawei:I", "Huawei:I")))) {
        RDF.quads(f).forEach(g::add);
      }
      RDFDataMgr.write(out, g, Lang.NQUADS);
    }
    BulkLoad.load(store, GraphFiles.check(List.of(nq)), BulkLoad.Loader.AUTO, null);
    assertThat(articles("huawei")).isEqualTo(1);
    assertThat(articles("ostland")).isEqualTo(2);
    assertThat(speaker("huawei")).isEqualTo("2 1 0");
    assertCountsAgree(store.dataset());
  }

  @Test
  void saved_queries_that_rank_answer_as_their_counting_versions() throws IOException {
    // ties, an entity no article mentions, an unnamed source among the speakers
    ingest(article("a1", List.of("Huawei", "Mara Lind", "Ostland"), List.of("Mara Lind:D", "Mara Lind:I", "officials:D", "officials:I")));
    ingest(article("a2", List.of("Huawei", "Ostland", "Zed Org"), List.of("Huawei:D", "Zed Org:I")));
    ingest(article("a3", List.of("Huawei", "Bea Ray"), List.of("Bea Ray:I", "Bea Ray:I")));
    update(NG + "INSERT DATA { GRAPH <urn:g:x> { <" + entity("unmentioned").getURI()
        + "> a ng:Person ; <http://www.w3.org/2000/01/rdf-schema#label> \"Un Mentioned\" } }");
    for (String name : List.of("entities", "entities-by-type", "most-quoted")) {
      Query now = QueryFactory.create(SavedQueries.get(name).text());
      Query before = QueryFactory.create(reference(name));
      assertThat(answer(now)).as(name).isEqualTo(answer(before)).isNotEmpty();
      if (SavedQueries.get(name).params().stream().anyMatch(p -> p.name().equals("type"))) {
        for (String type : List.of("Person", "Organization", "Country")) {
          Map<String, Node> bind = Map.of("type", NodeFactory.createURI("https://w3id.org/newsgraph/ontology#" + type));
          assertThat(answer(Bindings.apply(now, bind))).as(name + " " + type).isEqualTo(answer(Bindings.apply(before, bind)));
        }
      }
    }
  }

  List<String> answer(Query q) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
        var rs = qe.select();
        rs.forEachRemaining(b -> out.add(rs.getResultVars().stream().map(v -> v.getVarName() + "=" + b.get(v)).toList().toString()));
      }
      return out;
    });
  }

  static String reference(String name) {
    try (InputStream in = StoreSummaryTest.class.getResourceAsStream("reference/" + name + ".rq")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
