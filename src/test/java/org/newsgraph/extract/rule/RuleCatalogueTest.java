package org.newsgraph.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/** The rule catalogue against its fixtures, the graph the rules write, and the graph contract's shapes. */
class RuleCatalogueTest {
  private static final String SH = "http://www.w3.org/ns/shacl#";

  @Test
  void every_rule_of_the_catalogue_has_a_fixture() {
    Set<Rule> covered = new LinkedHashSet<>();
    for (RuleFixture f : RuleFixture.all()) covered.add(f.rule());
    List<Rule> missing = new ArrayList<>(Arrays.asList(Rule.values()));
    missing.removeAll(covered);
    assertThat(missing).as("rules without a fixture under " + RuleFixture.DIR).isEmpty();
  }

  @Test
  void every_rule_says_what_it_matches_with_an_example_and_a_confidence() {
    for (Rule r : Rule.values()) {
      assertThat(r.matches()).as(r.id()).isNotBlank();
      assertThat(r.example()).as(r.id()).isNotBlank();
      assertThat(r.confidence()).as(r.id()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(Rule.byId(r.id())).isSameAs(r);
    }
  }

  @Test
  void every_rule_id_in_the_graph_of_the_fixtures_is_in_the_catalogue() {
    ArticleGraph rdf = new ArticleGraph(Iris.defaults(), new ExtractionRun("test-run", "test", "none", "none", Instant.EPOCH));
    Set<String> ids = new LinkedHashSet<>();
    for (RuleFixture f : RuleFixture.all()) {
      for (Quad q : rdf.quads(f.extract())) {
        Triple t = q.asTriple();
        Node o = t.getObject();
        if (t.getPredicate().equals(NG.Nodes.rule)) ids.addAll(List.of(o.getLiteralLexicalForm().split("\\+")));
        if (t.getPredicate().equals(NG.Nodes.stanceRule)) ids.add(o.getLiteralLexicalForm());  // one rule a value
      }
    }
    assertThat(ids).isNotEmpty();
    for (String id : ids) assertThat(Rule.byId(id)).as("rule id '" + id + "' in the graph is not in the catalogue").isNotNull();
  }

  @Test
  void the_shapes_list_the_statement_and_role_rules_of_the_catalogue() {
    Model shapes = ModelFactory.createDefaultModel();
    RDFDataMgr.read(shapes, "ontology/shapes.ttl");
    assertThat(ruleValues(shapes, "Statement", NG.rule)).containsExactlyElementsOf(ids(Stage.STATEMENT));
    assertThat(ruleValues(shapes, "Statement", NG.stanceRule)).containsExactlyElementsOf(ids(Stage.STANCE));
    assertThat(ruleValues(shapes, "Role", NG.rule)).containsExactlyElementsOf(ids(Stage.ROLE));
  }

  private static List<String> ids(Stage stage) {
    return Rule.inOrder(stage).stream().map(Rule::id).toList();
  }

  /** The {@code sh:in} list of a rule property ({@code ng:rule}, {@code ng:stanceRule}) of a node shape. */
  private static List<String> ruleValues(Model shapes, String shape, org.apache.jena.rdf.model.Property path) {
    Resource node = shapes.getResource("https://w3id.org/newsgraph/shapes#" + shape);
    for (Statement p : node.listProperties(shapes.getProperty(SH + "property")).toList()) {
      Resource prop = p.getResource();
      if (!prop.hasProperty(shapes.getProperty(SH + "path"), shapes.getResource(path.getURI()))) continue;
      RDFList in = prop.getPropertyResourceValue(shapes.getProperty(SH + "in")).as(RDFList.class);
      return in.asJavaList().stream().map(RDFNode::asLiteral).map(l -> l.getLexicalForm()).toList();
    }
    throw new AssertionError("no " + path.getLocalName() + " property with sh:in on shape " + shape);
  }
}
