package org.newsgraph.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.link.Identity;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.NewsStore;

/**
 * Runs articles through the whole path: NLP, extraction, RDF, and one write transaction per
 * article into the store. Articles run in parallel on {@code threads} threads; a failure is recorded
 * with its input, reason and stage, and the batch goes on.
 *
 * <p>Safe to stop at any moment: an article is in the store whole or not at all (its graph is
 * replaced in one transaction), and an article whose content hash is already stored is skipped, so
 * running the same batch again after a crash does only what is left.
 *
 * <pre>{@code
 * Summary s = new Ingestor(store, Annotator.corenlp(), Iris.defaults(), run, Ingestor.Options.defaults())
 *     .ingest(List.of("news/"), new ArticleReader(ReaderOptions.defaults()));
 * }</pre>
 */
public final class Ingestor {
  /**
   * @param threads articles processed at once
   * @param force re-extract articles whose content is already stored
   */
  public record Options(int threads, boolean force) {
    public Options {
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), false);
    }
  }

  /** Hears about each article as it ends, for progress bars and reports. Called from many threads. */
  public interface Listener {
    default void started(String input) {}

    default void done(ArticleResult result) {}

    default void failed(Failure failure) {}

    default void skipped(String input, String reason) {}

    /** The run stopped for a reason no article can get past (the store's disk is full); said once. */
    default void stopped(String reason) {}
  }

  private final NewsStore store;
  private final Annotator annotator;
  private final Extractor extractor = new Extractor();
  private final ArticleGraph rdf;
  private final Options options;
  private final Identity identity;
  private volatile Listener listener = new Listener() {};
  private volatile Duration articleBudget = null;
  /** Content hashes of articles between their duplicate check and their write, to close the race between the two. */
  private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "article-budget");
    t.setDaemon(true);
    return t;
  });

  public Ingestor(NewsStore store, Annotator annotator, Iris iris, ExtractionRun run, Options options) {
    this.store = store;
    this.identity = Identity.shared();
    this.annotator = annotator;
    this.rdf = new ArticleGraph(iris, run);
    this.options = options;
  }

  public Ingestor listener(Listener l) {
    this.listener = l;
    return this;
  }

  /**
   * Gives each article at most this long in the NLP and extraction stages: then its thread is
   * interrupted and the article is reported as failed (the batch goes on). Null for no limit.
   * The store stage is never interrupted (an interrupted file channel would close the store).
   */
  public Ingestor articleBudget(Duration budget) {
    this.articleBudget = budget;
    return this;
  }

  /** A new run record for this process: tool and CoreNLP versions, annotators, start time. */
  public static ExtractionRun newRun(String toolVersion) {
    Instant now = Instant.now();
    String id = now.toString().replaceAll("[^0-9TZ]", "") + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    return new ExtractionRun(id, toolVersion, NlpPipeline.CORENLP_VERSION, NlpPipeline.STAGES, now);
  }

  /** Reads the inputs and ingests every article they hold. */
  public Summary ingest(List<String> inputs, ArticleReader reader) {
    return ingest(sink -> reader.read(inputs, sink));
  }

  /**
   * Ingests what {@code read} delivers to its sink, on the pool of threads; returns when all is
   * done. Reading runs on the calling thread and waits when the pool is busy.
   */
  public Summary ingest(Consumer<ArticleSink> read) {
    Summary summary = new Summary();
    // At most threads * 2 articles read ahead; the reader waits for a free slot rather than running
    // an article itself, so exactly `threads` articles are extracted at once.
    Semaphore slots = new Semaphore(options.threads() * 2);
    ExecutorService pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "ingest");
          t.setDaemon(true);
          return t;
        });
    try {
      read.accept(sink(summary, article -> {
        slots.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            runOne(article, summary);
          } finally {
            slots.release();
          }
        });
      }));
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    return summary;
  }

  /** Ingests what {@code read} delivers, one article after the other on the calling thread (the HTTP API). */
  public Summary ingestHere(Consumer<ArticleSink> read) {
    Summary summary = new Summary();
    read.accept(sink(summary, article -> runOne(article, summary)));
    return summary;
  }

  private ArticleSink sink(Summary summary, Consumer<Article> run) {
    return new ArticleSink() {
      @Override
      public void accept(Article article) {
        run.accept(article);
      }

      @Override
      public void reject(String input, String reason) {
        fail(summary, new Failure(input, reason, "read"));
      }

      @Override
      public void skip(String input, String reason) {
        summary.leaveOut(input, reason);
        listener.skipped(input, reason);
      }
    };
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
        // keep waiting: a large batch may take hours
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Ingests one article on the calling thread; a failure is thrown as IngestFailure. */
  public ArticleResult ingestOne(Article article) {
    Summary summary = new Summary();
    runOne(article, summary);
    if (!summary.failures().isEmpty()) throw new IngestFailure(summary.failures().get(0));
    return summary.results().get(0);
  }

  /** One article failed; carries the failure record. */
  public static final class IngestFailure extends NewsgraphException {
    private final Failure failure;

    IngestFailure(Failure f) {
      super(f.input() + ": " + f.reason());
      this.failure = f;
    }

    public Failure failure() {
      return failure;
    }
  }

  private void fail(Summary summary, Failure f) {
    summary.add(f);
    listener.failed(f);
  }

  private void runOne(Article article, Summary summary) {
    String input = article.source() != null ? article.source() : article.id();
    if (summary.stopReason() != null) {
      // counted as failed, without a line each: the stop was said once
      summary.add(new Failure(input, "not stored: the run stopped (" + summary.stopReason() + ")", "store"));
      return;
    }
    listener.started(input);
    String hash = ArticleGraph.contentHash(article.text());
    CompletableFuture<Void> mine = new CompletableFuture<>();
    try {
      if (!options.force()) {
        // one article per text at a time: a second copy waits for the first to be stored, then finds it
        CompletableFuture<Void> other;
        while ((other = inFlight.putIfAbsent(hash, mine)) != null) other.join();
      }
      runGuarded(article, input, hash, summary);
    } finally {
      inFlight.remove(hash, mine);
      mine.complete(null);
    }
  }

  /** What an article's alarm and its thread share: the alarm interrupts only before the store stage. */
  private static final class Budget {
    boolean over;
    boolean storing;
  }

  private void runGuarded(Article article, String input, String hash, Summary summary) {
    String stage = "nlp";
    Duration budget = articleBudget;
    Budget state = new Budget();
    Thread worker = Thread.currentThread();
    ScheduledFuture<?> alarm = budget == null ? null : ALARMS.schedule(() -> {
      synchronized (state) {
        if (state.storing) return;
        state.over = true;
        worker.interrupt();
      }
    }, budget.toMillis(), TimeUnit.MILLISECONDS);
    try {
      Node graph = rdf.graphName(article.id());
      Node stored = options.force() ? null : graphWithContent(hash);
      if (stored != null) {
        // the same text may be stored under another id (one story from a feed and from a crawl): name that one
        String storedId = storedId(stored, article.id());
        ArticleResult r = new ArticleResult(storedId, stored.getURI(), true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        summary.add(r);
        if (!storedId.equals(article.id())) {
          String reason = "a copy of article " + storedId + " (the same text); not stored again";
          summary.copy(input, reason);
          listener.skipped(input, reason);
        }
        listener.done(r);
        return;
      }
      long t0 = System.nanoTime();
      AnnotatedText doc = annotator.annotate(article);
      long t1 = System.nanoTime();
      stage = "extract";
      Extractor.Timed extracted = extractor.extractTimed(article, doc);
      ArticleFacts facts = identity.resolve(extracted.facts());
      long t2 = System.nanoTime();
      stage = "rdf";
      List<Quad> quads = rdf.quads(facts);
      long t3 = System.nanoTime();
      stage = "store";
      synchronized (state) {
        if (state.over) throw new OverBudget();
        state.storing = true;
        Thread.interrupted(); // a stray interrupt must not reach the store's file channels
      }
      try {
        store.replaceArticleGraph(graph, quads);  // and one type per entity across the store
      } catch (RuntimeException | InternalError e) {
        String full = diskFull(e);
        if (full == null) throw e;
        fail(summary, new Failure(input, "not stored: " + full, stage));
        if (summary.stop(full)) listener.stopped(full);
        return;
      }
      long t4 = System.nanoTime();
      ArticleResult r = new ArticleResult(article.id(), graph.getURI(), false, facts.entities().size(),
          facts.mentions().size(), facts.roles().size(), facts.statements().size(), facts.claims().size(), quads.size(),
          t1 - t0, t2 - t1, extracted.statementNanos(), t3 - t2, t4 - t3);
      summary.add(r);
      listener.done(r);
    } catch (RuntimeException | Error e) {
      boolean over;
      synchronized (state) {
        over = state.over;
      }
      if (over) {
        fail(summary, new Failure(input, "took longer than the time budget of " + budget.toSeconds()
            + " s per article; not stored", stage));
      } else {
        fail(summary, new Failure(input, describeFailure(e), stage));
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) throw e;
      }
    } finally {
      if (alarm != null) alarm.cancel(false);
      synchronized (state) {
        state.storing = true; // the alarm may no longer interrupt this thread
      }
      Thread.interrupted();
    }
  }

  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super("over the time budget", null, false, false);
    }
  }

  /**
   * Why a write failed when the disk is full, or null for another failure: TDB2 writes through
   * memory-mapped files, where a full disk shows as an InternalError (SIGBUS), or through file
   * channels, where it is an IOException "No space left on device".
   */
  private String diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof InternalError && m.contains("unsafe memory access") || m.contains("No space left on device")
          || m.contains("Disk quota exceeded")) {
        return "the disk of the store " + store.dir() + " is full; free some space, then run the same command again "
            + "(stored articles are whole and are skipped)";
      }
    }
    return null;
  }

  /** A one-line reason for a failure; errors of one input (deep nesting, a heap too small for it) are named for what they mean. */
  static String describeFailure(Throwable e) {
    if (e instanceof StackOverflowError) return "too deeply nested to process (stack overflow); not stored";
    if (e instanceof OutOfMemoryError) return "out of memory; give the JVM more heap (-Xmx) or split the article";
    return describe(e);
  }

  /** The graph of an article with this content hash, or null. */
  private Node graphWithContent(String hash) {
    Node h = NodeFactory.createLiteralString(hash);
    DatasetGraph dsg = store.dataset();
    return Txn.calculateRead(dsg, () -> {
      var it = dsg.find(Node.ANY, Node.ANY, NG.Nodes.contentHash, h);
      return it.hasNext() ? it.next().getGraph() : null;
    });
  }

  private String storedId(Node graph, String fallback) {
    DatasetGraph dsg = store.dataset();
    return Txn.calculateRead(dsg, () -> {
      var it = dsg.find(graph, Node.ANY, Vocab.dctIdentifier, Node.ANY);
      Node o = it.hasNext() ? it.next().getObject() : null;
      return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : fallback;
    });
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
