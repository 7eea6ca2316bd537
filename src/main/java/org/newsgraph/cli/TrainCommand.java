package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException.Usage;
import org.newsgraph.extract.learn.AcceptFeatures;
import org.newsgraph.extract.learn.AttributionModels;
import org.newsgraph.extract.learn.BoostedTrees;
import org.newsgraph.extract.learn.Clusters;
import org.newsgraph.extract.learn.PolnearGold;
import org.newsgraph.extract.learn.Trainer;
import org.newsgraph.extract.learn.RuleView;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train FOLDER}: trains the attribution models (cue, content, source) from a PolNeAR-format
 * folder of gold attributions into a folder of model files, reusing an annotation cache so that a
 * re-train runs no CoreNLP. {@code --folds K} also trains K models on K-1 parts of the articles,
 * each into {@code OUT/fold-i/} with the list of its held-out articles, for cross-validation.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the attribution models from a PolNeAR-format folder (text/ and attributions/); train data only, never dev.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", description = "a PolNeAR split folder: text/<stem>.txt and attributions/<stem>_<annotator>.ann")
  Path folder;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "folder for the model files")
  Path output;

  @Option(names = "--nlp-cache", paramLabel = "DIR", description = "annotation cache (as ingest's): read, and filled with what is missing")
  Path nlpCache;

  @Option(names = "--threads", defaultValue = "2", description = "articles read at once (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--folds", defaultValue = "0", description = "also train K cross-validation models (default: none)")
  int folds;

  @Option(names = "--limit", paramLabel = "N", description = "use only the first N articles (for a quick try)")
  Integer limit;

  @Option(names = "--cached-only", description = "skip articles that are not in the annotation cache (run no CoreNLP)")
  boolean cachedOnly;

  @Option(names = "--annotate-only", description = "only fill the annotation cache; train nothing")
  boolean annotateOnly;

  @Option(names = "--cue-cost", defaultValue = "0.5") double cueCost;
  @Option(names = "--content-cost", defaultValue = "0.5") double contentCost;
  @Option(names = "--source-cost", defaultValue = "0.5") double sourceCost;
  @Option(names = "--accept-cost", defaultValue = "0.5", description = "the linear accept model's cost (with --accept-trees 0)")
  double acceptCost;
  @Option(names = "--accept-trees", defaultValue = "300",
      description = "the accept model is this many boosted trees (0: a linear model; default: ${DEFAULT-VALUE})")
  int acceptTrees;
  @Option(names = "--accept-depth", defaultValue = "6", description = "the depth of the accept model's trees (default: ${DEFAULT-VALUE})")
  int acceptDepth;
  @Option(names = "--accept-folds", defaultValue = "5",
      description = "the accept model learns from proposals of models trained on the other K-1 parts (default: ${DEFAULT-VALUE}; 0: no accept model)")
  int acceptFolds;
  @Option(names = "--min-count", defaultValue = "2") int minCount;
  @Option(names = "--cue-threshold", defaultValue = "0.3") double cueThreshold;
  @Option(names = "--accept-threshold", defaultValue = "0.35",
      description = "a learned statement is kept when the accept model gives it at least this (default: ${DEFAULT-VALUE})")
  double acceptThreshold;
  @Option(names = "--rechoose-margin", defaultValue = "0.2",
      description = "a rule's content gives way to the span the ranking model prefers by more than this, and its source"
          + " to the mention the source model prefers by more than this (default: ${DEFAULT-VALUE}; Infinity: never)")
  double rechooseMargin;
  @Option(names = "--rule-floor", defaultValue = "0.2",
      description = "a rule statement whose cue has a word is dropped when the models score it (cue probability times"
          + " content probability) under this (default: ${DEFAULT-VALUE}; 0: never)")
  double ruleFloor;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PolnearGold.Doc> docs = PolnearGold.read(folder);
    if (limit != null && limit < docs.size()) docs = docs.subList(0, limit);
    if (docs.isEmpty()) throw new Usage(folder + ": no articles with gold attributions");
    err.println("train: " + docs.size() + " articles from " + folder);
    long t0 = System.nanoTime();
    Clusters clusters = Clusters.build(256, 32, 1);
    err.printf("train: %d words clustered from CoreNLP's word vectors (%.0f s)%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    Annotator nlp = cachedOnly
        ? article -> { throw new IllegalStateException("not in the annotation cache"); }
        : Annotator.corenlp();  // loaded only when an article is not in the cache
    Annotator annotator = nlpCache == null ? nlp : AnnotationCache.wrap(nlp, nlpCache);
    Trainer trainer = new Trainer(clusters);
    Trainer.Source source = new Trainer.Source() {
      @Override
      public Article article(Path text) {
        return reader.readText(text);
      }

      @Override
      public AnnotatedText annotate(Article article) {
        return annotator.annotate(article);
      }

      @Override
      public RuleView rules(Article article, AnnotatedText doc, ParseView p) {
        return StatementExtractor.ruleView(p, new EntityExtractor().extract(article, doc));
      }

      @Override
      public List<AcceptFeatures.Proposed> proposals(Article article, AnnotatedText doc, ParseView p, AttributionModels models) {
        return StatementExtractor.learnedProposals(p, new EntityExtractor().extract(article, doc), models);
      }
    };
    Trainer.Data data = trainer.examples(docs, source, threads, err::println);
    err.println("train: " + trainer.reach());
    err.printf("train: examples: cue %d (%d positive), content %d (%d), ranking %d (%d), source %d (%d)%n",
        data.cue().size(), data.cue().positives(), data.content().size(), data.content().positives(),
        data.rank().size(), data.rank().positives(), data.source().size(), data.source().positives());
    if (annotateOnly) return 0;
    Trainer.Settings settings = new Trainer.Settings(cueCost, contentCost, sourceCost, acceptCost, minCount, cueThreshold,
        acceptThreshold, rechooseMargin, ruleFloor,
        acceptTrees > 0 ? new BoostedTrees.Params(acceptTrees, acceptDepth, 0.05, 1, 5, minCount) : null);
    int k = Math.min(acceptFolds, docs.size());
    if (k >= 2) {
      data = trainer.acceptExamples(docs, source, data, k, settings, threads, err::println);
      err.printf("train: accept examples %d (%d positive)%n", data.accept().size(), data.accept().positives());
    }
    List<String> provenance = List.of(
        "trained by newsgraph " + Main.version() + " train on " + LocalDate.now(),
        "data: " + folder.toAbsolutePath().normalize().getFileName() + ", " + docs.size() + " articles",
        "settings: " + settings + (k >= 2 ? ", accept model from " + k + "-fold proposals" : ", no accept model"));
    long t1 = System.nanoTime();
    AttributionModels models = trainer.train(data, i -> true, settings);
    Trainer.write(models, output, provenance);
    out.printf("trained in %.0f s: cue %d features, content %d, ranking %d, source %d -> %s%n", (System.nanoTime() - t1) / 1e9,
        models.cue().size(), models.content().size(), models.rank().size(), models.source().size(), output);
    for (int f = 0; f < folds; f++) {
      int fold = f;
      AttributionModels m = trainer.train(data, i -> i % folds != fold, settings);
      Path dir = output.resolve("fold-" + f);
      Trainer.write(m, dir, provenance);
      StringBuilder held = new StringBuilder();
      for (int i = 0; i < docs.size(); i++) if (i % folds == fold) held.append(docs.get(i).stem()).append('\n');
      java.nio.file.Files.writeString(dir.resolve("held-out.txt"), held);
      out.printf("fold %d -> %s (ranking: the top span is a best one for %.1f%% of the held-out cues)%n", f, dir,
          100 * m.rank().topOne(data.rank(), i -> i % folds == fold));
    }
    out.flush();
    return 0;
  }
}
