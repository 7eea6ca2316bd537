package org.newsgraph.batch;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.link.Identity;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;

/**
 * One article to its named graph without a store: the NLP, extraction and RDF stages of {@link
 * Ingestor}, for engines that write the graphs elsewhere (the Spark job). A failure is returned as
 * a {@link Failure} with the stage and the same one-line reason {@code ingest --report} gives.
 * Holds no state between articles, so one instance serves any number of threads.
 *
 * <p>What it does not do, unlike {@code ingest}: resolve a lone surname to a person known from
 * earlier articles of the store (that needs the store), and skip articles whose text is stored.
 *
 * <pre>{@code
 * ArticleExtraction.Outcome o = new ArticleExtraction(Annotator.corenlp(), Iris.defaults(), run).extract(article);
 * }</pre>
 */
public final class ArticleExtraction {
  /** What became of one article: its graph, or why it has none. */
  public sealed interface Outcome permits Extracted, Failed {}

  /** The article's graph: {@code quads} all lie in {@code graph}. */
  public record Extracted(String id, Node graph, List<Quad> quads, int statements) implements Outcome {
    public Extracted {
      quads = List.copyOf(quads);
    }
  }

  public record Failed(Failure failure) implements Outcome {}

  private final Annotator annotator;
  private final Extractor extractor = new Extractor();
  private final ArticleGraph rdf;

  public ArticleExtraction(Annotator annotator, Iris iris, ExtractionRun run) {
    this.annotator = Objects.requireNonNull(annotator, "annotator may not be null");
    this.rdf = new ArticleGraph(Objects.requireNonNull(iris, "iris may not be null"), Objects.requireNonNull(run, "run may not be null"));
  }

  public Outcome extract(Article article) {
    String input = article.source() != null ? article.source() : article.id();
    String stage = "nlp";
    try {
      var doc = annotator.annotate(article);
      stage = "extract";
      ArticleFacts facts = Identity.shared().resolve(extractor.extract(article, doc));  // as Ingestor: one identity per linked entity
      stage = "rdf";
      Node graph = rdf.graphName(article.id());
      // as NewsStore.replaceGraph stores them: every quad in the article's graph
      List<Quad> quads = rdf.quads(facts).stream()
          .map(q -> q.getGraph().equals(graph) ? q : Quad.create(graph, q.asTriple()))
          .toList();
      return new Extracted(article.id(), graph, quads, facts.statements().size());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Failed(new Failure(input, Ingestor.describeFailure(e), stage));
    }
  }
}
