package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Shapes;

/**
 * Seed questions 1, 2, 3, 10, 11, 12, 13 and 14 (entities and roles) asked of the graph the real
 * pipeline builds from the sample article.
 */
class SampleCoreQuestionsTest {
  static Dataset ds;

  @BeforeAll
  static void extract() {
    ds = SampleArticle.dataset();
  }

  private static List<Map<String, String>> roles(String holderLabel) {
    return Sparql.select(ds, """
        SELECT ?name ?org WHERE {
          ?r a ng:Role ; ng:roleHolder ?h ; ng:roleName ?name ; ng:evidence ?ev .
          ?h rdfs:label "%s" .
          OPTIONAL { ?r ng:roleIn/rdfs:label ?org }
        }""".formatted(holderLabel));
  }

  @Test
  void q1_guo_ping_is_chairman_of_huawei() {
    assertThat(roles("Guo Ping")).contains(Map.of("name", "chairman", "org", "Huawei"));
    assertThat(Sparql.ask(ds, """
        ASK { ?p rdfs:label "Guo Ping" ; schema:jobTitle "chairman" ; schema:worksFor/rdfs:label "Huawei" }"""))
        .isTrue();
  }

  @Test
  void q2_vincent_peng_is_european_boss_of_huawei() {
    assertThat(roles("Vincent Peng")).anySatisfy(r -> {
      assertThat(r.get("name")).endsWith("boss");
      assertThat(r.get("org")).isEqualTo("Huawei");
    });
  }

  @Test
  void q3_donald_trump_is_president_of_the_united_states() {
    assertThat(roles("Donald Trump")).anySatisfy(r -> {
      assertThat(r.get("name")).isEqualToIgnoringCase("President");
      assertThat(r.get("org")).isEqualTo("United States");
    });
  }

  @Test
  void no_role_ties_trump_to_a_company_named_near_him() {
    assertThat(roles("Donald Trump")).allSatisfy(r -> assertThat(r.get("org")).isIn("United States", null));
  }

  @Test
  void q10_every_span_is_exact() {
    String text = SampleArticle.text();
    var spans = Sparql.select(ds, """
        SELECT ?b ?e ?a WHERE { ?s nif:beginIndex ?b ; nif:endIndex ?e . OPTIONAL { ?s nif:anchorOf ?a } }""");
    assertThat(spans).hasSizeGreaterThan(40);
    for (var s : spans) {
      int b = Integer.parseInt(s.get("b"));
      int e = Integer.parseInt(s.get("e"));
      String atOffsets = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
      if (s.get("a") != null) assertThat(s.get("a")).as("anchor at [%d,%d)", b, e).isEqualTo(atOffsets);
    }
  }

  @Test
  void q11_no_entity_is_labelled_only_by_a_short_name_or_pronoun() {
    var labels = Sparql.select(ds, "SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l . FILTER(STRSTARTS(STR(?t), STR(ng:))) }");
    assertThat(labels).extracting(r -> r.get("l")).doesNotContain("Ping", "he", "Peng", "He", "it", "the company");
    assertThat(Sparql.ask(ds, "ASK { ?e rdfs:label \"Guo Ping\" ; skos:altLabel \"Ping\" }")).isTrue();
  }

  @Test
  void q12_nothing_comes_from_page_furniture() {
    String text = SampleArticle.text();
    assertThat(Sparql.ask(ds, "ASK { ?e rdfs:label ?l . FILTER(CONTAINS(?l, \"Samsung\")) }")).isFalse();
    // no mention, role or statement span starts inside a "Read more:" line (the furniture spans themselves aside)
    var starts = Sparql.select(ds, """
        SELECT ?b WHERE { ?s nif:beginIndex ?b ; nif:endIndex ?e . FILTER NOT EXISTS { ?a ng:furniture ?s } }""");
    for (var s : starts) {
      int b = Integer.parseInt(s.get("b"));
      int lineStart = text.lastIndexOf('\n', b - 1) + 1;
      assertThat(text.substring(lineStart)).as("span at %d", b).doesNotStartWith("Read more:");
    }
  }

  @Test
  void furniture_lines_are_marked_in_the_graph() {
    assertThat(Sparql.select(ds, "SELECT ?f WHERE { ?a ng:furniture/nif:anchorOf ?f }"))
        .extracting(r -> r.get("f")).hasSize(3).allSatisfy(f -> assertThat(f).startsWith("Read more:"));
  }

  @Test
  void q13_organisations_each_have_one_iri() {
    for (String org : List.of("Huawei", "Microsoft", "Google", "Facebook", "European Union")) {
      var rows = Sparql.select(ds, "SELECT DISTINCT ?e WHERE { ?e a ng:Organization ; rdfs:label \"" + org + "\" }");
      assertThat(rows).as(org).hasSize(1);
    }
    assertThat(Sparql.select(ds, "SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l . FILTER(?l IN (\"Huawei\", \"the company\", \"the firm\")) }"))
        .hasSize(1);
  }

  @Test
  void q14_guo_ping_spoke_at_mobile_world_congress_in_barcelona() {
    assertThat(Sparql.ask(ds, "ASK { ?e a ng:Event ; rdfs:label \"Mobile World Congress\" }")).isTrue();
    assertThat(Sparql.ask(ds, "ASK { ?e a ng:Place ; rdfs:label \"Barcelona\" }")).isTrue();
  }

  @Test
  void coreference_links_nominals_and_pronouns() {
    assertThat(Sparql.ask(ds, """
        ASK { ?m ng:refersTo ?h ; nif:anchorOf ?a . ?h rdfs:label "Huawei" . FILTER(?a IN ("the company", "the firm")) }"""))
        .isTrue();
  }

  @Test
  void the_article_records_its_text_hash_and_run() {
    var rows = Sparql.select(ds, """
        SELECT ?id ?h ?hash ?tool WHERE { ?a a ng:Article ; dct:identifier ?id ; schema:headline ?h ; ng:contentHash ?hash ;
          prov:wasGeneratedBy ?run . ?run a ng:ExtractionRun ; ng:corenlpVersion ?tool }""");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("id", "huawei-5g-backdoors").containsEntry("tool", "4.5.10");
    assertThat(rows.get(0).get("h")).startsWith("Huawei chairman says");
    assertThat(rows.get(0).get("hash")).startsWith("sha256:").hasSize(71);
  }

  @Test
  void the_graph_conforms_to_the_shapes() {
    var g = ds.asDatasetGraph().listGraphNodes().next();
    var report = Shapes.validate(ds.asDatasetGraph().getGraph(g));
    assertThat(report.getEntries()).isEmpty();
  }
}
