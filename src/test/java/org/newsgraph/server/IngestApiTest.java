package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestApiTest {
  static final String STORY = "Bridge to close\n\nThe council of Riverton voted on Tuesday to close the old bridge, "
      + "said Mayor Ellen Park, after engineers found cracks in two of its supports.";
  static final String AUTH = TestServer.basic(TestServer.USER, TestServer.PASSWORD);
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir, true, b -> b.maxUploadBytes(20_000));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void writes_without_credentials_get_401_and_with_them_201() throws Exception {
    HttpResponse<String> anonymous = t.post("/api/articles?id=bridge", "text/plain", STORY, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(t.post("/api/articles?id=bridge", "text/plain", STORY, TestServer.basic("alice", "wrong")).statusCode()).isEqualTo(401);
    assertThat(t.post("/api/articles?id=bridge", "text/plain", STORY, TestServer.basic("mallory", "x")).statusCode()).isEqualTo(401);

    HttpResponse<String> ok = t.post("/api/articles?id=bridge", "text/plain", STORY, AUTH);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonObject body = JsonParser.parseString(ok.body()).getAsJsonObject();
    assertThat(body.get("created").getAsInt()).isEqualTo(1);
    JsonObject article = body.getAsJsonArray("articles").get(0).getAsJsonObject();
    assertThat(article.get("iri").getAsString()).isEqualTo("http://localhost:3030/id/article/bridge");
    assertThat(article.get("graph").getAsString()).isEqualTo("http://localhost:3030/id/graph/bridge");
    assertThat(article.get("triples").getAsInt()).isPositive();
    assertThat(ok.headers().firstValue("Location")).hasValue("http://localhost:3030/id/article/bridge");
    assertThat(t.query("ASK { <http://localhost:3030/id/article/bridge> ?p ?o }").body()).contains("true");

    HttpResponse<String> again = t.post("/api/articles?id=bridge", "text/plain", STORY, AUTH);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"unchanged\":1");
  }

  @Test
  void sparql_update_and_graph_store_writes_need_credentials_too() throws Exception {
    String update = "INSERT DATA { GRAPH <urn:g:test> { <http://example.org/a> <http://example.org/b> \"c\" } }";
    assertThat(t.post("/kg/update", "application/sparql-update", update, null).statusCode()).isEqualTo(401);
    assertThat(t.post("/kg/update", "application/sparql-update", update, AUTH).statusCode()).isBetween(200, 204);
    String turtle = "<http://example.org/x> <http://example.org/y> \"z\" .";
    assertThat(t.put("/kg/data?graph=urn:g:put", "text/turtle", turtle, null).statusCode()).isEqualTo(401);
    assertThat(t.put("/kg/data?graph=urn:g:put", "text/turtle", turtle, AUTH).statusCode()).isBetween(200, 204);
    assertThat(t.query("ASK { GRAPH <urn:g:put> { <http://example.org/x> <http://example.org/y> \"z\" } }").body()).contains("true");
  }

  @Test
  void html_json_and_json_lines_bodies_are_ingested_through_the_same_path() throws Exception {
    String html = "<html><head><title>Ferry plan</title><meta property=\"article:published_time\" content=\"2024-05-09\">"
        + "</head><body><nav>Home | News</nav><article><p>The ferry company said on Wednesday it would run boats "
        + "across the river while the bridge is closed.</p></article></body></html>";
    HttpResponse<String> h = t.post("/api/articles?id=ferry&url=https://courier.example/ferry", "text/html; charset=utf-8", html, AUTH);
    assertThat(h.statusCode()).as(h.body()).isEqualTo(201);
    assertThat(t.query("SELECT ?t WHERE { <http://localhost:3030/id/article/ferry> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }").body())
        .contains("Ferry plan\\n\\nThe ferry company").doesNotContain("Home");

    String json = "{\"id\": \"shops\", \"title\": \"Shops worry\", \"text\": \"Shop owners in Riverton said the closure would hurt trade on both banks.\", \"published\": \"2024-05-10\"}";
    assertThat(t.post("/api/articles", "application/json", json, AUTH).statusCode()).isEqualTo(201);

    String ndjson = "{\"id\": \"n1\", \"text\": \"Police in Riverton closed two roads near the bridge on Thursday.\"}\n"
        + "{broken\n"
        + "{\"id\": \"n2\", \"text\": \"The council will meet again next week to discuss a temporary crossing.\"}\n";
    HttpResponse<String> n = t.post("/api/articles", "application/x-ndjson", ndjson, AUTH);
    assertThat(n.statusCode()).isEqualTo(201);
    JsonObject body = JsonParser.parseString(n.body()).getAsJsonObject();
    assertThat(body.get("created").getAsInt()).isEqualTo(2);
    assertThat(body.get("failed").getAsInt()).isEqualTo(1);
    assertThat(body.getAsJsonArray("failures").get(0).getAsJsonObject().get("input").getAsString()).isEqualTo("request line 2");
  }

  @Test
  void bad_input_gets_400_with_a_json_reason() throws Exception {
    assertError(t.post("/api/articles", "text/plain", "   \n ", AUTH), 400, "no text (only whitespace)");
    assertError(t.post("/api/articles", "text/plain", new byte[] {(byte) 0xC3, 0x28, 'a', 'b'}, AUTH), 400, "not valid UTF-8 at byte 0");
    assertError(t.post("/api/articles", "text/plain", new byte[0], AUTH), 400, "empty body");
    assertError(t.post("/api/articles", "application/json", "{\"id\": \"x\", \"text\": ", AUTH), 400, "malformed JSON");
    assertError(t.post("/api/articles", "application/json", "{\"id\": \"x\"}", AUTH), 400, "no \\\"text\\\" or \\\"html\\\" field");
    assertError(t.post("/api/articles", "text/html", "<html><body></body></html>", AUTH), 400, "no article text");
    assertError(t.post("/api/articles", "text/plain", "Der Stadtrat von Riverton hat am Dienstag beschlossen, die alte "
        + "Brücke zu schließen, weil ein Gutachten Risse in zwei Pfeilern gefunden hatte.", AUTH), 400, "not English");
    assertError(t.post("/api/articles?id=%01", "text/plain", STORY, AUTH), 400, "bad id");
  }

  @Test
  void too_large_bodies_get_413_and_unknown_types_415() throws Exception {
    assertError(t.post("/api/articles", "text/plain", "word ".repeat(5000), AUTH), 413, "too large");
    assertError(t.post("/api/articles", "application/pdf", "%PDF-1.4", AUTH), 415, "Content-Type must be");
    assertError(t.post("/api/articles", null, STORY, AUTH), 415, "Content-Type must be");
  }

  @Test
  void get_is_not_allowed() throws Exception {
    var r = t.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.url("/api/articles"))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }

  static void assertError(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.body()).contains(reason).doesNotContain("Exception", "\tat ", dir.toString());
  }
}
