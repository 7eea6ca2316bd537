package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.batch.ArticleExtraction;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.Iris;

/**
 * The extraction on an executor: one {@link ArticleExtraction} per executor JVM and job run, over
 * the JVM's one CoreNLP pipeline ({@code NlpPipeline.shared()}, loaded by the first article that
 * needs it; tasks running at once in the JVM wait for that one load and then share it).
 *
 * <p>Each article has a time budget, as in {@code ingest --article-timeout}: when it runs out, the
 * task's thread is interrupted (CoreNLP stops at its next check) and the article is reported as
 * failed with ingest's reason; the task goes on with the next article. The budget counts from the
 * article's start, so the first article of a JVM also pays for the model load (as in ingest).
 */
final class Extraction {
  /** What the driver tells executors: the run recorded in every graph and the base of the IRIs. */
  record Run(String id, String toolVersion, String corenlpVersion, String annotators, String started, String baseIri,
      long budgetMillis) implements Serializable {
    static Run of(ExtractionRun run, String baseIri, Duration budget) {
      return new Run(run.id(), run.toolVersion(), run.corenlpVersion(), run.annotators(), run.started().toString(), baseIri,
          budget.toMillis());
    }

    ExtractionRun extractionRun() {
      return new ExtractionRun(id, toolVersion, corenlpVersion, annotators, Instant.parse(started));
    }
  }

  private static final ConcurrentHashMap<Run, ArticleExtraction> BY_RUN = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsgraph-article-budget");
    t.setDaemon(true);
    return t;
  });

  private Extraction() {}

  static ArticleExtraction forRun(Run run) {
    return BY_RUN.computeIfAbsent(run, r -> new ArticleExtraction(Annotator.corenlp(), new Iris(r.baseIri()), r.extractionRun()));
  }

  /** What an article's alarm and its thread share: the alarm interrupts only while the article runs. */
  private static final class Budget {
    boolean over;
    boolean done;
  }

  /** The article's graph as N-Quads lines (without the last line break), or its report line. */
  static Item extract(Run run, ArticleRow row) {
    Budget state = new Budget();
    Thread worker = Thread.currentThread();
    ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
      synchronized (state) {
        if (state.done) return;
        state.over = true;
        worker.interrupt();
      }
    }, run.budgetMillis(), TimeUnit.MILLISECONDS);
    ArticleExtraction.Outcome outcome;
    try {
      outcome = forRun(run).extract(row.article());
    } catch (RuntimeException e) {
      outcome = new ArticleExtraction.Failed(new org.newsgraph.batch.Failure(row.input(),
          e.getClass().getSimpleName() + ": " + e.getMessage(), "extract"));
    } finally {
      alarm.cancel(false);
      synchronized (state) {
        state.done = true;
      }
      Thread.interrupted(); // the alarm's interrupt is spent: it must not reach Spark's own I/O
    }
    if (state.over) {
      String stage = outcome instanceof ArticleExtraction.Failed f ? f.failure().stage() : "rdf";
      return Item.report(Report.failed(row.input(), "took longer than the time budget of " + seconds(run.budgetMillis())
          + " per article; not stored", stage));
    }
    if (outcome instanceof ArticleExtraction.Failed f) return Item.report(Report.failed(f.failure()));
    ArticleExtraction.Extracted x = (ArticleExtraction.Extracted) outcome;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(x.quads().size() * 160);
    RDFDataMgr.writeQuads(bytes, x.quads().iterator());
    String text = bytes.toString(StandardCharsets.UTF_8);
    return Item.graph(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, x.quads().size());
  }

  /** A budget as ingest's reason gives it ("600 s"), in milliseconds when under a second. */
  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
