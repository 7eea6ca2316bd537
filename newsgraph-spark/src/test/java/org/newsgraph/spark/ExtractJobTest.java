package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.batch.Summary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.NewsStore;

/**
 * The job in {@code local[2]} on articles of our own (text, JSON Lines, WARC, one empty file, one
 * not in English) gives the same graphs as {@code ingest} of the same folder, run provenance aside,
 * and reports the same failures. One CoreNLP pipeline in this JVM serves both.
 */
class ExtractJobTest {
  @TempDir static Path tmp;
  static Path news;
  static JavaSparkContext jsc;
  static ExtractJob.Summary summary;
  static DatasetGraph fromJob;
  static NewsStore ingested;
  static Summary fromIngest;

  @BeforeAll
  static void run_both() throws IOException {
    news = tmp.resolve("news");
    writeArticles(news);
    jsc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    summary = ExtractJob.run(jsc, ExtractJob.Options.of(List.of(news.toString()), tmp.resolve("out").toString()));
    fromJob = readGraphs(tmp.resolve("out/graphs"));

    ingested = NewsStore.open(tmp.resolve("tdb2"));
    fromIngest = new Ingestor(ingested, Annotator.corenlp(), Iris.defaults(), Ingestor.newRun("test"), new Ingestor.Options(2, false))
        .ingest(List.of(news.toString()), new ArticleReader(ReaderOptions.defaults()));
  }

  @AfterAll
  static void stop() {
    if (jsc != null) jsc.stop();
    if (ingested != null) ingested.close();
  }

  @Test
  void the_job_writes_the_graphs_ingest_stores() {
    Set<Node> jobGraphs = graphNames(fromJob);
    Set<Node> storeGraphs = Txn.calculateRead(ingested.dataset(), () -> graphNames(ingested.dataset()));
    assertThat(jobGraphs).hasSize(4).isEqualTo(storeGraphs);
    assertThat(summary.articles()).isEqualTo(4);
    for (Node g : jobGraphs) {
      Graph job = withoutRun(fromJob.getGraph(g));
      Graph stored = Txn.calculateRead(ingested.dataset(), () -> withoutRun(ingested.dataset().getGraph(g)));
      assertThat(job.size()).as(g.getURI()).isGreaterThan(20);
      assertThat(job.isIsomorphicWith(stored)).as("graph " + g + " as ingest stores it").isTrue();
    }
    assertThat(summary.quads()).isEqualTo(fromJob.stream().count());
  }

  @Test
  void the_job_finds_statements() {
    long statements = fromJob.stream(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.Statement).count();
    assertThat(statements).isGreaterThanOrEqualTo(3);
  }

  @Test
  void failures_are_reported_per_article_as_ingest_reports_them() throws IOException {
    List<String> lines = lines(tmp.resolve("out/failures"));
    assertThat(lines).hasSize(fromIngest.failures().size()).hasSize(1);
    var f = fromIngest.failures().get(0);
    assertThat(lines.get(0)).isEqualTo(new Report(false, f.input(), f.reason(), f.stage()).json());
    assertThat(lines.get(0)).contains("empty.txt", "empty file");
    assertThat(summary.failed()).isEqualTo(1);
  }

  @Test
  void an_article_not_in_english_is_skipped_with_its_reason() throws IOException {
    List<String> lines = lines(tmp.resolve("out/skipped"));
    assertThat(lines).singleElement().asString().contains("wire.jsonl line 2");
    assertThat(fromIngest.leftOut()).singleElement().asString().contains("wire.jsonl line 2");
    assertThat(summary.skipped()).isEqualTo(1);
  }

  @Test
  void the_output_folder_is_never_reused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ExtractJob.run(jsc, ExtractJob.Options.of(List.of(news.toString()), tmp.resolve("out").toString())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
  }

  @Test
  void no_part_file_is_empty() throws IOException {
    for (String dir : List.of("graphs", "failures", "skipped")) {
      List<Path> parts;
      try (Stream<Path> files = Files.list(tmp.resolve("out").resolve(dir))) {
        parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
      }
      assertThat(parts).as(dir).isNotEmpty().allSatisfy(p -> assertThat(Files.size(p)).as(p.toString()).isPositive());
    }
  }

  @Test
  void an_article_over_its_time_budget_is_reported_and_the_next_one_runs() throws IOException {
    // two articles of some length (seconds of CoreNLP each), a budget of a millisecond
    Path slow = tmp.resolve("slow");
    Files.createDirectories(slow);
    String ferry = Files.readString(news.resolve("ferry.txt"));
    Files.writeString(slow.resolve("ferry-long.txt"), ferry + "\n" + (ferry.substring(ferry.indexOf('\n') + 1) + "\n").repeat(15));
    Files.writeString(slow.resolve("ferry-long-2.txt"), ferry + "\n" + (ferry.substring(ferry.indexOf('\n') + 1) + "\n").repeat(16));
    ExtractJob.Summary over = ExtractJob.run(jsc, ExtractJob.Options.of(List.of(slow.toString()), tmp.resolve("out-slow").toString())
        .withArticleBudget(Duration.ofMillis(1)));
    assertThat(over.articles()).isZero();
    assertThat(over.failed()).isEqualTo(2);
    assertThat(lines(tmp.resolve("out-slow/failures"))).hasSize(2).allSatisfy(l -> assertThat(l)
        .contains("ferry-long", "took longer than the time budget of 1 ms per article; not stored"));
    assertThat(lines(tmp.resolve("out-slow/graphs"))).isEmpty();

    // the interrupt stays with the article it was meant for: the same threads extract the next job's article
    ExtractJob.Summary next = ExtractJob.run(jsc, ExtractJob.Options.of(List.of(news.resolve("ferry.txt").toString()),
        tmp.resolve("out-next").toString()));
    assertThat(next.failed()).isZero();
    assertThat(next.articles()).isEqualTo(1);
    assertThat(readGraphs(tmp.resolve("out-next/graphs")).stream().count()).isEqualTo(next.quads()).isGreaterThan(20);
  }

  static Set<Node> graphNames(DatasetGraph dsg) {
    Set<Node> out = new java.util.HashSet<>();
    dsg.listGraphNodes().forEachRemaining(out::add);
    return out;
  }

  /** The graph without the run's own triples and the article's link to its run. */
  static Graph withoutRun(Graph g) {
    Set<Node> runs = g.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.ExtractionRun).mapWith(Triple::getSubject).toSet();
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEach(t -> {
      if (!runs.contains(t.getSubject()) && !t.getPredicate().equals(Vocab.provWasGeneratedBy)) out.add(t);
    });
    return out;
  }

  static DatasetGraph readGraphs(Path dir) throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.create();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        RDFParser.source(p).lang(Lang.NQUADS).parse(dsg);
      }
    }
    return dsg;
  }

  static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p));
      }
    }
    return out;
  }

  /** Four articles of our own in three formats, an empty file and one article in German. */
  static void writeArticles(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("wire"));
    Files.writeString(dir.resolve("ferry.txt"), """
        Port Ellis council delays vote on ferry terminal

        Maria Delgado, the mayor of Port Ellis, said on Tuesday that the council would delay its vote on the new \
        ferry terminal until the spring.

        "We need more time to study the costs," Delgado told reporters outside the town hall.

        The Coastal Shipping Company accused the council of wasting public money on studies. Its chief executive, \
        Peter Lang, said the company had already spent two years on the plans.
        """);
    Files.writeString(dir.resolve("wire/wire.jsonl"), """
        {"id": "orchard-harvest", "headline": "Valley growers report record apple harvest", "text": "Valley growers report record apple harvest\\n\\nTom Becker, director of the Valley Growers Association, said the harvest was the best in a decade. \\"The weather was kind to us this year,\\" Becker said. Buyers in Lisbon and Hamburg have already ordered more fruit than last year, according to the association."}
        {"id": "orchard-de", "text": "Die Obstbauern im Tal melden eine Rekordernte. Der Direktor des Verbandes sagte, die Ernte sei die beste seit zehn Jahren gewesen, und die Käufer in Hamburg hätten schon mehr bestellt als im letzten Jahr."}
        """);
    Files.writeString(dir.resolve("empty.txt"), "");
    Path warc = dir.resolve("wire/crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(page("https://courier.example/2026/library", "Riverton library to open on Sundays",
          "Riverton library will open on Sundays from next month, its head librarian, Anna Kowalski, announced on "
              + "Monday. \"Families have asked for this for years,\" Kowalski said. The city's finance director, "
              + "James Ortega, warned that the extra hours would cost about 40,000 dollars a year."));
      w.write(page("https://courier.example/2026/stadium", "Stadium repairs to finish before the season",
          "Repairs to the Northfield stadium roof will finish before the football season starts, the club's "
              + "manager, Sofia Lindqvist, said on Wednesday. She denied reports that the first home match would be "
              + "moved. \"Every seat will be ready,\" Lindqvist said."));
    }
  }

  private static WarcResponse page(String url, String title, String body) throws IOException {
    String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
        + "</p></article></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).build();
  }
}
