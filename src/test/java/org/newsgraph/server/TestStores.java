package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * Stores for the server and export tests: the bundled sample through the real pipeline, and a short
 * hand-written article whose facts (statements, a claim, a denial) are written directly, so that
 * statement features can be tested before the statement extractor lands.
 */
public final class TestStores {
  public static final String SAMPLE = "/samples/huawei-5g-backdoors.txt";

  /** Invented for these tests; no real event. */
  static final String HAND_TEXT = "Regulators in Ostland reviewed telecom equipment on Monday.\n\n"
      + "\u201CWe have seen no evidence that Huawei hides access in its equipment,\u201D said Mara Lind, "
      + "head of the Ostland Communications Agency. US officials have accused Huawei of building backdoors "
      + "into its networks. Huawei rejected the accusation as groundless.\n";

  private TestStores() {}

  public static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingests the bundled sample article with the real CoreNLP pipeline (shared per JVM). */
  public static void ingestSample(NewsStore store, Iris iris) {
    try (InputStream in = TestStores.class.getResourceAsStream(SAMPLE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Article a = new ArticleReader(ReaderOptions.defaults()).textArticle("huawei-5g-backdoors", text, "sample");
      new Ingestor(store, Annotator.corenlp(), iris, Ingestor.newRun("test"), new Ingestor.Options(1, false)).ingestOne(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the hand-made article with its statements, claim and denial. */
  public static void addHandMade(NewsStore store, Iris iris) {
    ArticleFacts facts = handMadeFacts();
    ArticleGraph rdf = new ArticleGraph(iris, new ExtractionRun("test-run", "test", "none", "none", Instant.parse("2024-01-01T00:00:00Z")));
    store.replaceGraph(rdf.graphName(facts.article().id()), rdf.quads(facts));
  }

  /** The hand-made facts again under another article id, as if a second outlet had the same story. */
  public static void addHandMadeCopy(NewsStore store, Iris iris, String id) {
    ArticleFacts f = handMadeFacts();
    ArticleFacts copy = new ArticleFacts(f.article().withId(id), f.entities(), f.mentions(), f.roles(), f.unnamedSources(),
        f.statements(), f.claims());
    ArticleGraph rdf = new ArticleGraph(iris, new ExtractionRun("test-run", "test", "none", "none", Instant.parse("2024-01-01T00:00:00Z")));
    store.replaceGraph(rdf.graphName(id), rdf.quads(copy));
  }

  static ArticleFacts handMadeFacts() {
    String t = HAND_TEXT;
    Article article = new Article("ostland-review", t, "Ostland regulator finds no backdoor evidence", "https://news.example.org/ostland-review",
        "2024-03-04", "Example News", null, "hand-made test article", List.of());
    List<Entity> entities = List.of(
        new Entity("huawei", EntityKind.ORGANIZATION, "Huawei", List.of(), null),
        new Entity("mara-lind", EntityKind.PERSON, "Mara Lind", List.of("Lind"), null),
        new Entity("ostland-communications-agency", EntityKind.ORGANIZATION, "Ostland Communications Agency", List.of(), null),
        new Entity("ostland", EntityKind.COUNTRY, "Ostland", List.of(), null),
        new Entity("united-states", EntityKind.COUNTRY, "United States", List.of("US"), "http://dbpedia.org/resource/United_States"));
    List<Mention> mentions = new ArrayList<>();
    mentions.add(mention(t, "Ostland", 0, "ostland"));
    mentions.add(mention(t, "Huawei", 0, "huawei"));
    mentions.add(mention(t, "Mara Lind", 0, "mara-lind"));
    mentions.add(mention(t, "Ostland Communications Agency", 0, "ostland-communications-agency"));
    mentions.add(mention(t, "US", 0, "united-states"));
    mentions.add(mention(t, "Huawei", 1, "huawei"));
    mentions.add(mention(t, "Huawei", 2, "huawei"));
    Role role = new Role("mara-lind", "head", "ostland-communications-agency", span(t, "head of the Ostland Communications Agency", 0), "test");
    Claim claim = new Claim("1", "united-states", List.of("huawei"), "building backdoors into its networks",
        List.of(span(t, "accused Huawei of building backdoors into its networks", 0)), "test");
    Statement quote = Statement.builder("1").speaker("mara-lind")
        .sourceSpans(List.of(span(t, "Mara Lind", 0))).cueSpans(List.of(span(t, "said", 0)))
        .contentSpans(List.of(span(t, "We have seen no evidence that Huawei hides access in its equipment", 0)))
        .cue("said").content("We have seen no evidence that Huawei hides access in its equipment")
        .quoteType(QuoteType.DIRECT).about(List.of("huawei")).rule("test").build();
    Statement accusation = Statement.builder("2").speaker("united-states")
        .sourceSpans(List.of(span(t, "US officials", 0))).cueSpans(List.of(span(t, "have accused", 0)))
        .contentSpans(List.of(span(t, "Huawei of building backdoors into its networks", 0)))
        .cue("have accused").content("Huawei of building backdoors into its networks")
        .stances(Set.of(Stance.ACCUSATION)).about(List.of("huawei")).target("huawei").asserts(List.of("1")).rule("test").build();
    Statement denial = Statement.builder("3").speaker("huawei")
        .sourceSpans(List.of(span(t, "Huawei", 2))).cueSpans(List.of(span(t, "rejected", 0)))
        .contentSpans(List.of(span(t, "the accusation as groundless", 0)))
        .cue("rejected").content("the accusation as groundless")
        .stances(Set.of(Stance.DENIAL)).target("united-states").denies(List.of("1")).rule("test").build();
    return new ArticleFacts(article, entities, mentions, List.of(role), List.of(), List.of(quote, accusation, denial), List.of(claim));
  }

  private static Mention mention(String text, String s, int nth, String entity) {
    return new Mention(span(text, s, nth), s, entity);
  }

  /** The span of the nth occurrence of s (the text is all in the Basic Multilingual Plane: chars are code points). */
  static Span span(String text, String s, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(s, at + 1);
      if (at < 0) throw new IllegalArgumentException("no occurrence " + nth + " of '" + s + "'");
    }
    return new Span(at, at + s.length());
  }
}
