package org.newsgraph.extract.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;

class ConllUTest {
  private static final String TEXT = String.join("\n",
      "# text = Headline",
      "1\tHeadline\theadline\t_\tNN\t_\t0\troot\t_\t_",
      "",
      "# newpar",
      "1\tJane\tJane\t_\tNNP\t_\t3\tnsubj\t_\tNER=PERSON|Ent=B-PERSON",
      "2\tDoe\tDoe\t_\tNNP\t_\t1\tflat\t_\tNER=PERSON|Ent=I-PERSON",
      "3\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
      "4\t.\t.\t_\t.\t_\t3\tpunct\t_\t_",
      "");

  @Test
  void a_parse_reads_into_tokens_sentences_paragraphs_and_mentions() {
    AnnotatedText doc = ConllU.read(TEXT, "t.conllu");
    assertThat(doc.text()).isEqualTo("Headline\nJane Doe said.");
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.entityMentions()).singleElement().satisfies(m -> {
      assertThat(m.first()).isEqualTo(1);
      assertThat(m.end()).isEqualTo(3);
      assertThat(m.ner()).isEqualTo("PERSON");
    });
    ParseView p = new ParseView(doc);
    assertThat(p.head(1)).isEqualTo(3);
    assertThat(p.child(3, "nsubj")).isEqualTo(1);
    assertThat(p.lemma(3)).isEqualTo("say");
    assertThat(p.lineBreakBetween(0, 1)).isTrue();
  }

  @Test
  void line_breaks_are_found_by_code_point_even_after_characters_outside_the_basic_plane() {
    AnnotatedText doc = ConllU.read(String.join("\n",
        "1\t\uD83D\uDE00\t\uD83D\uDE00\t_\tNFP\t_\t2\tdiscourse\t_\t_",
        "2\tWow\twow\t_\tUH\t_\t0\troot\t_\t_",
        "",
        "# newpar",
        "1\tShe\tshe\t_\tPRP\t_\t2\tnsubj\t_\t_",
        "2\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
        "3\t.\t.\t_\t.\t_\t2\tpunct\t_\t_",
        ""), "emoji.conllu");
    assertThat(doc.text()).isEqualTo("\uD83D\uDE00 Wow\nShe said.");
    ParseView p = new ParseView(doc);
    assertThat(p.lineBreakBetween(0, 1)).isFalse();
    assertThat(p.lineBreakBetween(1, 2)).isTrue();
    assertThat(p.lineBreakBetween(0, 3)).isTrue();
    assertThat(p.lineBreakBetween(2, 3)).isFalse();
    assertThat(p.lineBreakBetween(3, 2)).isFalse();
    assertThat(p.paragraphs()).containsExactly(0, 0, 1, 1, 1);
  }

  @Test
  void writing_and_reading_again_gives_the_same_text() {
    AnnotatedText doc = ConllU.read(TEXT, "t.conllu");
    AnnotatedText again = ConllU.read(ConllU.write(doc), "again");
    assertThat(again).isEqualTo(doc);
  }

  @Test
  void a_bad_line_names_the_input_and_line() {
    assertThatThrownBy(() -> ConllU.read("1\tJane\tJane\t_\tNNP\t_\tx\tnsubj\t_\t_\n", "bad.conllu"))
        .hasMessage("bad.conllu: line 1: HEAD is not a number: 'x'");
  }
}
