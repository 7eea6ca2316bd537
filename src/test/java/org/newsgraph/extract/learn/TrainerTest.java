package org.newsgraph.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.TestNlp;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;

/**
 * The trainer on a tiny PolNeAR-format folder of our own articles (real CoreNLP): the models it
 * trains find those articles' cues, contents and sources again, and they survive a write and read.
 * Each article also "likens", a cue in none of the word lists, so the rules leave it to the models
 * and the accept model has proposals to learn from.
 */
class TrainerTest {
  private static final String[] ARTICLES = {
      "Budget talks resume\nThe mayor insisted that the budget would balance. Critics doubted that the plan could work. "
          + "The treasurer likened the budget to a house of cards.\n",
      "Port reopens\nThe minister argued that the port would reopen soon. Dock workers feared that wages would fall. "
          + "The captain likened the harbour to a ghost town.\n",
      "Rail strike ends\nThe union declared that the strike was over. Commuters hoped that trains would run on time. "
          + "The driver likened the dispute to a long winter.\n",
  };

  @Test
  void the_models_trained_on_a_few_articles_find_their_attributions(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    for (int i = 0; i < ARTICLES.length; i++) {
      String text = ARTICLES[i];
      Files.writeString(dir.resolve("text/a" + i + ".txt"), text);
      Files.writeString(dir.resolve("attributions/a" + i + "_x.ann"), gold(text));
    }
    List<PolnearGold.Doc> docs = PolnearGold.read(dir);
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).attributions()).hasSize(3);

    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    Trainer trainer = new Trainer(Clusters.none());
    Trainer.Source source = new Trainer.Source() {
      @Override
      public Article article(Path text) {
        return reader.readText(text);
      }

      @Override
      public AnnotatedText annotate(Article article) {
        return TestNlp.annotate(article);
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
    Trainer.Settings s = new Trainer.Settings(1, 1, 1, 1, 1, 0.3, 0.3, Double.POSITIVE_INFINITY);
    Trainer.Data data = trainer.acceptExamples(docs, source, trainer.examples(docs, source, 1, line -> { }), 3, s, 1, line -> { });
    // each article's "likened" statement, proposed by the models trained on the other two
    assertThat(data.accept().size()).isGreaterThanOrEqualTo(3);
    assertThat(data.accept().positives()).isGreaterThanOrEqualTo(1);
    AttributionModels models = trainer.train(data, i -> true, s);
    Trainer.write(models, dir.resolve("models"), List.of("test"));
    assertThat(dir.resolve("models").resolve(AttributionModels.ACCEPT)).exists();
    AttributionModels back = AttributionModels.from(dir.resolve("models"));
    assertThat(back.accept()).isNotNull();
    assertThat(back.accept().size()).isEqualTo(models.accept().size());
    // the accept model as boosted trees (as shipped) is written and read back as trees
    Trainer.Settings trees = new Trainer.Settings(1, 1, 1, 1, 1, 0.3, 0.3, Double.POSITIVE_INFINITY, 0.15,
        new BoostedTrees.Params(5, 2, 0.3, 1, 0.01, 1));
    Trainer.write(trainer.train(data, i -> true, trees), dir.resolve("models-trees"), List.of("test"));
    Classifier accept = AttributionModels.from(dir.resolve("models-trees")).accept();
    assertThat(accept).isInstanceOf(BoostedTrees.class);
    assertThat(accept.size()).isEqualTo(5);
    assertThat(AttributionModels.from(dir.resolve("models-trees")).ruleFloor()).isEqualTo(0.15);

    Article article = reader.readText(dir.resolve("text/a1.txt"));
    ParseView p = new ParseView(TestNlp.annotate(article));
    int argued = token(p, "argued");
    int port = token(p, "port");
    assertThat(back.cue().probability(CueFeatures.of(p, argued, back.clusters())))
        .isGreaterThan(back.cue().probability(CueFeatures.of(p, port, back.clusters())))
        .isGreaterThan(0.5);
    BitSet cue = new BitSet();
    cue.set(argued);
    ContentSpans.Span best = null;
    double bestP = -1;
    List<ContentSpans.Span> spans = ContentSpans.candidates(p, argued, cue);
    List<List<String>> features = ContentSpans.features(p, argued, cue, spans);
    for (int k = 0; k < spans.size(); k++) {
      double pc = back.content().probability(features.get(k));
      if (pc > bestP) {
        bestP = pc;
        best = spans.get(k);
      }
    }
    assertThat(best).isNotNull();
    assertThat(p.text(best.tokens().nextSetBit(0), best.tokens().length())).isEqualTo("that the port would reopen soon");
  }

  private static int token(ParseView p, String word) {
    for (int t = 0; t < p.size(); t++) if (p.lower(t).equals(word)) return t;
    throw new AssertionError("no token " + word);
  }

  /** Brat standoff for the article's two "SOURCE CUE that ..." sentences. */
  private static String gold(String text) {
    List<String> lines = new ArrayList<>();
    int body = text.indexOf('\n') + 1;
    int n = 0;
    int e = 0;
    for (String sentence : text.substring(body).trim().split("(?<=\\.) ")) {
      int at = text.indexOf(sentence, body);
      String[] w = sentence.split(" ");
      int cueWord = w[1].endsWith("s") && !w[1].endsWith("ed") ? 2 : w[0].equals("The") ? 2 : 1;
      int srcEnd = at + String.join(" ", java.util.Arrays.copyOfRange(w, 0, cueWord)).length();
      int cueBegin = srcEnd + 1;
      int cueEnd = cueBegin + w[cueWord].length();
      int contentEnd = at + sentence.length() - 1;  // the full stop stays out
      lines.add("T" + (++n) + "\tSource " + at + " " + srcEnd + "\t" + text.substring(at, srcEnd));
      int src = n;
      lines.add("T" + (++n) + "\tCue " + cueBegin + " " + cueEnd + "\t" + text.substring(cueBegin, cueEnd));
      int cueId = n;
      lines.add("T" + (++n) + "\tContent " + (cueEnd + 1) + " " + contentEnd + "\t" + text.substring(cueEnd + 1, contentEnd));
      int content = n;
      lines.add("T" + (++n) + "\tAttribution " + cueBegin + " " + cueEnd + "\t" + text.substring(cueBegin, cueEnd));
      lines.add("E" + (++e) + "\tAttribution:T" + n + " Content:T" + content + " Cue:T" + cueId + " Source:T" + src);
    }
    return String.join("\n", lines) + "\n";
  }
}
