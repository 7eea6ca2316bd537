package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/** With {@code --base-iri https://news.example.org/id/}, a request for /id/... describes that IRI. */
class CustomBaseIriTest {
  @Test
  void a_deployment_base_is_routed_by_its_path() {
    Iris iris = new Iris("https://news.example.org/id/");
    try (NewsStore store = NewsStore.open(TestStores.tempDir("custom-base"))) {
      TestStores.addHandMade(store, iris);
      try (NewsServer server = NewsServer.start(store, ServerOptions.builder().port(0).baseIri(iris.base()).build())) {
        var r = Http.get(server.url() + "id/entity/mara-lind", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("https://news.example.org/id/entity/").contains("Mara Lind");
        String html = Http.get(server.url() + "id/entity/mara-lind", "text/html").body();
        // links to other IRIs of the base stay on this server
        assertThat(html).contains("href=\"/id/entity/ostland-communications-agency\"");
      }
    }
  }
}
