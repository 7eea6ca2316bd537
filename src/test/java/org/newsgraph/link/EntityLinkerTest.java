package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/** The linker and identity on a tiny dictionary of our own, built into an index as on first use. */
class EntityLinkerTest {
  private static final String DICT = String.join("\n",
      "Obama\tBarack_Obama\t0.94",
      "Barack Obama\tBarack_Obama\t0.99",
      "Peng\tPeng_Shuai\t0.43",
      "Ford Motor Co\tBP_Ford_World_Rally_Team\t0.5",
      "Ford Motor\tFord_Motor_Company\t0.97",
      "Paxar\tPaxar\t1.0",
      "Burlington\tBurlington,_Vermont\t0.25",
      "Burlington Industries\tBurlington_Industries\t0.98",
      "Huawei\tHuawei\t1.0",
      "http://en.wikipedia.org/wiki/Huawei\tHuawei\t1.0",
      "Clinton\tBill_Clinton\t0.28",
      "Hillary Clinton\tHillary_Clinton\t0.99",
      "United States\tUnited_States\t0.9",
      "Tenn\tWilliam_Tenn\t0.6",
      "Tennessee\tTennessee\t0.8",
      "Georgia (U.S. state)\tGeorgia_(U.S._state)\t0.99",
      "South Carolina\tSouth_Carolina_State_University\t0.87",
      "Houston\tHouston,_Texas\t0.79",
      "Fayetteville\tFayetteville,_Arkansas\t0.5",
      "London\tLondon\t0.9",
      "London Metal Exchange\tLondon_Metal_Exchange\t0.99",
      "Cetus\tCetus\t0.98",
      "Cetus Corporation\tCetus_Corporation\t1.0",
      "J.P. Morgan\tJ._P._Morgan\t0.9") + "\n";

  @TempDir static Path dir;
  static WikiIndex kb;

  @BeforeAll
  static void build() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(DICT.getBytes(StandardCharsets.UTF_8));
    }
    List<String> progress = new ArrayList<>();
    Path file = dir.resolve("sub").resolve("tiny.idx");
    WikiIndexBuilder.build(new ByteArrayInputStream(gz.toByteArray()), file, progress::add);
    assertThat(progress).last().asString().contains("written to");
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tiny.idx");  // no .part left
    }
    kb = KnowledgeBase.openOrBuild(file, progress::add);
  }

  @Test
  void index_finds_forms_and_drops_addresses() {
    assertThat(kb.best("Huawei").title()).isEqualTo("Huawei");
    assertThat(kb.best("Barack  Obama").prior()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(0.001));
    assertThat(kb.candidates("http://en.wikipedia.org/wiki/Huawei")).isEmpty();
    assertThat(kb.candidates("Nobody Here")).isEmpty();
  }

  @Test
  void a_short_form_of_a_person_never_links_on_its_own() {
    Map<String, EntityLinker.Link> links = new EntityLinker(kb).link(List.of(
        new Entity("peng-liyuan", EntityKind.PERSON, "Peng Liyuan", List.of("Peng"), null)));
    assertThat(links).isEmpty();
  }

  @Test
  void legal_suffixes_are_stripped_and_the_likelier_reading_wins() {
    var linker = new EntityLinker(kb);
    assertThat(linker.link(List.of(org("paxar-corp", "Paxar Corp"))).get("paxar-corp").title()).isEqualTo("Paxar");
    assertThat(linker.link(List.of(org("ford-motor-co", "Ford Motor Co"))).get("ford-motor-co").title()).isEqualTo("Ford_Motor_Company");
    assertThat(EntityLinker.stripSuffix("Smith and Co.")).isEqualTo("Smith");
  }

  @Test
  void a_short_form_takes_the_link_of_the_longer_name_in_the_article() {
    var links = new EntityLinker(kb).link(List.of(
        new Entity("burlington-industries-inc", EntityKind.ORGANIZATION, "Burlington Industries Inc", List.of(), null),
        new Entity("burlington", EntityKind.PLACE, "Burlington", List.of(), null)));
    assertThat(links.get("burlington").title()).isEqualTo("Burlington_Industries");
  }

  @Test
  void a_surname_alone_joins_the_person_the_kb_reads_it_as_when_the_prior_is_high() {
    Identity identity = new Identity(kb);
    ArticleFacts obama = identity.resolve(facts("Obama said so.", person("obama", "Obama")));
    assertThat(obama.entities()).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("barack-obama");
      assertThat(e.label()).isEqualTo("Barack Obama");
      assertThat(e.altLabels()).containsExactly("Obama");
      assertThat(e.sameAs()).isEqualTo("http://dbpedia.org/resource/Barack_Obama");
    });
    assertThat(obama.mentions()).extracting(Mention::entity).containsExactly("barack-obama");
    // "Clinton" is Bill only 28 % of the time: it stays its own
    assertThat(identity.resolve(facts("Clinton said so.", person("clinton", "Clinton"))).entities())
        .extracting(Entity::key).containsExactly("clinton");
  }

  @Test
  void identity_does_not_depend_on_the_order_of_articles() {
    ArticleFacts a = facts("Obama said so.", person("obama", "Obama"));
    ArticleFacts b = facts("Barack Obama met Huawei.", person("barack-obama", "Barack Obama"),
        new Entity("huawei-technologies", EntityKind.ORGANIZATION, "Huawei Technologies", List.of("Huawei"), null));
    Identity one = new Identity(kb);
    List<Entity> first = new ArrayList<>(one.resolve(a).entities());
    first.addAll(one.resolve(b).entities());
    Identity two = new Identity(kb);
    List<Entity> second = new ArrayList<>(two.resolve(b).entities());
    second.addAll(0, two.resolve(a).entities());
    assertThat(second).isEqualTo(first);
    assertThat(first).extracting(Entity::key).containsExactly("barack-obama", "barack-obama", "huawei");
  }

  @Test
  void two_names_of_one_article_with_one_link_are_one_entity() {
    ArticleFacts f = new Identity(kb).resolve(facts("Barack Obama and Obama.",
        person("barack-obama", "Barack Obama"), person("obama", "Obama")));
    assertThat(f.entities()).singleElement().satisfies(e -> assertThat(e.altLabels()).contains("Obama"));
    assertThat(f.mentions()).extracting(Mention::entity).containsOnly("barack-obama");
  }

  @Test
  void a_state_abbreviation_after_a_city_is_the_state_and_states_the_index_misreads_are_read_by_table() {
    Identity identity = new Identity(kb);
    Entity tenn = new Entity("tenn", EntityKind.PERSON, "Tenn", List.of(), null);
    ArticleFacts dateline = identity.resolve(facts("NASHVILLE, Tenn, March 3 - Sales rose.", tenn));
    assertThat(dateline.entities()).singleElement().satisfies(e -> {
      assertThat(e.sameAs()).isEqualTo("http://dbpedia.org/resource/Tennessee");
      assertThat(e.kind()).isEqualTo(EntityKind.PLACE);  // NER's Person, retyped by the link
    });
    // not after "Place,": the word is left to the dictionary (here the writer William Tenn)
    assertThat(identity.resolve(facts("Tenn wrote it.", tenn)).entities()).singleElement()
        .satisfies(e -> assertThat(e.sameAs()).isEqualTo("http://dbpedia.org/resource/William_Tenn"));
    var links = new EntityLinker(kb).link(List.of(new Entity("south-carolina", EntityKind.PLACE, "South Carolina", List.of(), null),
        new Entity("ga", EntityKind.PLACE, "Ga.", List.of(), null)), java.util.Set.of("ga"));
    assertThat(links.get("south-carolina").title()).isEqualTo("South_Carolina");
    assertThat(links.get("ga").title()).isEqualTo("Georgia_(U.S._state)");  // the index's "(U.S. state)" article
  }

  @Test
  void cities_the_ap_lets_stand_alone_take_their_current_titles() {
    var links = new EntityLinker(kb).link(List.of(place("houston", "Houston"), place("fayetteville", "Fayetteville")));
    assertThat(links.get("houston").title()).isEqualTo("Houston");
    assertThat(links.get("fayetteville").title()).isEqualTo("Fayetteville,_Arkansas");
    assertThat(UsStates.currentTitle("Houston,_Texas")).isEqualTo("Houston");
    assertThat(UsStates.currentTitle("Houston,_Scotland")).isEqualTo("Houston,_Scotland");
  }

  @Test
  void a_place_does_not_take_the_link_of_an_organisation_named_after_it() {
    var links = new EntityLinker(kb).link(List.of(org("london-metal-exchange", "London Metal Exchange"), place("london", "London")));
    assertThat(links.get("london").title()).isEqualTo("London");
  }

  @Test
  void legal_forms_are_tried_spelled_out_and_a_last_name_word_takes_the_full_names_link() {
    var linker = new EntityLinker(kb);
    assertThat(linker.link(List.of(org("cetus-corp", "Cetus Corp"))).get("cetus-corp").title()).isEqualTo("Cetus_Corporation");
    var links = linker.link(List.of(org("j-p-morgan-and-co-inc", "J.P. Morgan and Co Inc"), org("morgan", "Morgan")));
    assertThat(links.get("morgan").title()).isEqualTo("J._P._Morgan");
  }

  @Test
  void a_lone_person_name_that_names_a_company_of_the_article_is_that_company() {
    Identity identity = new Identity(kb);
    ArticleFacts f = identity.resolve(facts("J.P. Morgan and Co Inc said. Morgan added.",
        org("j-p-morgan-and-co-inc", "J.P. Morgan and Co Inc"), person("morgan", "Morgan")));
    assertThat(f.entities()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);
      assertThat(e.sameAs()).isEqualTo("http://dbpedia.org/resource/J._P._Morgan");
    });
    // with a person of that name in the article, "Morgan" is that person
    ArticleFacts g = identity.resolve(facts("J.P. Morgan and Co Inc hired Ann Morgan. Morgan added.",
        org("j-p-morgan-and-co-inc", "J.P. Morgan and Co Inc"),
        new Entity("ann-morgan", EntityKind.PERSON, "Ann Morgan", List.of(), null), person("morgan", "Morgan")));
    assertThat(g.entities()).extracting(Entity::key).containsExactly("j-p-morgan", "ann-morgan", "morgan");
    assertThat(g.entities().get(2).kind()).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void countries_and_the_eu_have_wikidata_items_from_the_shipped_table() {
    assertThat(CountryIds.qid("United States")).isEqualTo("Q30");   // by ISO code (the table says "United States of America")
    assertThat(CountryIds.qid("Denmark")).isEqualTo("Q35");         // by name: Denmark proper, as dbr:Denmark
    assertThat(CountryIds.qid("France")).isEqualTo("Q142");
    assertThat(CountryIds.qid("Ostland")).isNull();
    assertThat(CountryIds.wikidata(new Entity("germany", EntityKind.COUNTRY, "Germany", List.of(), null)))
        .isEqualTo("http://www.wikidata.org/entity/Q183");
    assertThat(CountryIds.wikidata(new Entity("european-union", EntityKind.ORGANIZATION, "European Union", List.of(),
        "http://dbpedia.org/resource/European_Union"))).isEqualTo("http://www.wikidata.org/entity/Q458");
    assertThat(CountryIds.wikidata(org("huawei", "Huawei"))).isNull();
  }

  private static Entity place(String key, String label) {
    return new Entity(key, EntityKind.PLACE, label, List.of(), null);
  }

  private static Entity org(String key, String label) {
    return new Entity(key, EntityKind.ORGANIZATION, label, List.of(), null);
  }

  private static Entity person(String key, String label) {
    return new Entity(key, EntityKind.PERSON, label, List.of(), null);
  }

  private static ArticleFacts facts(String text, Entity... entities) {
    Article article = Article.ofText("t", text, null, "test", List.of());
    List<Mention> ms = new ArrayList<>();
    for (Entity e : entities) {
      int at = text.indexOf(e.label());
      if (at >= 0) ms.add(new Mention(new Span(at, at + e.label().length()), e.label(), e.key()));
    }
    return new ArticleFacts(article, List.of(entities), ms, List.of(), List.of(), List.of(), List.of());
  }
}
