package org.newsgraph.extract.statement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed questions about statements (6, the statement half of 7, 8, 11, 12, 15 in
 * {@code eval/seed-questions.md}), asked in SPARQL of the graph built from the sample article with
 * the real pipeline.
 */
class StatementsOnSampleTest {
  private static final String PREFIXES = """
      PREFIX ng: <https://w3id.org/newsgraph/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX ent: <http://localhost:3030/id/entity/>
      """;

  private static Article article;
  private static ArticleFacts facts;
  private static DatasetGraph dataset;

  @BeforeAll
  static void ingestSample() {
    article = new ArticleReader(ReaderOptions.defaults()).readText(Path.of("samples/huawei-5g-backdoors.txt"));
    facts = new Extractor().extract(article, NlpPipeline.shared().annotate(article));
    ExtractionRun run = new ExtractionRun("test", "test", NlpPipeline.CORENLP_VERSION, NlpPipeline.ANNOTATORS, Instant.now());
    List<Quad> quads = new ArticleGraph(Iris.defaults(), run).quads(facts);
    dataset = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(dataset, () -> quads.forEach(dataset::add));
  }

  /** Rows of a SELECT over the union of all graphs, each row its variables' lexical forms in order. */
  private static List<List<String>> select(String where, String... vars) {
    Query q = QueryFactory.create(PREFIXES + "SELECT * WHERE { GRAPH ?g { " + where + " } }");
    List<List<String>> rows = new ArrayList<>();
    Txn.executeRead(dataset, () -> {
      RowSet rs = QueryExec.dataset(dataset).query(q).select();
      rs.forEachRemaining(b -> {
        List<String> row = new ArrayList<>();
        for (String v : vars) {
          var n = b.get(v);
          row.add(n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
        rows.add(row);
      });
    });
    return rows;
  }

  private static List<String> contentsOf(String speakerPattern) {
    return select("?st a ng:Statement ; ng:speaker " + speakerPattern + " ; ng:content ?c .", "c")
        .stream().map(r -> r.get(0)).toList();
  }

  @Test
  void seed6_guo_pings_direct_quotes_include_the_added_and_the_uncued_paragraph() {
    List<List<String>> direct = select("?st a ng:Statement ; ng:speaker ent:guo-ping ; ng:quoteType ng:DirectQuote ;"
        + " ng:content ?c ; ng:contentSpan ?span .", "st", "c", "span");
    List<String> contents = direct.stream().map(r -> r.get(1)).distinct().toList();
    assertThat(contents).anyMatch(c -> c.contains("We don't do bad things,"));
    assertThat(contents).anyMatch(c -> c.contains("Let the experts decide whether networks are safe or not,"));
    assertThat(contents).anyMatch(c -> c.startsWith("\"Here, let me say this as clearly as possible"));
    // PolNeAR's convention, which the scorer follows: "A," he said. "B." is one statement with two
    // content spans. Guo Ping's direct quotes are five passages in four statements.
    assertThat(direct.stream().map(r -> r.get(0)).distinct()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(direct.stream().map(r -> r.get(2)).distinct()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void seed7_a_senior_us_official_affiliated_with_the_us_accuses_huawei() {
    List<List<String>> rows = select("?st a ng:Statement ; ng:speaker ?s ; ng:content ?c ; ng:rule ?rule ."
        + " ?s a ng:UnnamedSource ; rdfs:label ?label ; ng:affiliation ent:united-states ."
        + " FILTER(CONTAINS(?c, \"duplicitous and deceitful\"))", "label", "rule");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(0)).containsIgnoringCase("senior US official");
    assertThat(rows.get(0).get(1)).isNotBlank();
  }

  @Test
  void seed8_vincent_peng_says_two_things() {
    List<String> contents = contentsOf("ent:vincent-peng");
    assertThat(contents).anyMatch(c -> c.contains("needs to be \"more transparent\" about its cyber security practices"));
    assertThat(contents).anyMatch(c -> c.contains("\"a technical challenge, not a political challenge\""));
  }

  @Test
  void seed11_speakers_are_resolved_entities_or_unnamed_sources_never_pronouns() {
    List<List<String>> speakers = select("?st a ng:Statement ; ng:speaker ?s . OPTIONAL { ?s rdfs:label ?label }"
        + " OPTIONAL { ?s a ?type }", "s", "label");
    assertThat(speakers).isNotEmpty();
    for (List<String> row : speakers) {
      assertThat(row.get(1)).as("label of speaker " + row.get(0)).isNotNull();
      assertThat(row.get(1).toLowerCase()).isNotIn("he", "she", "it", "they", "ping", "peng", "we", "i");
    }
    List<String> labels = select("?e rdfs:label ?l .", "l").stream().map(r -> r.get(0)).toList();
    assertThat(labels).doesNotContain("Ping", "Peng", "he", "He");
    // "he said", "he added": Guo Ping, though CoreNLP's coreference ties them to Donald Trump
    assertThat(contentsOf("ent:guo-ping")).anyMatch(c -> c.contains("The US security accusation on our 5G has no evidence"));
    assertThat(contentsOf("ent:donald-trump")).isEmpty();
  }

  @Test
  void seed12_page_furniture_yields_no_statement() {
    assertThat(select("?st a ng:Statement ; ng:content ?c . FILTER(CONTAINS(?c, \"European company\")"
        + " || CONTAINS(?c, \"Samsung\") || CONTAINS(?c, \"Telecoms bosses\"))", "c")).isEmpty();
    for (Statement s : facts.statements()) {
      List<Span> all = new ArrayList<>(s.contentSpans());
      all.addAll(s.sourceSpans());
      all.addAll(s.cueSpans());
      for (Span span : all) assertThat(article.isFurniture(span)).as(s.content()).isFalse();
    }
  }

  @Test
  void seed15_the_headline_is_guo_pings_statement() {
    int headlineEnd = article.text().indexOf('\n');
    List<List<String>> rows = select("?st a ng:Statement ; ng:speaker ent:guo-ping ; ng:content ?c ;"
        + " ng:contentSpan/nif:endIndex ?end ; ng:cue ?cue .", "c", "end", "cue");
    assertThat(rows).anyMatch(r -> Integer.parseInt(r.get(1)) <= headlineEnd
        && r.get(0).contains("‘no evidence, nothing’ of Chinese backdoors in 5G") && r.get(2).equals("says"));
  }

  @Test
  void every_statement_has_content_a_rule_and_spans_that_match_the_text() {
    assertThat(facts.statements()).hasSizeGreaterThanOrEqualTo(10);
    for (Statement s : facts.statements()) assertThat(s.rule()).isNotBlank();
    List<List<String>> spans = select("?st a ng:Statement ; ng:contentSpan|ng:cueSpan|ng:sourceSpan ?sp ."
        + " ?sp nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a .", "b", "e", "a");
    assertThat(spans).isNotEmpty();
    String text = article.text();
    for (List<String> r : spans) {
      int b = text.offsetByCodePoints(0, Integer.parseInt(r.get(0)));
      int e = text.offsetByCodePoints(0, Integer.parseInt(r.get(1)));
      assertThat(text.substring(b, e)).isEqualTo(r.get(2));
    }
  }
}
