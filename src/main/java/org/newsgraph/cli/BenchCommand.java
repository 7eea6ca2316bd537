package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.newsgraph.batch.ArticleResult;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.batch.Summary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench PATH...}: measures the whole path on real articles into a throwaway store: model
 * load time, time per article by stage (CoreNLP, our extraction, RDF, store), the share of time
 * spent outside CoreNLP, throughput and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure model load, per-article time by stage, share outside CoreNLP and peak heap (throwaway store).")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders of articles")
  List<String> inputs;

  @Option(names = "--threads", defaultValue = "1", description = "articles at once (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--warmup", defaultValue = "1", description = "files run first and not counted, the first ones of PATH in name order; "
      + "as many as PATH holds measures a warm JVM, its compiler done (default: ${DEFAULT-VALUE})")
  int warmup;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    NlpPipeline.shared();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap0 = rt.totalMemory() - rt.freeMemory();
    long m0 = System.nanoTime();
    org.newsgraph.extract.learn.AttributionModels.standard();
    double modelSeconds = (System.nanoTime() - m0) / 1e9;
    System.gc();
    long modelHeap = rt.totalMemory() - rt.freeMemory() - heap0;
    long k0 = System.nanoTime();
    boolean linked = org.newsgraph.link.KnowledgeBase.shared() != null;  // opens (or first builds) the entity-link index
    double kbSeconds = (System.nanoTime() - k0) / 1e9;
    System.gc();
    long kbHeap = rt.totalMemory() - rt.freeMemory() - heap0 - modelHeap;
    Path dir = Files.createTempDirectory("newsgraph-bench");
    try (NewsStore store = NewsStore.open(dir)) {
      Ingestor ingestor = new Ingestor(store, Annotator.corenlp(), Iris.defaults(), Ingestor.newRun(Main.version()),
          new Ingestor.Options(threads, true));
      ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
      if (warmup > 0) {
        ingestor.ingest(firstFiles(inputs, warmup), reader);
      }
      resetPeaks();
      long cpu0 = processCpuNanos();
      long gc0 = gcMillis();
      long b0 = System.nanoTime();
      Summary s = ingestor.ingest(inputs, reader);
      double wall = (System.nanoTime() - b0) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      double gc = (gcMillis() - gc0) / 1e3;
      List<ArticleResult> rs = s.results().stream().filter(r -> !r.skipped()).toList();
      int n = rs.size();
      out.printf("model load:           %.1f s (%s)%n", loadSeconds, NlpPipeline.STAGES);
      out.printf("attribution models:   %.2f s to load, %.0f MB of heap%n", modelSeconds, modelHeap / 1e6);
      out.printf("entity-link index:    %s%n", linked
          ? String.format("%.3f s to open, %.0f MB of heap (memory-mapped; linking and identity run inside extract)", kbSeconds, Math.max(0, kbHeap) / 1e6)
          : "none (no KBP models jar): entities are not linked");
      out.printf("articles:             %d (%d failed), %d threads, %.1f s wall, %.1f articles/min%n",
          n, s.failures().size(), threads, wall, n / wall * 60);
      out.printf("cpu in articles:      %.1f s of the process (%.2f cores busy of %d), garbage collection pauses %.1f s%n",
          cpu, cpu / wall, Runtime.getRuntime().availableProcessors(), gc);
      out.printf("per article (mean):   nlp %.1f ms | extract %.1f ms (statements %.1f ms) | rdf %.1f ms | store %.1f ms | total %.1f ms%n",
          mean(rs, ArticleResult::nlpNanos), mean(rs, ArticleResult::extractNanos), mean(rs, ArticleResult::statementNanos),
          mean(rs, ArticleResult::rdfNanos),
          mean(rs, ArticleResult::storeNanos), mean(rs, ArticleResult::totalNanos));
      double nlp = rs.stream().mapToLong(ArticleResult::nlpNanos).sum();
      double extract = rs.stream().mapToLong(ArticleResult::extractNanos).sum();
      double total = rs.stream().mapToLong(ArticleResult::totalNanos).sum();
      double statements = rs.stream().mapToLong(ArticleResult::statementNanos).sum();
      out.printf("outside CoreNLP:      %.1f%% of per-article time (extraction alone: %.1f%% of CoreNLP time, statements alone: %.1f%%)%n",
          100 * (total - nlp) / total, 100 * extract / nlp, 100 * statements / nlp);
      out.printf("per article (median): total %.1f ms; slowest %s%n", median(rs),
          rs.stream().max(Comparator.comparingLong(ArticleResult::totalNanos)).map(r -> r.id() + " " + r.totalNanos() / 1_000_000 + " ms").orElse("-"));
      out.printf("peak heap:            %.0f MB (sum of the heap pools' peaks; max heap %.0f MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() / 1e6);
      out.printf("output:               %d statements, %d entities, %d triples%n", s.statements(), s.entities(), s.triples());
      for (var f : s.failures()) out.println("failed: " + f);
    } finally {
      deleteTree(dir);
    }
    out.flush();
    return 0;
  }

  private static List<String> firstFiles(List<String> inputs, int n) throws IOException {
    List<String> files = new java.util.ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!Files.isDirectory(p)) {
        files.add(p.toString());
        continue;
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).sorted().map(Path::toString).forEach(files::add);
      }
    }
    return files.subList(0, Math.min(n, files.size()));
  }


  private static double mean(List<ArticleResult> rs, ToLongFunction<ArticleResult> f) {
    return rs.stream().mapToLong(f).average().orElse(0) / 1e6;
  }

  private static double median(List<ArticleResult> rs) {
    long[] t = rs.stream().mapToLong(ArticleResult::totalNanos).sorted().toArray();
    return t.length == 0 ? 0 : t[t.length / 2] / 1e6;
  }

  /** CPU time of the whole process (all threads: ours, CoreNLP's, the collector's, the compiler's). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, b.getCollectionTime());
    return sum;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum / 1e6;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
