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

/** {@code /api/neighbours} pages a busy entity's neighbours, the heaviest first, and says how many there are. */
class ExplorerPagingTest {
  static NewsStore store;
  static NewsServer server;
  static final String HUB = URLEncoder.encode(Iris.defaults().entity("hub-person").getURI(), StandardCharsets.UTF_8);

  @BeforeAll
  static void start() {
    store = NewsStore.open(TestStores.tempDir("paging"));
    ClientsBrowserTest.addHub(store, Iris.defaults());
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static JsonObject get(String query) {
    var r = Http.get(server.url() + "api/neighbours?iri=" + HUB + query, "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.parse(r.body());
  }

  static List<String> labels(JsonObject res) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : res.get("nodes").getAsArray()) out.add(v.getAsObject().get("label").getAsString().value());
    return out;
  }

  @Test
  void pages_rank_neighbours_by_weight_and_say_the_total() {
    JsonObject first = get("&limit=10&offset=0");
    assertThat(first.get("total").getAsNumber().value().intValue()).isEqualTo(ClientsBrowserTest.NEIGHBOURS);
    assertThat(labels(first)).hasSize(10).startsWith("Org 00", "Org 01", "Org 02", "Org 03", "Org 04");
    assertThat(first.get("nodes").getAsArray().get(0).getAsObject().get("weight").getAsNumber().value().intValue()).isEqualTo(3);
    assertThat(first.get("nodes").getAsArray().get(5).getAsObject().get("weight").getAsNumber().value().intValue()).isEqualTo(1);
    assertThat(first.get("edges").getAsArray()).hasSize(10);
    assertThat(first.get("truncated").getAsBoolean().value()).isTrue();
    List<String> all = new ArrayList<>(labels(first));
    for (int offset = 10; offset < ClientsBrowserTest.NEIGHBOURS; offset += 25) all.addAll(labels(get("&limit=25&offset=" + offset)));
    assertThat(all).hasSize(ClientsBrowserTest.NEIGHBOURS).doesNotHaveDuplicates();
    JsonObject last = get("&limit=25&offset=50");
    assertThat(labels(last)).hasSize(10);
    assertThat(last.get("truncated").getAsBoolean().value()).isFalse();
    assertThat(labels(get("&offset=100"))).isEmpty();
  }

  @Test
  void a_page_after_a_write_is_of_the_data_as_written() {
    // the server keeps a neighbourhood between pages; a write in between must show on the next page
    try (NewsStore s = NewsStore.open(TestStores.tempDir("paging-write"));
        NewsServer srv = startOn(s)) {
      ClientsBrowserTest.addHub(s, Iris.defaults());
      String url = srv.url() + "api/neighbours?iri=" + HUB + "&limit=5&offset=0";
      JsonObject before = JSON.parse(Http.get(url, "application/json").body());
      assertThat(before.get("nodes").getAsArray().get(0).getAsObject().get("weight").getAsNumber().value().intValue()).isEqualTo(3);
      assertThat(JSON.parse(Http.get(url, "application/json").body()).toString()).isEqualTo(before.toString());
      s.deleteGraph(Iris.defaults().graph("hub-1"));
      JsonObject after = JSON.parse(Http.get(url, "application/json").body());
      assertThat(after.get("nodes").getAsArray().get(0).getAsObject().get("weight").getAsNumber().value().intValue()).isEqualTo(2);
      assertThat(after.get("total").getAsNumber().value().intValue()).isEqualTo(ClientsBrowserTest.NEIGHBOURS);
    }
  }

  static NewsServer startOn(NewsStore s) {
    return NewsServer.start(s, ServerOptions.builder().port(0).build());
  }

  @Test
  void bad_paging_parameters_are_a_400_naming_them() {
    var r = Http.get(server.url() + "api/neighbours?iri=" + HUB + "&limit=zero", "application/json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("limit", "zero");
    assertThat(Http.get(server.url() + "api/neighbours?iri=" + HUB + "&offset=-1", "application/json").statusCode()).isEqualTo(400);
  }
}
