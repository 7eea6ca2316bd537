package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Canonical country and organisation names, and slugs. */
class NamesTest {
  @Test
  void abbreviations_and_the_full_name_give_one_country() {
    for (String alias : new String[] {"U.S.", "US", "USA", "United States", "the United States", "the U.S.", "America"}) {
      assertThat(Names.country(alias)).as(alias).isEqualTo("United States");
    }
    assertThat(Names.country("UK")).isEqualTo("United Kingdom");
    assertThat(Names.country("Britain")).isEqualTo("United Kingdom");
    assertThat(Names.country("france")).as("lowercase lookup of a full name").isEqualTo("France");
  }

  @Test
  void demonyms_name_their_country() {
    assertThat(Names.country("American")).isEqualTo("United States");
    assertThat(Names.country("Chinese")).isEqualTo("China");
    assertThat(Names.country("British")).isEqualTo("United Kingdom");
    assertThat(Names.country("South Korean")).isEqualTo("South Korea");
  }

  @Test
  void the_pronoun_us_and_unknown_names_are_no_country() {
    assertThat(Names.country("us")).isNull();
    assertThat(Names.country("Acme")).isNull();
    assertThat(Names.country("Smith")).isNull();
  }

  @Test
  void every_iso_country_is_canonical_under_its_english_name() {
    assertThat(Names.isCanonicalCountry("Germany")).isTrue();
    assertThat(Names.isCanonicalCountry("United States")).isTrue();
    assertThat(Names.isCanonicalCountry("US")).isFalse();
  }

  @Test
  void organisations_by_short_form() {
    assertThat(Names.organization("EU")).isEqualTo("European Union");
    assertThat(Names.organization("the EU")).isEqualTo("European Union");
    assertThat(Names.organization("NATO")).isEqualTo("North Atlantic Treaty Organization");
    assertThat(Names.organization("Acme")).isNull();
    assertThat(Names.isKnownOrganization("European Union")).isTrue();
    assertThat(Names.dbpedia("European Union")).isEqualTo("http://dbpedia.org/resource/European_Union");
  }

  @Test
  void slugs_are_lowercase_words_joined_by_hyphens_without_accents() {
    assertThat(Names.slug("Guo Ping")).isEqualTo("guo-ping");
    assertThat(Names.slug("José Núñez")).isEqualTo("jose-nunez");
    assertThat(Names.slug("Zoë Ångström")).isEqualTo("zoe-angstrom");
    assertThat(Names.slug("  Procter & Gamble Co. ")).isEqualTo("procter-gamble-co");
    assertThat(Names.slug("McDonald's")).isEqualTo("mcdonalds");
    assertThat(Names.slug("United States")).isEqualTo("united-states");
    assertThat(Names.slug("G7")).isEqualTo("g7");
  }

  @Test
  void a_name_with_no_letter_or_digit_still_gets_a_stable_slug() {
    assertThat(Names.slug("!!!")).startsWith("x").isEqualTo(Names.slug("!!!")).isNotEqualTo(Names.slug("???"));
  }
}
