package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.batch.FakeAnnotator;
import org.newsgraph.rdf.NG;

/** The ingest API under posts built to hurt: slow articles, a flood of posts, one text posted many times at once. */
@Tag("hostile")
@Timeout(60)
class HostileIngestApiTest {
  static final String AUTH = TestServer.basic(TestServer.USER, TestServer.PASSWORD);
  static final String STORY = "Bridge to close\n\nThe council of Riverton voted on Tuesday to close the old bridge.";

  @Test
  void an_article_over_its_time_budget_answers_503_and_is_not_stored(@TempDir Path dir) throws Exception {
    // before: no limit; two hostile posts pinned both cores and a normal post got no answer in 60 s
    try (TestServer t = new TestServer(dir, true, b -> b.annotator(new FakeAnnotator(5_000))
        .defences(Defences.builder().articleSeconds(1).build()))) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = t.post("/api/articles?id=slow", "text/plain", STORY, AUTH);
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      assertThat(r.body()).contains("time budget");
      assertThat(seconds).isLessThan(4.5);
      assertThat(t.query("ASK { GRAPH ?g { ?s ?p ?o } }").body()).contains("false");
    }
  }

  @Test
  void posts_beyond_the_slots_and_the_queue_answer_503_at_once(@TempDir Path dir) throws Exception {
    int slots = Runtime.getRuntime().availableProcessors();
    try (TestServer t = new TestServer(dir, true, b -> b.annotator(new FakeAnnotator(2_000))
        .defences(Defences.builder().ingestQueue(0).articleSeconds(20).build()))) {
      ExecutorService pool = Executors.newFixedThreadPool(slots + 2);
      try {
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < slots + 2; i++) {
          String text = STORY + " Post number " + i + ".";
          String id = "post-" + i;
          posts.add(pool.submit(() -> t.post("/api/articles?id=" + id, "text/plain", text, AUTH)));
        }
        int created = 0;
        int busy = 0;
        for (Future<HttpResponse<String>> f : posts) {
          HttpResponse<String> r = f.get();
          if (r.statusCode() == 201) created++;
          if (r.statusCode() == 503) {
            busy++;
            assertThat(r.body()).contains("busy");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
          }
        }
        assertThat(busy).as("refused").isGreaterThanOrEqualTo(1);
        assertThat(created).as("stored").isGreaterThanOrEqualTo(1);
        assertThat(created + busy).isEqualTo(slots + 2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void the_same_text_posted_ten_times_at_once_is_stored_once(@TempDir Path dir) throws Exception {
    // before: 10 simultaneous posts under different ids stored 2 copies (a race in the duplicate check)
    try (TestServer t = new TestServer(dir, true, b -> b.annotator(new FakeAnnotator(300))
        .defences(Defences.builder().ingestQueue(20).build()))) {
      ExecutorService pool = Executors.newFixedThreadPool(10);
      try {
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          String id = "copy-" + i;
          posts.add(pool.submit(() -> t.post("/api/articles?id=" + id, "text/plain", STORY, AUTH)));
        }
        int created = 0;
        for (Future<HttpResponse<String>> f : posts) {
          HttpResponse<String> r = f.get();
          assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
          if (r.statusCode() == 201) created++;
          else assertThat(r.body()).contains("a copy of article copy-");
        }
        assertThat(created).isEqualTo(1);
        String count = t.query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a <" + NG.NS + "contentHash> ?h } }").body();
        assertThat(count).containsPattern("\"value\" *: *\"1\"");
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
