package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Shapes;

/**
 * Entities, coreference and roles through the real CoreNLP pipeline, on a short news story of our
 * own: people with titles, a company later called "the company", a country by abbreviation.
 */
class ExtractorTest {
  private static final String TEXT = String.join("\n",
      "Globex recalls 40,000 scooters",
      "Globex chief executive Maria Lopez said on Monday that the company would recall 40,000 electric scooters after"
          + " a series of battery fires.",
      "The recall follows complaints from customers in the U.S. and Canada, Lopez told reporters in Chicago, adding that"
          + " she regretted the delay.",
      "US Senator Tom Reed, who has called for tougher safety rules, said he welcomed the decision.",
      "The company expects the recall to cost about $20 million.");
  private static final Article ARTICLE = new ArticleReader(ReaderOptions.defaults()).textArticle("globex-recall", TEXT, "test");
  private static final ArticleFacts FACTS = new Extractor().extract(ARTICLE, TestNlp.annotate(ARTICLE));

  private static String key(String label) {
    return FACTS.entities().stream().filter(e -> e.label().equals(label)).map(Entity::key).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + label + " in " + FACTS.entities()));
  }

  private static List<String> anchors(String label) {
    String k = key(label);
    return FACTS.mentions().stream().filter(m -> m.entity().equals(k)).map(Mention::anchor).toList();
  }

  @Test
  void people_organisation_places_and_countries_are_found_once_each() {
    assertThat(FACTS.entities()).extracting(Entity::label, Entity::kind).contains(
        tuple("Globex", EntityKind.ORGANIZATION),
        tuple("Maria Lopez", EntityKind.PERSON),
        tuple("Tom Reed", EntityKind.PERSON),
        tuple("United States", EntityKind.COUNTRY),
        tuple("Canada", EntityKind.COUNTRY),
        tuple("Chicago", EntityKind.PLACE));
    assertThat(FACTS.entities()).extracting(Entity::label).doesNotHaveDuplicates()
        .doesNotContain("Lopez", "US", "U.S.", "the company", "he");
    assertThat(key("Maria Lopez")).isEqualTo("maria-lopez");
  }

  @Test
  void a_surname_and_an_abbreviated_country_join_their_entity() {
    assertThat(anchors("Maria Lopez")).contains("Maria Lopez", "Lopez");
    assertThat(anchors("United States")).contains("U.S.", "US");
  }

  @Test
  void the_company_refers_to_the_organisation() {
    assertThat(anchors("Globex")).contains("Globex", "the company", "The company");
  }

  private static List<String> entitiesAt(String phrase) {
    int at = TEXT.indexOf(phrase);  // ASCII text: chars are code points
    return FACTS.mentions().stream().filter(m -> m.span().begin() == at).map(Mention::entity).toList();
  }

  @Test
  void she_refers_to_the_chief_executive_and_he_not() {
    assertThat(entitiesAt("she regretted")).containsExactly(key("Maria Lopez"));
    // coreference chains this "he" to "Lopez" (guessed male); the full name says otherwise
    assertThat(entitiesAt("he welcomed")).doesNotContain(key("Maria Lopez"));
  }

  @Test
  void titles_become_roles_in_the_organisation_or_country() {
    assertThat(FACTS.roles()).extracting(Role::holder, r -> r.name().toLowerCase(), Role::organization).contains(
        tuple(key("Maria Lopez"), "chief executive", key("Globex")),
        tuple(key("Tom Reed"), "senator", key("United States")));
  }

  @Test
  void every_anchor_is_the_text_at_its_span_and_the_graph_conforms() {
    for (Mention m : FACTS.mentions()) {
      assertThat(TEXT.substring(m.span().begin(), m.span().end())).isEqualTo(m.anchor());
    }
    Graph g = GraphFactory.createDefaultGraph();
    new ArticleGraph(Iris.defaults(), Ingestor.newRun("test")).quads(FACTS).forEach(q -> g.add(q.asTriple()));
    assertThat(Shapes.validate(g).getEntries()).isEmpty();
  }
}
