package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;

/**
 * The bundled sample article run once per JVM through the real pipeline, for tests that ask the
 * seed questions of its graph. With the system property {@value #STORE_PROPERTY} set to a TDB2
 * store folder, the seed-question tests ask that store instead (e.g. one that {@code newsgraph load}
 * filled from the Spark job's output of the sample: {@code scripts/spark-bench.sh} does this).
 */
public final class SampleArticle {
  public static final Path FILE = Path.of("samples/huawei-5g-backdoors.txt");
  /** System property naming a TDB2 store whose graphs replace the pipeline's in {@link #dataset()}. */
  public static final String STORE_PROPERTY = "newsgraph.seedStore";
  private static Article article;
  private static ArticleFacts facts;
  private static DatasetGraph graph;

  private SampleArticle() {}

  public static synchronized Article article() {
    if (article == null) article = new ArticleReader(ReaderOptions.defaults()).readText(FILE);
    return article;
  }

  public static String text() {
    try {
      return Files.readString(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts the real pipeline extracts from the sample. */
  public static synchronized ArticleFacts facts() {
    if (facts == null) facts = new Extractor().extract(article(), NlpPipeline.shared().annotate(article()));
    return facts;
  }

  /**
   * The sample's named graph in an in-memory dataset with a union default graph, as the store serves it;
   * or, with {@value #STORE_PROPERTY} set, every quad of that store.
   */
  public static synchronized Dataset dataset() {
    if (graph == null) {
      graph = DatasetGraphFactory.createTxnMem();
      String store = System.getProperty(STORE_PROPERTY, "");
      if (!store.isBlank()) {
        if (!Files.isDirectory(Path.of(store))) throw new IllegalArgumentException(STORE_PROPERTY + ": no store folder " + store);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store);
        try {
          Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(graph::add));
        } finally {
          TDBInternal.expel(tdb);
        }
        if (graph.isEmpty()) throw new IllegalArgumentException(STORE_PROPERTY + ": the store " + store + " holds no quads");
      } else {
        var quads = new ArticleGraph(Iris.defaults(), Ingestor.newRun("test")).quads(facts());
        quads.forEach(graph::add);
      }
    }
    Dataset ds = DatasetFactory.wrap(graph);
    return ds;
  }
}
