package org.newsgraph.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule fixture (a sentence of our own with its CoNLL-U parse, no models): the whole
 * extractor runs over the parse, and the rule must find exactly what the fixture expects.
 */
class RuleFixturesTest {
  static List<RuleFixture> fixtures() {
    return RuleFixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void the_rule_finds_what_its_fixture_expects(RuleFixture f) {
    assertThat(RuleFixture.found(f.rule(), f.extract()))
        .as("%s (%s: %s)", f.name(), f.rule().id(), f.rule().matches())
        .contains(f.expect());
  }
}
