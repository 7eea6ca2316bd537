package org.newsgraph.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.parse.ConllU;
import org.newsgraph.extract.parse.ParseView;

/** The source candidates of a cue on parses of our own sentences, as CoreNLP parses such sentences. */
class SourceCandidatesTest {
  private static ParseView parse(String... rows) {
    return new ParseView(ConllU.read("# newpar\n" + String.join("\n", rows) + "\n", "t.conllu"));
  }

  /** The candidates at the anchor, with a content of the tokens from {@code contentFrom} on, as "kind=words". */
  private static List<String> candidates(ParseView p, int anchor, int contentFrom) {
    BitSet cue = new BitSet();
    cue.set(anchor);
    BitSet content = new BitSet();
    content.set(contentFrom, p.size());
    return SourceCandidates.candidates(p, anchor, cue, content, null).stream()
        .map(m -> m.kind() + "=" + (m.none() ? "" : p.text(m.tokens().nextSetBit(0), m.tokens().length())))
        .toList();
  }

  @Test
  void the_subject_inside_a_clause_the_parser_took_for_the_cues_subject() {
    ParseView p = parse(
        "1\tPeople\tperson\t_\tNNS\t_\t2\tnsubj\t_\t_",
        "2\tbriefed\tbrief\t_\tVBD\t_\t6\tcsubj\t_\t_",
        "3\ton\ton\t_\tIN\t_\t5\tcase\t_\t_",
        "4\tthe\tthe\t_\tDT\t_\t5\tdet\t_\t_",
        "5\ttalks\ttalk\t_\tNNS\t_\t2\tobl\t_\t_",
        "6\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_",
        "7\tit\tit\t_\tPRP\t_\t9\tnsubj\t_\t_",
        "8\twas\tbe\t_\tVBD\t_\t9\tcop\t_\t_",
        "9\tclose\tclose\t_\tJJ\t_\t6\tccomp\t_\t_");
    assertThat(candidates(p, 5, 6)).contains("csubj-subject=People", "csubj=People briefed on the talks", "none=");
  }

  @Test
  void the_noun_a_participle_modifies() {
    ParseView p = parse(
        "1\tProtesters\tprotester\t_\tNNS\t_\t2\tnsubj\t_\t_",
        "2\tcarried\tcarry\t_\tVBD\t_\t0\troot\t_\t_",
        "3\ta\ta\t_\tDT\t_\t4\tdet\t_\t_",
        "4\tbanner\tbanner\t_\tNN\t_\t2\tobj\t_\t_",
        "5\tsaying\tsay\t_\tVBG\t_\t4\tacl\t_\t_",
        "6\tthe\tthe\t_\tDT\t_\t7\tdet\t_\t_",
        "7\tmayor\tmayor\t_\tNN\t_\t9\tnsubj\t_\t_",
        "8\tmust\tmust\t_\tMD\t_\t9\taux\t_\t_",
        "9\tresign\tresign\t_\tVB\t_\t5\tccomp\t_\t_");
    assertThat(candidates(p, 4, 5)).contains("acl-noun=a banner", "up2:acl>nsubj=Protesters");
  }

  @Test
  void the_nearest_name_before_a_cue_whose_subject_the_parser_hung_elsewhere() {
    ParseView p = parse(
        "1\tSpeaking\tspeak\t_\tVBG\t_\t8\tadvcl\t_\t_",
        "2\tat\tat\t_\tIN\t_\t3\tcase\t_\t_",
        "3\theadquarters\theadquarters\t_\tNN\t_\t1\tobl\t_\tSpaceAfter=No",
        "4\t,\t,\t_\t,\t_\t3\tpunct\t_\t_",
        "5\tAung\tAung\t_\tNNP\t_\t6\tcompound\t_\tNER=PERSON|Ent=B-PERSON",
        "6\tMin\tMin\t_\tNNP\t_\t3\tappos\t_\tNER=PERSON|Ent=I-PERSON|SpaceAfter=No",
        "7\t,\t,\t_\t,\t_\t3\tpunct\t_\t_",
        "8\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_",
        "9\tit\tit\t_\tPRP\t_\t11\tnsubj\t_\t_",
        "10\twas\tbe\t_\tVBD\t_\t11\tcop\t_\t_",
        "11\tearly\tearly\t_\tJJ\t_\t8\tccomp\t_\t_");
    assertThat(candidates(p, 7, 8)).contains("name-before=Aung Min");
  }

  @Test
  void a_name_inside_a_quotation_is_no_candidate() {
    ParseView p = parse(
        "1\t\"\t\"\t_\t``\t_\t3\tpunct\t_\tSpaceAfter=No",
        "2\tSmith\tSmith\t_\tNNP\t_\t3\tnsubj\t_\tNER=PERSON|Ent=B-PERSON",
        "3\twon\twin\t_\tVBD\t_\t6\tccomp\t_\tSpaceAfter=No",
        "4\t\"\t\"\t_\t''\t_\t3\tpunct\t_\t_",
        "5\tpeople\tperson\t_\tNNS\t_\t6\tnsubj\t_\t_",
        "6\tsay\tsay\t_\tVBP\t_\t0\troot\t_\t_");
    assertThat(candidates(p, 5, 6)).noneMatch(c -> c.startsWith("name-before"));
  }
}
