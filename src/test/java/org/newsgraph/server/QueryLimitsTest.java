package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLimitsTest {
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir, false, b -> b.timeoutSeconds(1).maxRows(50));
    Node g = NodeFactory.createURI("http://example.org/graph/numbers");
    List<Quad> quads = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      quads.add(Quad.create(g, NodeFactory.createURI("http://example.org/n" + i), NodeFactory.createURI("http://example.org/value"),
          NodeFactory.createLiteralString("v" + i)));
    }
    t.store.replaceGraph(g, quads);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void a_runaway_query_ends_with_an_error_and_others_are_answered_meanwhile() throws Exception {
    String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
    long t0 = System.nanoTime();
    CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
      try {
        return t.query(runaway);
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    Thread.sleep(200);
    for (int i = 0; i < 5; i++) {
      long q0 = System.nanoTime();
      assertThat(t.query("ASK { ?s ?p \"v7\" }").body()).contains("true");
      assertThat((System.nanoTime() - q0) / 1_000_000).isLessThan(2_000);
    }
    HttpResponse<String> r = slow.get();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(millis).isLessThan(15_000);
    assertThat(r.body()).doesNotContain("\tat ", "Exception", dir.toString());
  }

  @Test
  void results_are_capped_at_max_rows() throws Exception {
    String all = t.query("SELECT ?s WHERE { ?s ?p ?o }", "text/csv").body();
    assertThat(all.lines().count()).isEqualTo(1 + 50);
    String few = t.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7", "text/csv").body();
    assertThat(few.lines().count()).isEqualTo(1 + 7);
    String counted = t.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv").body();
    assertThat(counted).contains("400");
  }

  @Test
  void bad_queries_get_a_message_without_stack_trace_or_path() throws Exception {
    HttpResponse<String> r = t.query("SELECT ?s WHERE { ?s ?p ");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Parse error").doesNotContain("\tat ", dir.toString());
    HttpResponse<String> missing = t.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.url("/kg/nothing"))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("\tat ", dir.toString());
  }

  @Test
  void the_cap_leaves_ask_and_smaller_limits_alone() {
    var q = org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 3");
    assertThat(QueryLimits.cap(q, 10)).isSameAs(q);
    var ask = org.apache.jena.query.QueryFactory.create("ASK { ?s ?p ?o }");
    assertThat(QueryLimits.cap(ask, 10)).isSameAs(ask);
    var big = org.apache.jena.query.QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
    assertThat(QueryLimits.cap(big, 10).getLimit()).isEqualTo(10);
    assertThat(big.hasLimit()).isFalse();
  }
}
