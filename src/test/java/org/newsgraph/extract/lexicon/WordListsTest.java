package org.newsgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The word lists that are tables (headline forms, evidence nouns): what they give, and errors naming file and line. */
class WordListsTest {
  @Test
  void headline_forms_drop_nouns_and_keep_the_forms_marked_always() {
    assertThat(CueWords.isHeadlineCue("Says")).isTrue();
    assertThat(CueWords.isHeadlineCue("Points")).isFalse();
    assertThat(CueWords.isHeadlineCue("Slams")).isTrue();
    assertThat(CueWords.isHeadlineCue("Calls")).isTrue();
  }

  @Test
  void a_bad_headline_column_names_the_file_and_line() {
    assertThatThrownBy(() -> CueWords.headlineCorrections("lexicon-test/bad-headline-forms.tsv"))
        .hasMessage("lexicon-test/bad-headline-forms.tsv:3: expected form<TAB>never or form<TAB>always, got 'calls\tsometimes'");
    assertThatThrownBy(() -> CueWords.headlineCorrections("lexicon-test/twice-headline-forms.tsv"))
        .hasMessage("lexicon-test/twice-headline-forms.tsv:3: 'points' is listed twice");
  }

  @Test
  void evidence_nouns_mark_the_ones_whose_negation_denies() {
    assertThat(StanceLexicon.EVIDENCE_NOUNS).contains("evidence", "proof", "basis");
    assertThat(StanceLexicon.DENIAL_EVIDENCE_NOUNS).containsExactlyInAnyOrder("evidence", "proof");
  }

  @Test
  void a_bad_evidence_column_names_the_file_and_line() {
    assertThatThrownBy(() -> StanceLexicon.evidenceNouns("lexicon-test/bad-evidence.tsv", false))
        .hasMessage("lexicon-test/bad-evidence.tsv:3: expected noun, or noun<TAB>denial, got 'proof\tdenied'");
  }
}
