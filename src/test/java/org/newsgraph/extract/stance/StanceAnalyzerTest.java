package org.newsgraph.extract.stance;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.parse.ParseView;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsgraph.extract.TestNlp;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.entity.RoleExtractor;
import org.newsgraph.extract.statement.SampleStatements;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.query.SavedQueries;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed questions 4, 5, 7, 9 and 15 on the sample article's graph: the real NLP and entity stages,
 * the statements of {@link SampleStatements}, the stance stage, and {@link ArticleGraph}; the
 * answers are read with SPARQL, as an analyst would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceAnalyzerTest {
  private static final String PREFIXES = """
      PREFIX ng: <https://w3id.org/newsgraph/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      """;
  private static final String BASE = "http://localhost:3030/id/entity/";

  private Model graph;

  @BeforeAll
  void buildGraph() {
    Article article = new ArticleReader(ReaderOptions.defaults()).readText(Path.of("samples/huawei-5g-backdoors.txt"));
    AnnotatedText doc = TestNlp.annotate(article);
    EntityIndex index = new EntityExtractor().extract(article, doc);
    StatementExtractor.Result said = SampleStatements.of(article);
    StanceAnalyzer.Result stance = new StanceAnalyzer().analyze(article, new ParseView(doc), index,
        new RoleExtractor().extract(doc, index), said.statements(), said.unnamedSources());
    ArticleFacts facts = new ArticleFacts(article, index.entities(), index.mentions(),
        new RoleExtractor().extract(doc, index), said.unnamedSources(), stance.statements(), stance.claims());
    ExtractionRun run = new ExtractionRun("test", "test", "4.5.10", "test", Instant.EPOCH);
    graph = ModelFactory.createDefaultModel();
    for (Quad q : new ArticleGraph(Iris.defaults(), run).quads(facts)) graph.getGraph().add(q.asTriple());
  }

  private List<Map<String, String>> select(String query) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.create(PREFIXES + query, graph)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        Map<String, String> row = new java.util.LinkedHashMap<>();
        s.varNames().forEachRemaining(v -> {
          Node n = s.get(v).asNode();
          row.put(v, n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        rows.add(row);
      }
    }
    return rows;
  }

  private boolean ask(String query) {
    try (QueryExecution qe = QueryExecution.create(PREFIXES + query, graph)) {
      return qe.execAsk();
    }
  }

  @Test
  void q4_the_us_claims_that_huawei_spies_through_backdoors() {
    List<Map<String, String>> claims = select("""
        SELECT ?claim ?text WHERE {
          ?claim a ng:Claim ; ng:claimant <%1$sunited-states> ; ng:about <%1$shuawei> ; ng:claimText ?text ;
                 ng:evidence ?ev .
        }""".formatted(BASE));
    assertThat(claims).extracting(r -> r.get("text")).anyMatch(t -> t.matches("(?is).*(spy|backdoor).*"));
    assertThat(claims).extracting(r -> r.get("claim")).as("references to one claim are one node").containsOnly(claims.get(0).get("claim"));
  }

  @Test
  void q5_guo_ping_denies_that_claim_at_least_twice() {
    List<Map<String, String>> rows = select("""
        SELECT ?claim (COUNT(DISTINCT ?st) AS ?n) WHERE {
          ?claim a ng:Claim ; ng:claimant <%1$sunited-states> ; ng:about <%1$shuawei> .
          ?st a ng:Denial ; ng:speaker <%1$sguo-ping> ; ng:denies ?claim .
        } GROUP BY ?claim""".formatted(BASE));
    assertThat(rows).anyMatch(r -> Integer.parseInt(r.get("n")) >= 2);
  }

  @Test
  void q5_the_backdoor_and_security_accusation_quotes_are_denials_of_it() {
    for (String words : List.of("will never plant backdoors", "security accusation on our 5G has no evidence")) {
      assertThat(ask("""
          ASK { ?st a ng:Denial ; ng:speaker <%1$sguo-ping> ; ng:content ?c ; ng:denies ?claim .
                ?claim ng:claimant <%1$sunited-states> ; ng:about <%1$shuawei> .
                FILTER(CONTAINS(?c, "%2$s")) }""".formatted(BASE, words))).as(words).isTrue();
    }
  }

  @Test
  void q7_a_senior_us_official_accuses_huawei() {
    assertThat(ask("""
        ASK { ?st a ng:Accusation ; ng:speaker ?src ; ng:content ?c ; ng:target <%1$shuawei> .
              ?src a ng:UnnamedSource ; ng:affiliation <%1$sunited-states> .
              FILTER(CONTAINS(?c, "duplicitous and deceitful")) }""".formatted(BASE))).isTrue();
  }

  @Test
  void the_officials_accusation_is_no_denial_and_answers_huawei() {
    assertThat(ask("""
        ASK { ?st a ng:Denial ; ng:content ?c . FILTER(CONTAINS(?c, "duplicitous")) }""")).isFalse();
    assertThat(ask("""
        ASK { ?st ng:content ?c ; ng:respondsTo ?earlier . ?earlier ng:speaker <%1$sguo-ping> .
              FILTER(CONTAINS(?c, "duplicitous")) }""".formatted(BASE))).isTrue();
  }

  @Test
  void vincent_pengs_call_to_be_more_transparent_is_no_denial() {
    assertThat(ask("""
        ASK { ?st ng:content ?c ; ng:speaker <%1$svincent-peng> . FILTER(CONTAINS(?c, "more transparent")) }"""
        .formatted(BASE))).isTrue();
    assertThat(ask("""
        ASK { ?st a ng:Denial ; ng:speaker <%1$svincent-peng> }""".formatted(BASE))).isFalse();
  }

  @Test
  void q9_guo_ping_criticises_the_united_states() {
    assertThat(ask("""
        ASK { ?st a ng:Criticism ; ng:speaker <%1$sguo-ping> ; ng:target <%1$sunited-states> ; ng:content ?c .
              FILTER(CONTAINS(?c, "ironic")) }""".formatted(BASE))).isTrue();
  }

  @Test
  void q15_the_headline_is_guo_pings_denial_of_the_us_claim() {
    assertThat(ask("""
        ASK { ?art a ng:Article ; nif:isString ?text .
              ?st a ng:Denial ; ng:speaker <%1$sguo-ping> ; ng:contentSpan ?span ; ng:denies ?claim .
              ?span nif:beginIndex ?b .
              ?claim ng:claimant <%1$sunited-states> ; ng:about <%1$shuawei> .
              FILTER(?b < STRLEN(STRBEFORE(?text, "\\n"))) }""".formatted(BASE))).isTrue();
  }

  @Test
  void every_stance_says_which_rule_set_it() {
    assertThat(ask("""
        ASK { ?st a ?type . VALUES ?type { ng:Denial ng:Accusation ng:Criticism ng:Appeal }
              FILTER NOT EXISTS { ?st ng:stanceRule ?r } }""")).isFalse();
  }

  @Test
  void claims_across_articles_are_grouped_by_claimant_and_target() {
    assertThat(ask("""
        ASK { ?claim a ng:Claim ; ng:claimGroup ?g . ?g ng:claimant <%1$sunited-states> ; ng:about <%1$shuawei> }"""
        .formatted(BASE))).isTrue();
  }

  private List<Map<String, String>> saved(String name, Map<String, String> bindings) {
    var builder = QueryExec.graph(graph.getGraph()).query(SavedQueries.get(name).text());
    bindings.forEach((k, v) -> builder.substitution(k, NodeFactory.createLiteralString(v)));
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExec exec = builder.build()) {
      exec.select().forEachRemaining(b -> {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        b.vars().forEachRemaining(v -> {
          Node n = b.get(v);
          row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        rows.add(row);
      });
    }
    return rows;
  }

  @Test
  void saved_query_claims_about_an_entity_names_the_claimant() {
    assertThat(saved("claims-about", Map.of("name", "Huawei")))
        .anyMatch(r -> "United States".equals(r.get("claimantLabel")) && r.get("evidence").contains("US claims of spying"));
  }

  @Test
  void saved_query_denials_of_a_claimants_claims_about_a_target() {
    assertThat(saved("denials-of-claims", Map.of("claimantName", "US", "targetName", "Huawei")))
        .filteredOn(r -> "Guo Ping".equals(r.get("speakerLabel"))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void saved_query_accusations_between_two_entities() {
    assertThat(saved("accusations-between", Map.of("accuserName", "United States", "accusedName", "Huawei")))
        .anyMatch(r -> r.get("content").contains("duplicitous") && "A senior US official".equals(r.get("speakerLabel")));
    assertThat(saved("accusations-between", Map.of("accuserName", "Huawei", "accusedName", "United States"))).isEmpty();
  }

  @Test
  void saved_query_dispute_view_has_claims_denials_accusations_and_responses() {
    assertThat(saved("dispute", Map.of("name", "Huawei"))).extracting(r -> r.get("kind"))
        .contains("1 claim", "2 denial", "3 accusation", "4 response");
  }
}
