package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.SavedQueries;
import org.newsgraph.rdf.Iris;

/**
 * The saved queries that rank by the store's counts ({@code entities}, {@code most-quoted}) answer
 * with the right numbers on a real server after each way a client changes the data: a Graph Store
 * Protocol PUT, a SPARQL Update, a GSP DELETE and an article posted to the ingest API; each time the
 * counts agree with counting the links in SPARQL through the same endpoint.
 */
class SummaryCountsServerTest {
  static final String AUTH = TestServer.basic(TestServer.USER, TestServer.PASSWORD);
  static final String NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <http://schema.org/> ";
  static final String E = Iris.defaults().base() + "entity/";
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir, true, b -> b);
    TestStores.addHandMade(t.store, Iris.defaults());
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  /** A graph of one article that mentions Huawei and quotes it directly, in Turtle. */
  static String article(String id) {
    return "@prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix schema: <http://schema.org/> .\n"
        + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        + "<urn:art:" + id + "> a ng:Article ; schema:mentions <" + E + "huawei> .\n"
        + "<" + E + "huawei> a ng:Organization ; rdfs:label \"Huawei\" .\n"
        + "<urn:art:" + id + "/statement/1> a ng:Statement ; ng:speaker <" + E + "huawei> ; ng:inArticle <urn:art:" + id + "> ;"
        + " ng:quoteType ng:DirectQuote ; ng:content \"no\" .\n";
  }

  /** Huawei's row of a saved query: column -> value. */
  static Map<String, String> huaweiRow(String query) throws Exception {
    JsonObject json = JsonParser.parseString(t.query(SavedQueries.get(query).text()).body()).getAsJsonObject();
    for (JsonElement row : json.getAsJsonObject("results").getAsJsonArray("bindings")) {
      JsonObject r = row.getAsJsonObject();
      String iri = r.has("entity") ? r.getAsJsonObject("entity").get("value").getAsString() : r.getAsJsonObject("speaker").get("value").getAsString();
      if (!iri.equals(E + "huawei")) continue;
      Map<String, String> out = new TreeMap<>();
      for (String k : r.keySet()) out.put(k, r.getAsJsonObject(k).get("value").getAsString());
      return out;
    }
    return Map.of();
  }

  /** Counting Huawei's links through the endpoint: articles mentioning it, its statements, their articles, direct ones. */
  static String counted() throws Exception {
    String q = NG + "SELECT (COUNT(DISTINCT ?a) AS ?m) ?s ?sa ?d { { SELECT (COUNT(DISTINCT ?st) AS ?s) (COUNT(DISTINCT ?art) AS ?sa)"
        + " (COUNT(DISTINCT ?direct) AS ?d) { ?st a ng:Statement ; ng:speaker <" + E + "huawei> ; ng:inArticle ?art ."
        + " OPTIONAL { ?st ng:quoteType ng:DirectQuote BIND(?st AS ?direct) } } }"
        + " OPTIONAL { ?a schema:mentions <" + E + "huawei> } } GROUP BY ?s ?sa ?d";
    JsonObject r = JsonParser.parseString(t.query(q).body()).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings")
        .get(0).getAsJsonObject();
    return r.getAsJsonObject("m").get("value").getAsString() + " " + r.getAsJsonObject("s").get("value").getAsString() + " "
        + r.getAsJsonObject("sa").get("value").getAsString() + " " + r.getAsJsonObject("d").get("value").getAsString();
  }

  /** What the saved queries say of Huawei, in the order of {@link #counted()}. */
  static String saved() throws Exception {
    Map<String, String> e = huaweiRow("entities");
    Map<String, String> q = huaweiRow("most-quoted");
    return e.getOrDefault("articles", "0") + " " + q.getOrDefault("statements", "0") + " " + q.getOrDefault("articles", "0") + " "
        + q.getOrDefault("directQuotes", "0");
  }

  /** The store's counts of Huawei read directly through the endpoint, in the order of {@link #counted()}. */
  static String direct() throws Exception {
    String h = "<" + E + "huawei>";
    String q = NG + "SELECT ?m ?s ?sa ?d { OPTIONAL { " + h + " ng:articleCount ?m } OPTIONAL { " + h + " ng:statementCount ?s ;"
        + " ng:statementArticleCount ?sa ; ng:directQuoteCount ?d } }";
    JsonObject r = JsonParser.parseString(t.query(q).body()).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings")
        .get(0).getAsJsonObject();
    StringBuilder out = new StringBuilder();
    for (String v : new String[] {"m", "s", "sa", "d"}) out.append(r.has(v) ? r.getAsJsonObject(v).get("value").getAsString() : "0").append(' ');
    return out.toString().strip();
  }

  static int status(HttpResponse<String> r) {
    return r.statusCode();
  }

  @Test
  void ranking_queries_count_right_after_gsp_update_delete_and_the_ingest_api() throws Exception {
    // the hand-made article: Huawei mentioned once, one statement of its own (a denial, not a direct quote)
    assertThat(saved()).isEqualTo("1 1 1 0").isEqualTo(counted()).isEqualTo(direct());

    String g1 = URLEncoder.encode("urn:graph:pushed-1", StandardCharsets.UTF_8);
    assertThat(status(t.put("/kg/data?graph=" + g1, "text/turtle", article("p1"), AUTH))).isBetween(200, 204);
    assertThat(saved()).isEqualTo("2 2 2 1").isEqualTo(counted()).isEqualTo(direct());

    // a PUT replaces the graph: the same article again changes nothing
    assertThat(status(t.put("/kg/data?graph=" + g1, "text/turtle", article("p1"), AUTH))).isBetween(200, 204);
    assertThat(saved()).isEqualTo("2 2 2 1").isEqualTo(counted()).isEqualTo(direct());

    String update = NG + "INSERT DATA { GRAPH <urn:graph:updated> { <urn:art:u1> schema:mentions <" + E + "huawei> } }";
    assertThat(status(t.post("/kg/update", "application/sparql-update", update, AUTH))).isBetween(200, 204);
    assertThat(saved()).isEqualTo("3 2 2 1").isEqualTo(counted()).isEqualTo(direct());

    HttpRequest delete = HttpRequest.newBuilder(URI.create(t.url("/kg/data?graph=" + g1))).DELETE().header("Authorization", AUTH).build();
    assertThat(t.http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 204);
    assertThat(saved()).isEqualTo("2 1 1 0").isEqualTo(counted()).isEqualTo(direct());

    String story = "Huawei under review\n\nHuawei said on Monday that it would cooperate with the review. "
        + "Regulators said Huawei had been helpful.\n";
    assertThat(status(t.post("/api/articles?id=review", "text/plain", story, AUTH))).isBetween(200, 201);
    assertThat(saved()).isEqualTo(counted()).isEqualTo(direct());
  }
}
