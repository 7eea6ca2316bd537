package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed questions 4, 5, 7, 9 and 15 (claims, denials, accusations, criticism) asked of the graph
 * the real pipeline builds from the sample article: real statements, real stance, real links.
 */
class SampleStanceQuestionsTest {
  static Dataset ds;

  @BeforeAll
  static void extract() {
    ds = SampleArticle.dataset();
  }

  @Test
  void q4_the_united_states_claims_huawei_spies() {
    assertThat(Sparql.ask(ds, """
        ASK { ?c a ng:Claim ; ng:claimant/rdfs:label "United States" ; ng:about/rdfs:label "Huawei" ; ng:claimText ?t ;
              ng:evidence ?ev . FILTER(CONTAINS(LCASE(?t), "spy") || CONTAINS(LCASE(?t), "backdoor")) }""")).isTrue();
  }

  @Test
  void q5_guo_ping_denies_that_claim_at_least_twice() {
    var rows = Sparql.select(ds, """
        SELECT DISTINCT ?st WHERE {
          ?st a ng:Denial ; ng:speaker/rdfs:label "Guo Ping" ; ng:denies ?c .
          ?c ng:claimant/rdfs:label "United States" ; ng:about/rdfs:label "Huawei" }""");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void q7_a_senior_us_official_accuses_huawei() {
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ng:Accusation ; ng:speaker ?s ; ng:content ?c ; ng:target/rdfs:label "Huawei" .
              ?s a ng:UnnamedSource ; rdfs:label ?l ; ng:affiliation/rdfs:label "United States" .
              FILTER(CONTAINS(?c, "duplicitous and deceitful") && CONTAINS(LCASE(?l), "official")) }""")).isTrue();
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ng:Denial ; ng:content ?c . FILTER(CONTAINS(?c, "duplicitous")) }""")).isFalse();
  }

  @Test
  void vincent_pengs_call_for_transparency_is_no_denial() {
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ng:Denial ; ng:speaker/rdfs:label "Vincent Peng" }""")).isFalse();
  }

  @Test
  void q9_guo_ping_criticises_the_united_states_as_ironic() {
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ng:Criticism ; ng:speaker/rdfs:label "Guo Ping" ; ng:target/rdfs:label "United States" ; ng:content ?c .
              FILTER(CONTAINS(?c, "ironic")) }""")).isTrue();
  }

  @Test
  void q15_the_headline_is_guo_pings_denial_of_the_us_claim() {
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ng:Denial ; ng:speaker/rdfs:label "Guo Ping" ; ng:contentSpan/nif:beginIndex ?b ; ng:denies ?c .
              ?c ng:claimant/rdfs:label "United States" .
              FILTER(?b < 81) }""")).isTrue();
  }

  @Test
  void every_stance_says_which_rule_set_it() {
    assertThat(Sparql.ask(ds, """
        ASK { ?st a ?t . VALUES ?t { ng:Denial ng:Accusation ng:Criticism ng:Appeal }
              FILTER NOT EXISTS { ?st ng:stanceRule ?r } }""")).isFalse();
  }
}
