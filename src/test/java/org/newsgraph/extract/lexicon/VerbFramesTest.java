package org.newsgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;

class VerbFramesTest {
  @Test
  void a_verb_has_all_its_frames_on_one_line() {
    VerbFrames f = VerbFrames.DEFAULT;
    assertThat(f.has("say", Frame.CLAUSE)).isTrue();
    assertThat(f.has("say", Frame.MESSAGE)).isTrue();
    assertThat(f.arguments("blame", Frame.CHARGE)).containsExactlyInAnyOrder("for", "on");
    assertThat(f.argument("blame", Frame.CLAIM)).isEqualTo("blame-for");
    assertThat(f.argument("deny", Frame.STANCE)).isEqualTo("DENIAL");
    assertThat(f.argument("describe", Frame.OBJECT)).isEqualTo("as");
    assertThat(f.argument("endorse", Frame.OBJECT)).isEmpty();
    assertThat(f.has("endorse", Frame.CLAUSE)).isFalse();
  }

  @Test
  void an_unknown_frame_names_the_file_and_line() {
    assertThatThrownBy(() -> VerbFrames.load("lexicon-test/bad-verbs.tsv"))
        .hasMessage("lexicon-test/bad-verbs.tsv:4: unknown frame 'clase' for 'aver' (the frames are listed in the file's header)");
  }

  @Test
  void a_verb_listed_twice_names_the_second_line() {
    assertThatThrownBy(() -> VerbFrames.load("lexicon-test/twice-verbs.tsv"))
        .hasMessage("lexicon-test/twice-verbs.tsv:3: 'say' is listed twice; give all its frames on one line");
  }
}
