package org.newsgraph.extract.entity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.HandDoc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Entities, mentions and roles from hand-annotated sentences (no CoreNLP): name merging, country
 * aliases, coreference agreement, the "the company" fallback, furniture, and the role patterns.
 */
class EntityAndRoleExtractorTest {
  private static final HandDoc DOC = new HandDoc()
      .sentence("Acme/NNP/ORGANIZATION 's/POS chairman/NN/TITLE John/NNP/PERSON Smith/NNP/PERSON said/VBD the/DT company/NN would/MD grow/VB ./.")
      .sentence("Smith/NNP/PERSON added/VBD that/IN he/PRP expected/VBD it/PRP to/TO hire/VB ./.")
      .sentence("Jane/NNP/PERSON Doe/NNP/PERSON ,/, chief/JJ/TITLE executive/NN/TITLE of/IN Acme/NNP/ORGANIZATION ,/, agreed/VBD ./.")
      .sentence("US/NNP/COUNTRY President/NNP/TITLE Joe/NNP/PERSON Bloggs/NNP/PERSON visited/VBD the/DT U.S./NNP/COUNTRY plant/NN"
          + " and/CC the/DT United/NNP/COUNTRY States/NNP/COUNTRY embassy/NN ./.");

  /** The first token of the second sentence. */
  private static final int S1 = DOC.tok("added") - 1;

  static {
    int s1 = S1;
    // CoreNLP put "it" in the person's chain: gender agreement must keep it out
    DOC.coref(DOC.proper("John Smith"), DOC.proper("Smith", s1), DOC.pronoun("he", s1, "MALE"), DOC.pronoun("it", s1, "NEUTRAL"));
  }

  private static final AnnotatedText TEXT = DOC.annotated();
  private static final EntityIndex INDEX = new EntityExtractor().extract(DOC.article(), TEXT);

  private static Entity entity(String key) {
    Entity e = INDEX.get(key);
    assertThat(e).as("entity %s among %s", key, INDEX.entities()).isNotNull();
    return e;
  }

  private static List<String> anchorsOf(EntityIndex index, String key) {
    return index.mentions().stream().filter(m -> m.entity().equals(key)).map(Mention::anchor).toList();
  }

  @Test
  void names_become_entities_with_slug_keys_and_kinds() {
    assertThat(INDEX.entities()).extracting(Entity::key, Entity::kind, Entity::label).containsExactlyInAnyOrder(
        tuple("acme", EntityKind.ORGANIZATION, "Acme"),
        tuple("john-smith", EntityKind.PERSON, "John Smith"),
        tuple("jane-doe", EntityKind.PERSON, "Jane Doe"),
        tuple("united-states", EntityKind.COUNTRY, "United States"),
        tuple("joe-bloggs", EntityKind.PERSON, "Joe Bloggs"));
  }

  @Test
  void a_surname_alone_is_merged_into_the_full_name() {
    assertThat(entity("john-smith").altLabels()).containsExactly("Smith");
    assertThat(INDEX.entityAt(S1)).isEqualTo("john-smith");
  }

  @Test
  void us_and_u_s_and_united_states_are_one_country_linked_to_dbpedia() {
    Entity us = entity("united-states");
    assertThat(us.sameAs()).isEqualTo("http://dbpedia.org/resource/United_States");
    assertThat(us.altLabels()).containsExactlyInAnyOrder("US", "U.S.");
    assertThat(anchorsOf(INDEX, "united-states")).containsExactly("US", "U.S.", "United States");
  }

  @Test
  void the_possessive_is_not_part_of_the_name() {
    assertThat(anchorsOf(INDEX, "acme")).contains("Acme").doesNotContain("Acme's", "Acme 's");
  }

  @Test
  void he_in_a_chain_joins_the_person_and_it_does_not() {
    int s1 = S1;
    assertThat(INDEX.entityAt(DOC.tok("he", s1))).isEqualTo("john-smith");
    assertThat(INDEX.isName(DOC.tok("he", s1))).isFalse();
    assertThat(INDEX.entityAt(DOC.tok("it", s1))).isNull();
    assertThat(anchorsOf(INDEX, "john-smith")).containsExactly("John Smith", "Smith", "he");
  }

  @Test
  void the_company_goes_to_the_organisation_named_before_it() {
    assertThat(anchorsOf(INDEX, "acme")).containsExactly("Acme", "the company", "Acme");
  }

  @Test
  void every_mention_anchor_is_the_text_at_its_span() {
    for (Mention m : INDEX.mentions()) assertThat(TEXT.text(m.span())).isEqualTo(m.anchor());
  }

  @Test
  void a_title_between_organisation_and_name_is_a_role_in_the_organisation() {
    List<Role> roles = new RoleExtractor().extract(TEXT, INDEX);
    assertThat(roles).extracting(Role::holder, Role::name, Role::organization).containsExactlyInAnyOrder(
        tuple("john-smith", "chairman", "acme"),
        tuple("jane-doe", "chief executive", "acme"),
        tuple("joe-bloggs", "President", "united-states"));
    Role smith = roles.stream().filter(r -> r.holder().equals("john-smith")).findFirst().orElseThrow();
    assertThat(TEXT.text(smith.evidence())).isEqualTo("Acme's chairman John Smith");
    assertThat(smith.rule()).isEqualTo("title-org-name");
    Role doe = roles.stream().filter(r -> r.holder().equals("jane-doe")).findFirst().orElseThrow();
    assertThat(TEXT.text(doe.evidence())).isEqualTo("Jane Doe, chief executive of Acme");
    Role bloggs = roles.stream().filter(r -> r.holder().equals("joe-bloggs")).findFirst().orElseThrow();
    assertThat(TEXT.text(bloggs.evidence())).isEqualTo("US President Joe Bloggs");
  }

  @Test
  void a_person_merely_near_an_organisation_gets_no_role() {
    HandDoc d = new HandDoc()
        .sentence("Jane/NNP/PERSON Doe/NNP/PERSON met/VBD Globex/NNP/ORGANIZATION executives/NNS in/IN Paris/NNP/CITY ./.")
        .sentence("The/DT chairman/NN/TITLE declined/VBD to/TO comment/VB ./.");
    AnnotatedText t = d.annotated();
    EntityIndex index = new EntityExtractor().extract(d.article(), t);
    assertThat(index.kind("paris")).isEqualTo(EntityKind.PLACE);
    assertThat(new RoleExtractor().extract(t, index)).isEmpty();
  }

  @Test
  void two_people_with_one_surname_keep_a_lone_surname_apart() {
    HandDoc d = new HandDoc()
        .sentence("John/NNP/PERSON Smith/NNP/PERSON and/CC Mary/NNP/PERSON Smith/NNP/PERSON met/VBD ./.")
        .sentence("Smith/NNP/PERSON said/VBD nothing/NN ./.");
    EntityIndex index = new EntityExtractor().extract(d.article(), d.annotated());
    assertThat(index.entities()).extracting(Entity::label).containsExactlyInAnyOrder("John Smith", "Mary Smith", "Smith");
  }

  @Test
  void it_joins_an_organisation_and_he_does_not() {
    HandDoc d = new HandDoc()
        .sentence("Globex/NNP/ORGANIZATION said/VBD it/PRP would/MD appeal/VB ./.")
        .sentence("Later/RB he/PRP called/VBD ./.");
    d.coref(d.proper("Globex"), d.pronoun("it", 0, "NEUTRAL"), d.pronoun("he", 0, "MALE"));
    EntityIndex index = new EntityExtractor().extract(d.article(), d.annotated());
    assertThat(index.entityAt(d.tok("it"))).isEqualTo("globex");
    assertThat(index.entityAt(d.tok("he"))).isNull();
  }

  @Test
  void a_pronoun_of_the_other_gender_than_the_full_name_stays_out() {
    // coreference guessed the lone surname male and chained "he" to it; the full name says female
    HandDoc d = new HandDoc()
        .sentence("Maria/NNP/PERSON Lopez/NNP/PERSON resigned/VBD ./.")
        .sentence("Lopez/NNP/PERSON said/VBD she/PRP was/VBD tired/JJ ./.")
        .sentence("Reed/NNP/PERSON said/VBD he/PRP was/VBD sorry/JJ ./.");
    int s1 = d.tok("Lopez", 2);
    d.coref(d.proper("Maria Lopez", 0, "FEMALE"), d.proper("Lopez", s1, "MALE"), d.pronoun("she", 0, "FEMALE"),
        d.pronoun("he", 0, "MALE"));
    EntityIndex index = new EntityExtractor().extract(d.article(), d.annotated());
    assertThat(index.entityAt(d.tok("she"))).isEqualTo("maria-lopez");
    assertThat(index.entityAt(d.tok("he"))).isNull();
  }

  @Test
  void nothing_is_found_in_page_furniture() {
    HandDoc d = new HandDoc()
        .sentence("Acme/NNP/ORGANIZATION opened/VBD a/DT plant/NN ./.")
        .sentence("Read/VB more/RBR :/: Globex/NNP/ORGANIZATION sues/VBZ Initech/NNP/ORGANIZATION");
    assertThat(d.article().furniture()).hasSize(1);
    EntityIndex index = new EntityExtractor().extract(d.article(), d.annotated());
    assertThat(index.entities()).extracting(Entity::label).containsExactly("Acme");
  }

  @Test
  void capitalised_words_ending_in_an_event_head_are_an_event_unless_a_country_leads() {
    HandDoc d = new HandDoc()
        .sentence("She/PRP spoke/VBD at/IN the/DT Global/NNP Tech/NNP Summit/NNP in/IN Lisbon/NNP/CITY ./.")
        .sentence("The/DT US/NNP/COUNTRY Congress/NNP/ORGANIZATION voted/VBD ./.");
    EntityIndex index = new EntityExtractor().extract(d.article(), d.annotated());
    assertThat(index.entities()).extracting(Entity::label, Entity::kind).contains(
        tuple("Global Tech Summit", EntityKind.EVENT), tuple("Lisbon", EntityKind.PLACE));
    assertThat(index.entities()).extracting(Entity::kind).containsOnlyOnce(EntityKind.EVENT);
  }

  @Test
  void a_nationality_is_no_entity_but_names_its_country() {
    HandDoc d = new HandDoc().sentence("American/JJ/NATIONALITY officials/NNS met/VBD ./.");
    assertThat(new EntityExtractor().extract(d.article(), d.annotated()).entities()).isEmpty();
    assertThat(Names.country("American")).isEqualTo("United States");
  }
}
