package org.newsgraph.extract.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Benchmark: CoreNLP time against statement-extraction time, per article, over a folder of texts.
 * CoreNLP runs fresh (no cache); statement extraction (the {@link StatementExtractor} alone, given
 * the entity index) is repeated and its median taken, after a warm-up pass.
 *
 * <pre>
 * mvn -q -o -DskipTests package test-compile
 * java -Xmx3g -cp "target/test-classes:target/classes:target/lib/*" org.newsgraph.extract.StatementBench \
 *     ../shared/eval/polnear/dev/text [LIMIT]
 * </pre>
 */
public final class StatementBench {
  private static final int REPEATS = 5;

  private StatementBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: StatementBench FOLDER [LIMIT]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    NlpPipeline nlp = NlpPipeline.shared();
    StatementExtractor statements = new StatementExtractor();
    EntityExtractor entities = new EntityExtractor();
    // warm up the JIT on the first article so that the first measurement is not the class loading
    Article first = reader.readText(files.get(0));
    AnnotatedText warm = nlp.annotate(first);
    for (int i = 0; i < 20; i++) statements.extract(first, warm, entities.extract(first, warm));

    System.out.printf("%-60s %8s %10s %9s %7s%n", "article", "tokens", "corenlp_ms", "stmt_ms", "ratio");
    double totalNlp = 0;
    double totalStmt = 0;
    List<Double> ratios = new ArrayList<>();
    for (Path file : files) {
      Article a = reader.readText(file);
      long t0 = System.nanoTime();
      AnnotatedText doc = nlp.annotate(a);
      double nlpMs = (System.nanoTime() - t0) / 1e6;
      EntityIndex index = entities.extract(a, doc);
      double[] runs = new double[REPEATS];
      int found = 0;
      for (int r = 0; r < REPEATS; r++) {
        long s0 = System.nanoTime();
        found = statements.extract(a, doc, index).statements().size();
        runs[r] = (System.nanoTime() - s0) / 1e6;
      }
      java.util.Arrays.sort(runs);
      double stmtMs = runs[REPEATS / 2];
      totalNlp += nlpMs;
      totalStmt += stmtMs;
      ratios.add(stmtMs / nlpMs);
      System.out.printf(Locale.ROOT, "%-60s %8d %10.1f %9.2f %6.2f%% (%d statements)%n",
          a.id().length() > 60 ? a.id().substring(0, 60) : a.id(), doc.tokens().size(), nlpMs, stmtMs,
          100 * stmtMs / nlpMs, found);
    }
    ratios.sort(Double::compare);
    System.out.printf(Locale.ROOT, "articles=%d corenlp_ms=%.0f statements_ms=%.1f overhead=%.2f%% "
        + "median_article=%.2f%% worst_article=%.2f%%%n", files.size(), totalNlp, totalStmt, 100 * totalStmt / totalNlp,
        100 * ratios.get(ratios.size() / 2), 100 * ratios.get(ratios.size() - 1));
  }
}
