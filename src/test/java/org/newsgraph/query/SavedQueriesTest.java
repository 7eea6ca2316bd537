package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;

/**
 * Every saved query over a store where the optional parts are missing: besides the hand-made
 * article, one with no headline or date, a claim without claimant, an accusation without speaker, a
 * statement by an unnamed source without affiliation or cue. Each query's rows are counted unbound
 * and with its variables set; a missing optional part must never multiply rows.
 */
class SavedQueriesTest {
  static final String SPARSE = "Critics say Huawei hides access. Officials accused Huawei of spying. Huawei denied it.\n";
  static NewsStore store;

  @BeforeAll
  static void load() {
    store = NewsStore.open(TestStores.tempDir("saved-queries"));
    TestStores.addHandMade(store, Iris.defaults());
    ArticleGraph rdf = new ArticleGraph(Iris.defaults(), new ExtractionRun("sparse-run", "test", "none", "none", Instant.parse("2024-01-01T00:00:00Z")));
    store.replaceGraph(rdf.graphName("sparse"), rdf.quads(sparseFacts()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static ArticleFacts sparseFacts() {
    String t = SPARSE;
    Article article = new Article("sparse", t, null, null, null, null, null, "sparse test article", List.of());
    List<Entity> entities = List.of(new Entity("huawei", EntityKind.ORGANIZATION, "Huawei", List.of(), null));
    List<Mention> mentions = List.of(new Mention(span(t, "Huawei", 0), "Huawei", "huawei"));
    UnnamedSource critics = new UnnamedSource("critics", "critics", null, span(t, "Critics", 0));
    Claim claim = new Claim("1", null, List.of("huawei"), "spying", List.of(), "test");
    Statement says = Statement.builder("1").speaker("critics").contentSpans(List.of(span(t, "Huawei hides access", 0)))
        .content("Huawei hides access").about(List.of("huawei")).rule("test").build();
    Statement accuses = Statement.builder("2").contentSpans(List.of(span(t, "Huawei of spying", 0))).content("Huawei of spying")
        .stances(Set.of(Stance.ACCUSATION)).about(List.of("huawei")).target("huawei").asserts(List.of("1")).rule("test").build();
    Statement denies = Statement.builder("3").speaker("huawei").contentSpans(List.of(span(t, "it", 0))).content("it")
        .stances(Set.of(Stance.DENIAL)).denies(List.of("1")).rule("test").build();
    return new ArticleFacts(article, entities, mentions, List.of(), List.of(critics), List.of(says, accuses, denies), List.of(claim));
  }

  static Span span(String text, String s, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) at = text.indexOf(s, at + 1);
    return new Span(at, at + s.length());
  }

  static List<Binding> run(String name, Map<String, String> values) {
    SavedQueries.Saved saved = SavedQueries.get(name);
    Query q = QueryFactory.create(saved.text());
    Query bound = Bindings.apply(q, Bindings.resolve(q, Bindings.known(saved, q), values, name));
    // what a remote endpoint gets must parse
    QueryFactory.create(bound.serialize());
    return Txn.calculateRead(store.dataset(), () -> {
      try (QueryExec exec = QueryExec.dataset(store.dataset()).query(bound).build()) {
        List<Binding> rows = new ArrayList<>();
        exec.select().forEachRemaining(rows::add);
        return rows;
      }
    });
  }

  static Map<String, String> bind(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  /** Each saved query, unbound and bound, with the rows it must give on this store. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("accusations-between", bind(), 1),
        Arguments.of("accusations-between", bind("accuserName", "US", "accusedName", "Huawei"), 1),
        Arguments.of("articles-mentioning-both", bind(), 20),
        Arguments.of("articles-mentioning-both", bind("firstName", "Huawei", "secondName", "United States"), 1),
        Arguments.of("articles", bind(), 2),
        Arguments.of("claims-about", bind(), 2),
        Arguments.of("claims-about", bind("name", "Huawei"), 2),
        Arguments.of("denials-of-claims", bind(), 1),
        Arguments.of("denials-of-claims", bind("claimantName", "US", "targetName", "Huawei"), 1),
        Arguments.of("dispute", bind(), 6),
        Arguments.of("dispute", bind("name", "Huawei"), 6),
        Arguments.of("dispute", bind("entity", "<" + Iris.defaults().entity("huawei").getURI() + ">"), 6),
        Arguments.of("entities-by-type", bind(), 5),
        Arguments.of("entities-by-type", bind("type", "ng:Person"), 1),
        Arguments.of("entities", bind(), 5),
        Arguments.of("entities", bind("type", "ng:Country"), 2),
        Arguments.of("entity-mentions", bind(), 8),
        Arguments.of("entity-mentions", bind("name", "Huawei"), 4),
        Arguments.of("most-quoted", bind(), 3),
        Arguments.of("roles-of-organization", bind(), 1),
        Arguments.of("roles-of-organization", bind("name", "Ostland Communications Agency"), 1),
        Arguments.of("roles-of-organization", bind("name", "Huawei"), 0),
        Arguments.of("said-by", bind(), 5),
        Arguments.of("said-by", bind("name", "Huawei"), 2),
        Arguments.of("statements-about", bind(), 4),
        Arguments.of("statements-about", bind("name", "Huawei"), 4),
        Arguments.of("unnamed-source-quotes", bind(), 1));
  }

  @ParameterizedTest(name = "{0} {1}: {2} rows")
  @MethodSource("cases")
  void every_saved_query_gives_one_row_per_fact_where_optional_parts_are_missing(String name, Map<String, String> values, int rows) {
    assertThat(run(name, values)).as(name + " " + values).hasSize(rows);
  }

  @Test
  void every_saved_query_is_tested_above() {
    Set<String> tested = new java.util.HashSet<>();
    cases().forEach(a -> tested.add((String) a.get()[0]));
    assertThat(tested).containsExactlyInAnyOrderElementsOf(SavedQueries.all().stream().map(SavedQueries.Saved::name).toList());
  }

  @Test
  void the_claim_without_claimant_in_dispute_has_no_one_as_its_maker() {
    List<Binding> rows = run("dispute", bind("name", "Huawei"));
    assertThat(rows).filteredOn(r -> r.get("article").getLiteralLexicalForm().equals("sparse")
        && r.get("kind").getLiteralLexicalForm().equals("1 claim")).singleElement()
        .satisfies(r -> assertThat(r.get("whoLabel")).isNull());
  }

  @Test
  void declared_variables_are_variables_of_the_query_and_follow_the_naming_convention() {
    for (SavedQueries.Saved s : SavedQueries.all()) {
      Set<String> vars = new java.util.HashSet<>();
      for (Var v : PatternVars.vars(QueryFactory.create(s.text()).getQueryPattern())) vars.add(v.getVarName());
      for (SavedQueries.Param p : s.params()) {
        assertThat(vars).as(s.name() + " declares " + p.name()).contains(p.name());
        assertThat(p.name()).as(s.name()).matches("name|entity|type|[a-z]+Name|[a-z]+");
        if (p.name().endsWith("Name") && !p.name().equals("name")) {
          String iriVar = p.name().substring(0, p.name().length() - 4);
          assertThat(vars).as(s.name() + ": " + p.name() + " names the entity ?" + iriVar).contains(iriVar);
        }
      }
      // descriptions are for people reading them in the browser, not command lines
      assertThat(s.description()).as(s.name()).doesNotContain("--bind", "@bind");
    }
  }

  @Test
  void an_unknown_variable_is_an_error_listing_the_known_ones() {
    assertThatThrownBy(() -> run("roles-of-organization", bind("orgName", "Huawei")))
        .isInstanceOf(NewsgraphException.Usage.class)
        .hasMessageContaining("'orgName'").hasMessageContaining("name, entity");
    assertThatThrownBy(() -> run("most-quoted", bind("name", "Huawei")))
        .isInstanceOf(NewsgraphException.Usage.class).hasMessageContaining("takes none");
  }

  @Test
  void prefixed_names_expand_with_the_query_or_the_contract_prefixes() {
    assertThat(Bindings.node("ng:Person", null).getURI()).isEqualTo(NG.NS + "Person");
    assertThat(Bindings.node("schema:Person", null).getURI()).isEqualTo("http://schema.org/Person");
    assertThat(Bindings.node("Huawei", null).isLiteral()).isTrue();
    assertThat(Bindings.node("Re: the talks", null).isLiteral()).isTrue();
    assertThat(Bindings.node("nosuchprefix:x", null).isLiteral()).isTrue();
    assertThat(Bindings.node("<http://example.org/x>", null).getURI()).isEqualTo("http://example.org/x");
  }
}
