package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.batch.ArticleResult;
import org.newsgraph.batch.Failure;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.batch.Summary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingest PATH...}: reads articles, extracts their facts and stores one graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest articles from files and folders (recursively). Prints a line per failed input and a summary.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "articles processed at once (default: all cores)")
  Integer threads;

  @Option(names = "--force", description = "re-extract articles whose content is already in the store")
  boolean force;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
      description = "reject articles longer than this (default: ${DEFAULT-VALUE})")
  int maxChars;

  @Option(names = "--report", paramLabel = "FILE", description = "write failures as JSON Lines (input, reason, stage)")
  Path report;

  @Option(names = "--nlp-cache", paramLabel = "DIR",
      description = "keep CoreNLP annotations here and reuse them (re-extraction after a rule change skips the NLP stage)")
  Path nlpCache;

  @Option(names = "--quiet", description = "no progress, only failures and the summary")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxChars <= 0) throw new org.newsgraph.NewsgraphException.Usage("--max-chars must be positive, got " + maxChars);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) throw new org.newsgraph.NewsgraphException.Usage("--threads must be at least 1, got " + n);
    try (NewsStore st = store.open(); Progress progress = Progress.create(out, err, quiet, Progress.countFiles(inputs))) {
      Annotator annotator = nlpCache == null ? Annotator.corenlp() : AnnotationCache.wrap(Annotator.corenlp(), nlpCache);
      Ingestor ingestor = new Ingestor(st, annotator, store.iris(), Ingestor.newRun(Main.version()),
          new Ingestor.Options(n, force));
      ingestor.listener(new Ingestor.Listener() {
        @Override
        public void done(ArticleResult r) {
          progress.step();
        }

        @Override
        public void failed(Failure f) {
          progress.failure(f);
        }
      });
      Summary summary = ingestor.ingest(inputs, new ArticleReader(new ReaderOptions(maxChars)));
      progress.close();
      if (report != null) writeReport(summary.failures());
      out.println(summary);
      out.flush();
      return summary.failures().isEmpty() ? 0 : 1;
    }
  }

  private void writeReport(List<Failure> failures) throws IOException {
    try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      for (Failure f : failures) {
        w.write("{\"input\":" + Json.string(f.input()) + ",\"reason\":" + Json.string(f.reason()) + ",\"stage\":"
            + Json.string(f.stage()) + "}\n");
      }
    }
  }
}
