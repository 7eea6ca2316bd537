package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  static final String TEXT = "The minister spoke first. Mr. Kent said the plan \u201Cwill not work.\u201D Others disagreed.\nA new paragraph.";

  static Snippets.Mark mark(String s, String css) {
    int b = TEXT.indexOf(s);
    return new Snippets.Mark(b, b + s.length(), css);
  }

  @Test
  void shows_the_whole_sentence_with_its_marks() {
    String html = Snippets.sentence(TEXT, List.of(mark("will not work.", "content"), mark("said", "cue")));
    assertThat(html).isEqualTo("Mr. Kent <mark class=\"cue\">said</mark> the plan \u201C<mark class=\"content\">will not work.</mark>\u201D");
  }

  @Test
  void stops_at_a_paragraph_break() {
    assertThat(Snippets.sentence(TEXT, List.of(mark("new", "mention")))).isEqualTo("A <mark class=\"mention\">new</mark> paragraph.");
  }

  @Test
  void escapes_the_text_and_ignores_spans_outside_it() {
    String t = "He said <b>no</b>.";
    assertThat(Snippets.sentence(t, List.of(new Snippets.Mark(3, 7, "cue"), new Snippets.Mark(50, 60, "x"))))
        .isEqualTo("He <mark class=\"cue\">said</mark> &lt;b&gt;no&lt;/b&gt;.");
  }

  @Test
  void counts_offsets_in_code_points() {
    String t = "\uD83D\uDE00 Ana said yes.";
    // the emoji is one code point but two chars
    assertThat(Snippets.sentence(t, List.of(new Snippets.Mark(2, 5, "source")))).contains("<mark class=\"source\">Ana</mark>");
  }
}
