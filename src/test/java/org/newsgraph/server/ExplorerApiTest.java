package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/** The explorer's search and expansion over the hand-made article (no NLP needed). */
class ExplorerApiTest {
  static NewsStore store;
  static NewsServer server;

  @BeforeAll
  static void start() {
    store = NewsStore.open(TestStores.tempDir("explorer"));
    TestStores.addHandMade(store, Iris.defaults());
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static JsonObject get(String path) {
    var r = Http.get(server.url() + path, "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.parse(r.body());
  }

  static List<String> strings(Iterable<JsonValue> values, String field) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : values) out.add(v.getAsObject().get(field).getAsString().value());
    return out;
  }

  @Test
  void search_matches_names_in_any_case_and_alternative_labels() {
    assertThat(strings(get("api/search?q=huaw").get("results").getAsArray(), "label")).containsExactly("Huawei");
    assertThat(strings(get("api/search?q=us").get("results").getAsArray(), "label")).contains("United States");
    assertThat(get("api/search?q=nothing-like-this").get("results").getAsArray()).isEmpty();
  }

  @Test
  void neighbours_have_labelled_weighted_edges_of_every_kind() {
    String huawei = Iris.defaults().entity("huawei").getURI();
    JsonObject res = get("api/neighbours?iri=" + URLEncoder.encode(huawei, StandardCharsets.UTF_8));
    assertThat(res.get("center").getAsObject().get("label").getAsString().value()).isEqualTo("Huawei");
    // the link, shown in the explorer's details panel (the hand-made article has none: one is added)
    assertThat(res.get("center").getAsObject().get("sameAs")).isNull();
    org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> store.dataset().add(org.apache.jena.graph.NodeFactory.createURI("urn:x-test:links"),
        org.apache.jena.graph.NodeFactory.createURI(huawei), org.apache.jena.vocabulary.OWL.sameAs.asNode(),
        org.apache.jena.graph.NodeFactory.createURI("http://dbpedia.org/resource/Huawei")));
    res = get("api/neighbours?iri=" + URLEncoder.encode(huawei, StandardCharsets.UTF_8));
    List<String> same = new ArrayList<>();
    for (JsonValue v : res.get("center").getAsObject().get("sameAs").getAsArray()) same.add(v.getAsString().value());
    assertThat(same).contains("http://dbpedia.org/resource/Huawei");
    assertThat(strings(res.get("nodes").getAsArray(), "label")).contains("Mara Lind", "United States");
    List<String> edges = new ArrayList<>();
    for (JsonValue v : res.get("edges").getAsArray()) {
      JsonObject e = v.getAsObject();
      edges.add(e.get("kind").getAsString().value() + ":" + e.get("label").getAsString().value());
      assertThat(e.get("weight").getAsNumber().value().intValue()).isEqualTo(1);
    }
    assertThat(edges).contains("about:said about", "target:accuses", "target:denies", "denial:denies claim of", "claim:claims about");
  }

  @Test
  void bad_requests_get_clear_errors() {
    assertThat(Http.get(server.url() + "api/neighbours", null).statusCode()).isEqualTo(400);
    assertThat(Http.get(server.url() + "api/neighbours?iri=http://example.org/nothing", null).statusCode()).isEqualTo(404);
  }
}
