package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.batch.FakeAnnotator;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.link.Identity;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;

/**
 * Eight SPARQL clients query a server while a batch is ingested through its API: every answer is
 * 200, and no client ever sees an article graph with other than its full number of quads.
 */
class IngestUnderQueryLoadTest {
  static final int ARTICLES = 30;
  static final int CLIENTS = 8;
  static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
  @TempDir Path dir;

  @Test
  void concurrent_queries_see_whole_articles_only_and_never_fail() throws Exception {
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      texts.put("story-" + i, "Bridge story " + i + "\n\nThe council of Riverton voted to close the old bridge, said "
          + "Mayor Ellen Park on day " + i + ".\nEngineers from Northbank Consulting found " + i + " cracks.\n"
          + "Shop owners led by Maria Lopez asked for a ferry service.\n");
    }
    Map<String, Long> expected = expectedQuadCounts(texts);
    try (TestServer t = new TestServer(dir, true, b -> b.annotator(new FakeAnnotator(5)))) {
      String auth = TestServer.basic(TestServer.USER, TestServer.PASSWORD);
      AtomicBoolean ingesting = new AtomicBoolean(true);
      AtomicInteger queries = new AtomicInteger();
      AtomicInteger sawPartial = new AtomicInteger();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      Map<String, Integer> seen = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(pool.submit(() -> {
          while (ingesting.get()) {
            long q0 = System.nanoTime();
            HttpResponse<String> r = t.query(PER_GRAPH, "text/csv");
            latencies.add(System.nanoTime() - q0);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            for (String line : r.body().lines().skip(1).toList()) {
              String[] cols = line.split(",");
              String id = cols[0].substring(cols[0].lastIndexOf('/') + 1);
              long n = Long.parseLong(cols[1].strip());
              if (n != expected.get(id)) sawPartial.incrementAndGet();
              seen.merge(id, 1, Integer::sum);
            }
            queries.incrementAndGet();
          }
          return null;
        }));
      }
      List<Future<Integer>> posters = new ArrayList<>();
      List<String> ids = new ArrayList<>(texts.keySet());
      for (int p = 0; p < 2; p++) {
        int part = p;
        posters.add(pool.submit(() -> {
          int created = 0;
          for (int i = part; i < ids.size(); i += 2) {
            HttpResponse<String> r = t.post("/api/articles?id=" + ids.get(i), "text/plain", texts.get(ids.get(i)), auth);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            created++;
          }
          return created;
        }));
      }
      int created = 0;
      for (Future<Integer> f : posters) created += f.get();
      ingesting.set(false);
      for (Future<?> f : clients) f.get();
      pool.shutdown();

      assertThat(created).isEqualTo(ARTICLES);
      assertThat(sawPartial.get()).isZero();
      assertThat(queries.get()).isGreaterThan(CLIENTS);
      assertThat(t.query(PER_GRAPH, "text/csv").body().lines().count()).isEqualTo(1 + ARTICLES);
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("IngestUnderQueryLoadTest: %d queries by %d clients during %d API ingests; p50 %.1f ms, p99 %.1f ms; "
          + "%d article graphs seen mid-batch%n", sorted.size(), CLIENTS, ARTICLES, sorted.get(sorted.size() / 2) / 1e6,
          sorted.get((int) (sorted.size() * 0.99)) / 1e6, seen.size());
    }
  }

  private static Map<String, Long> expectedQuadCounts(Map<String, String> texts) {
    FakeAnnotator nlp = new FakeAnnotator(0);
    Extractor extractor = new Extractor();
    ArticleGraph rdf = new ArticleGraph(Iris.defaults(), Ingestor.newRun("test"));
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    Map<String, Long> out = new HashMap<>();
    texts.forEach((id, text) -> {
      Article a = reader.textArticle(id, text, "request");
      out.put(id, rdf.quads(Identity.shared().resolve(extractor.extract(a, nlp.annotate(a)))).stream().distinct().count());
    });
    return out;
  }
}
