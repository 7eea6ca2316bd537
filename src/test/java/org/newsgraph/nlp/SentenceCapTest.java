package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("hostile")
class SentenceCapTest {
  @Test
  void a_run_without_sentence_ends_is_broken_into_lines_at_blanks_and_offsets_stay_put() {
    // before: a 1 M-character sentence ran over 10 minutes in CoreNLP's TokensRegex
    String text = "word ".repeat(200_000);
    String capped = SentenceCap.apply(text);
    assertThat(capped).hasSameSizeAs(text);
    assertThat(capped.replace('\n', ' ')).isEqualTo(text);
    assertThat(Arrays.stream(capped.split("\n")).mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(SentenceCap.MAX_CHARS);
  }

  @Test
  void ordinary_text_is_left_alone() {
    String text = "The council voted on Tuesday. ".repeat(500) + "\nMayor Ellen Park said so!\n";
    assertThat(SentenceCap.apply(text)).isSameAs(text);
  }
}
