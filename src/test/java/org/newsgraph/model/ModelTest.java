package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records validate what they are given and keep no reference to a caller's mutable list. */
class ModelTest {
  @Test
  void a_span_with_end_before_begin_names_itself() {
    assertThatThrownBy(() -> new Span(5, 3)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad span [5,3)");
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessage("bad span [-1,3)");
    assertThat(new Span(4, 4).length()).isZero();
  }

  @Test
  void spans_contain_overlap_and_order() {
    Span a = new Span(2, 8);
    assertThat(a.contains(new Span(2, 8))).isTrue();
    assertThat(a.contains(new Span(3, 9))).isFalse();
    assertThat(a.overlaps(new Span(7, 10))).isTrue();
    assertThat(a.overlaps(new Span(8, 10))).as("end is exclusive").isFalse();
    assertThat(a.union(new Span(10, 12))).isEqualTo(new Span(2, 12));
    assertThat(new ArrayList<>(List.of(new Span(3, 4), new Span(2, 9), new Span(2, 5))).stream().sorted().toList())
        .containsExactly(new Span(2, 5), new Span(2, 9), new Span(3, 4));
  }

  @Test
  void a_statement_needs_a_content_span() {
    assertThatThrownBy(() -> Statement.builder("s1").content("no span").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement s1 has no content span");
    assertThatThrownBy(() -> Statement.builder(null).contentSpans(List.of(new Span(0, 1))).build())
        .isInstanceOf(NullPointerException.class).hasMessage("key may not be null");
  }

  @Test
  void a_statement_builder_fills_defaults_and_copies_lists() {
    List<Span> content = new ArrayList<>(List.of(new Span(10, 20), new Span(30, 40)));
    Statement s = Statement.builder("s1").contentSpans(content).content("x").build();
    content.clear();
    assertThat(s.contentSpans()).hasSize(2);
    assertThat(s.contentExtent()).isEqualTo(new Span(10, 40));
    assertThat(s.quoteType()).isEqualTo(QuoteType.INDIRECT);
    assertThat(s.stances()).isEmpty();
    assertThat(s.toBuilder().speaker("acme").build()).isEqualTo(Statement.builder("s1").contentSpans(s.contentSpans())
        .content("x").speaker("acme").build());
  }

  @Test
  void an_article_needs_a_non_blank_id_and_marks_furniture() {
    assertThatThrownBy(() -> Article.ofText(" ", "text", null, null, null)).hasMessage("article id may not be blank");
    assertThatThrownBy(() -> Article.ofText(null, "text", null, null, null)).hasMessage("id may not be null");
    Article a = Article.ofText("a", "Body.\nRead more: x", "Body.", null, List.of(new Span(6, 18)));
    assertThat(a.isFurniture(new Span(6, 10))).isTrue();
    assertThat(a.isFurniture(new Span(0, 6))).isFalse();
  }
}
