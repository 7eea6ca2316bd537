package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException.Usage;
import org.newsgraph.batch.ArticleResult;
import org.newsgraph.batch.FakeAnnotator;
import org.newsgraph.batch.Failure;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.batch.Summary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingest PATH...}: reads articles, extracts their facts and stores one graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingest articles from files, folders (recursively) and http(s) URLs: plain text, HTML pages, "
        + "JSON Lines, RSS/Atom feeds, WARC(.gz). The format is told by content. Prints a line per failed or "
        + "skipped input and a summary; exit code 1 if any input failed.",
        "Safe to interrupt: finished articles stay, and running the same command again does the rest."})
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "files, folders or http(s) URLs")
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "articles processed at once (default: all cores)")
  Integer threads;

  @Option(names = "--force", description = "re-extract articles whose content is already in the store")
  boolean force;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
      description = "reject articles longer than this (default: ${DEFAULT-VALUE})")
  int maxChars;

  @Option(names = "--report", paramLabel = "FILE",
      description = "write failures as JSON Lines (input, reason, stage), each as it happens")
  Path report;

  @Option(names = "--nlp-cache", paramLabel = "DIR",
      description = "keep CoreNLP annotations here and reuse them (re-extraction after a rule change skips the NLP stage)")
  Path nlpCache;

  @Option(names = "--quiet", description = "no progress, only failures and the summary")
  boolean quiet;

  @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
      description = "seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE})")
  double progressInterval;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "timeout for connecting to a URL, and again for its whole answer (default: ${DEFAULT-VALUE})")
  double fetchTimeout;

  @Option(names = "--all-languages", description = "do not skip articles detected as not English")
  boolean allLanguages;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "an article still in the NLP or extraction stage after this long is reported as failed and the batch "
          + "goes on (default: ${DEFAULT-VALUE})")
  int articleTimeout;

  @Option(names = "--follow-links", description = "in folders, also read symbolic links that lead outside the folder")
  boolean followLinks;

  /** Test-only: replaces CoreNLP by {@link FakeAnnotator} taking MILLIS per article (crash and load tests). */
  @Option(names = "--test-fake-nlp", paramLabel = "MILLIS", hidden = true)
  Integer fakeNlpMillis;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxChars <= 0) throw new Usage("--max-chars must be positive, got " + maxChars);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) throw new Usage("--threads must be at least 1, got " + n);
    if (progressInterval < 0) throw new Usage("--progress-interval may not be negative, got " + progressInterval);
    if (fetchTimeout <= 0) throw new Usage("--fetch-timeout must be positive, got " + fetchTimeout);
    if (articleTimeout <= 0) throw new Usage("--article-timeout must be positive, got " + articleTimeout);
    ReaderOptions readerOptions = new ReaderOptions(maxChars)
        .withFetchTimeout(Duration.ofMillis((long) (fetchTimeout * 1000)))
        .withEnglishOnly(!allLanguages)
        .withFollowLinks(followLinks);
    if (fakeNlpMillis != null && nlpCache != null) throw new Usage("--test-fake-nlp may not be used with --nlp-cache");
    Duration interval = Duration.ofMillis((long) (progressInterval * 1000));
    try (NewsStore st = store.open();
        FailureReport failures = FailureReport.open(report);
        Progress progress = Progress.create(err, quiet, Progress.countFiles(inputs), interval)) {
      Annotator nlp = fakeNlpMillis != null ? new FakeAnnotator(fakeNlpMillis) : quiet ? Annotator.corenlp() : corenlpSayingWhenLoading(err);
      Annotator annotator = nlpCache == null ? nlp : AnnotationCache.wrap(nlp, nlpCache);
      Ingestor ingestor = new Ingestor(st, annotator, store.iris(), Ingestor.newRun(Main.version()),
          new Ingestor.Options(n, force)).articleBudget(Duration.ofSeconds(articleTimeout));
      ingestor.listener(new Ingestor.Listener() {
        @Override
        public void done(ArticleResult r) {
          progress.step();
        }

        @Override
        public void failed(Failure f) {
          progress.failure(f);
          failures.write(f);
        }

        @Override
        public void skipped(String input, String reason) {
          progress.skipped(input, reason);
        }

        @Override
        public void stopped(String reason) {
          err.println("stopped: " + reason);
          err.flush();
        }
      });
      Summary summary = ingestor.ingest(inputs, new ArticleReader(readerOptions));
      progress.close();
      out.println(summary);
      out.flush();
      return summary.failures().isEmpty() ? 0 : 1;
    }
  }

  /**
   * CoreNLP, saying that its models are loading when the first article needs them (about a minute in
   * which nothing else moves; with a warm --nlp-cache they may never be needed).
   */
  static Annotator corenlpSayingWhenLoading(PrintWriter err) {
    AtomicBoolean said = new AtomicBoolean();
    return article -> {
      if (!NlpPipeline.isLoaded() && said.compareAndSet(false, true)) {
        err.println("Loading the language models (CoreNLP " + NlpPipeline.CORENLP_VERSION + ", about a minute) ...");
        err.flush();
        err.printf("Models loaded in %.1f s.%n", NlpPipeline.shared().loadMillis() / 1000.0);
        err.flush();
      }
      return NlpPipeline.shared().annotate(article);
    };
  }
}
