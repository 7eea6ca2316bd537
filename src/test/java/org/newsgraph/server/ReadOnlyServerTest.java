package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyServerTest {
  @TempDir Path dir;

  @Test
  void without_a_password_file_there_is_no_write_endpoint_at_all() throws Exception {
    try (TestServer t = new TestServer(dir, false, b -> b)) {
      String auth = TestServer.basic("alice", "anything");
      assertThat(t.post("/api/articles", "text/plain", "Some text about the bridge.", auth).statusCode()).isEqualTo(404);
      int update = t.post("/kg/update", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> 1 }", null).statusCode();
      assertThat(update).isIn(404, 405);
      int put = t.put("/kg/data?graph=urn:g", "text/turtle", "<urn:a> <urn:b> 1 .", null).statusCode();
      assertThat(put).isIn(404, 405);
      int putGet = t.put("/kg/get?graph=urn:g", "text/turtle", "<urn:a> <urn:b> 1 .", null).statusCode();
      assertThat(putGet).isIn(404, 405);
      int sparqlUpdate = t.post("/kg/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> 1 }", null).statusCode();
      assertThat(sparqlUpdate).isIn(400, 404, 405, 415);
      assertThat(t.store.isEmpty()).isTrue();
      assertThat(t.query("ASK {}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_refused_write_leaves_the_connection_fit_for_the_next_request() throws Exception {
    // the refusal used to leave the body unread; the server then closed a connection the client
    // had been told it could reuse, and the next request on it got no answer at all
    try (TestServer t = new TestServer(dir, false, b -> b)) {
      for (int i = 0; i < 150; i++) {
        assertThat(t.put("/kg/get?graph=urn:g", "text/turtle", "<urn:a> <urn:b> 1 .", null).statusCode()).isIn(404, 405);
        int status = t.post("/kg/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> 1 }", null).statusCode();
        assertThat(status).isIn(400, 404, 405, 415);
      }
      assertThat(t.store.isEmpty()).isTrue();
    }
  }
}
