package org.newsgraph.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;

/**
 * A measurement, not a test: ingests the PolNeAR dev texts through the API with real CoreNLP
 * while 8 clients query, and prints articles per minute, query p50/p99 and the peak heap. Runs
 * only with {@code -Dnewsgraph.probe=true} (it takes minutes):
 * {@code mvn -o test -Dtest=QueryLatencyUnderIngestProbe -Dnewsgraph.probe=true -Dprobe.posters=2 -Dprobe.limit=84}.
 */
class QueryLatencyUnderIngestProbe {
  static final String[] QUERIES = {
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
      "SELECT ?e ?l WHERE { ?e a <https://w3id.org/newsgraph/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 50",
      "ASK { ?a <http://purl.org/dc/terms/identifier> \"no-such-article\" }"};
  @TempDir Path dir;

  @Test
  void probe() throws Exception {
    assumeTrue(Boolean.getBoolean("newsgraph.probe"), "a measurement; run with -Dnewsgraph.probe=true");
    Path texts = Path.of(System.getProperty("newsgraph.shared", "../shared"), "eval", "polnear", "dev", "text");
    assumeTrue(Files.isDirectory(texts), "no PolNeAR dev texts at " + texts);
    int posters = Integer.getInteger("probe.posters", 2);
    List<Path> files;
    try (Stream<Path> s = Files.list(texts)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(Integer.getInteger("probe.limit", 1000)).toList();
    }
    long t0 = System.nanoTime();
    NlpPipeline.shared();
    System.out.printf("probe: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    AtomicBoolean running = new AtomicBoolean(true);
    long[] peak = {0};
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
        }
        peak[0] = Math.max(peak[0], used);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    try (TestServer t = new TestServer(dir, true, b -> b.annotator(Annotator.corenlp()))) {
      String auth = TestServer.basic(TestServer.USER, TestServer.PASSWORD);
      ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
      AtomicInteger errors = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(8 + posters);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        int which = c % QUERIES.length;
        clients.add(pool.submit(() -> {
          while (running.get()) {
            long q0 = System.nanoTime();
            HttpResponse<String> r = t.query(QUERIES[which], "text/csv");
            latencies.add(new long[] {which, System.nanoTime() - q0});
            if (r.statusCode() != 200) errors.incrementAndGet();
          }
          return null;
        }));
      }
      long i0 = System.nanoTime();
      List<Future<Integer>> jobs = new ArrayList<>();
      for (int p = 0; p < posters; p++) {
        int part = p;
        jobs.add(pool.submit(() -> {
          int ok = 0;
          for (int i = part; i < files.size(); i += posters) {
            String id = files.get(i).getFileName().toString().replace(".txt", "");
            HttpResponse<String> r = t.post("/api/articles?id=" + id, "text/plain", Files.readAllBytes(files.get(i)), auth);
            if (r.statusCode() == 201) ok++;
            else System.out.println("probe: " + id + " -> " + r.statusCode() + " " + r.body());
          }
          return ok;
        }));
      }
      int ok = 0;
      for (Future<Integer> f : jobs) ok += f.get();
      double minutes = (System.nanoTime() - i0) / 60e9;
      running.set(false);
      for (Future<?> f : clients) f.get();
      pool.shutdown();
      List<Long> all = new ArrayList<>();
      List<List<Long>> per = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (long[] l : latencies) {
        all.add(l[1]);
        per.get((int) l[0]).add(l[1]);
      }
      System.out.printf("probe: %d posters, %d/%d articles in %.2f min = %.1f articles/min; %d queries, %d errors; "
          + "p50 %.1f ms, p99 %.1f ms; peak heap %d MB%n", posters, ok, files.size(), minutes, ok / minutes, all.size(),
          errors.get(), pct(all, 0.5), pct(all, 0.99), peak[0] >> 20);
      for (int q = 0; q < QUERIES.length; q++) {
        System.out.printf("probe: query %d (%d runs): p50 %.1f ms, p99 %.1f ms: %s%n", q, per.get(q).size(),
            pct(per.get(q), 0.5), pct(per.get(q), 0.99), QUERIES[q]);
      }
    }
  }

  static double pct(List<Long> xs, double p) {
    if (xs.isEmpty()) return Double.NaN;
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(Math.min(s.size() - 1, (int) (s.size() * p))) / 1e6;
  }
}
