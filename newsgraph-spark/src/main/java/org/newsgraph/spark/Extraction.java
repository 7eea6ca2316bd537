package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.batch.ArticleExtraction;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.Iris;

/**
 * The extraction on an executor: one {@link ArticleExtraction} per executor JVM and job run, over
 * the JVM's one CoreNLP pipeline ({@code NlpPipeline.shared()}, loaded by the first article that
 * needs it; tasks running at once in the JVM wait for that one load and then share it).
 */
final class Extraction {
  /** What the driver tells executors: the run recorded in every graph and the base of the IRIs. */
  record Run(String id, String toolVersion, String corenlpVersion, String annotators, String started, String baseIri)
      implements Serializable {
    static Run of(ExtractionRun run, String baseIri) {
      return new Run(run.id(), run.toolVersion(), run.corenlpVersion(), run.annotators(), run.started().toString(), baseIri);
    }

    ExtractionRun extractionRun() {
      return new ExtractionRun(id, toolVersion, corenlpVersion, annotators, Instant.parse(started));
    }
  }

  private static final ConcurrentHashMap<Run, ArticleExtraction> BY_RUN = new ConcurrentHashMap<>();

  private Extraction() {}

  static ArticleExtraction forRun(Run run) {
    return BY_RUN.computeIfAbsent(run, r -> new ArticleExtraction(Annotator.corenlp(), new Iris(r.baseIri()), r.extractionRun()));
  }

  /** The article's graph as N-Quads lines (without the last line break), or its report line. */
  static Item extract(Run run, ArticleRow row) {
    ArticleExtraction.Outcome outcome;
    try {
      outcome = forRun(run).extract(row.article());
    } catch (RuntimeException e) {
      return Item.report(Report.failed(row.input(), e.getClass().getSimpleName() + ": " + e.getMessage(), "extract"));
    }
    if (outcome instanceof ArticleExtraction.Failed f) return Item.report(Report.failed(f.failure()));
    ArticleExtraction.Extracted x = (ArticleExtraction.Extracted) outcome;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(x.quads().size() * 160);
    RDFDataMgr.writeQuads(bytes, x.quads().iterator());
    String text = bytes.toString(StandardCharsets.UTF_8);
    return Item.graph(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, x.quads().size());
  }
}
