package org.newsgraph.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  private static LinearModel trained() {
    LinearModel.Examples ex = new LinearModel.Examples();
    for (int i = 0; i < 20; i++) {
      ex.add(List.of("w=said", "pos=VBD", "ctx" + (i % 3)), true, i);
      ex.add(List.of("w=table", "pos=NN", "ctx" + (i % 3)), false, i);
    }
    return LinearModel.train(ex, i -> true, 1.0, 2);
  }

  @Test
  void learns_which_features_mark_a_positive() {
    LinearModel m = trained();
    assertThat(m.probability(List.of("w=said", "pos=VBD"))).isGreaterThan(0.8);
    assertThat(m.probability(List.of("w=table", "pos=NN"))).isLessThan(0.2);
    assertThat(m.probability(List.of("never-seen"))).isBetween(0.2, 0.8);
  }

  @Test
  void training_leaves_out_the_held_out_groups() {
    LinearModel.Examples ex = new LinearModel.Examples();
    ex.add(List.of("a"), true, 0);
    ex.add(List.of("a"), true, 0);
    ex.add(List.of("a"), false, 1);
    ex.add(List.of("a"), false, 1);
    ex.add(List.of("b"), false, 0);
    ex.add(List.of("b"), false, 0);
    assertThat(LinearModel.train(ex, g -> g == 0, 1.0, 1).probability(List.of("a"))).isGreaterThan(0.5);
    assertThat(LinearModel.train(ex, g -> g == 1, 1.0, 1).probability(List.of("a"))).isLessThan(0.5);
  }

  @Test
  void reads_back_what_it_wrote() throws IOException {
    LinearModel m = trained();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()), "m.gz");
    assertThat(back.size()).isEqualTo(m.size());
    assertThat(back.probability(List.of("w=said", "ctx1"))).isCloseTo(m.probability(List.of("w=said", "ctx1")), org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void a_damaged_model_names_the_file_and_line() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("bias\t0.5\nw=said\tlots\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(out.toByteArray()), "cue.model.gz"))
        .hasMessageContaining("cue.model.gz: line 2").hasMessageContaining("lots");
  }

  @Test
  void a_feature_holding_a_line_break_or_backslash_reads_back_as_it_was() throws IOException {
    // a token may hold a line break (markup left in a text): the file must stay one feature per line
    LinearModel.Examples ex = new LinearModel.Examples();
    for (int i = 0; i < 10; i++) {
      ex.add(List.of("prev=<tweet a=\"x\"\nb", "w=a\\n"), true, i);
      ex.add(List.of("prev=plain", "w=b\r"), false, i);
    }
    LinearModel m = LinearModel.train(ex, i -> true, 1.0, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()), "m.gz");
    assertThat(back.size()).isEqualTo(m.size());
    for (List<String> f : List.of(List.of("prev=<tweet a=\"x\"\nb"), List.of("w=a\\n"), List.of("w=b\r"))) {
      assertThat(back.probability(f)).as(f.toString()).isCloseTo(m.probability(f), org.assertj.core.data.Offset.offset(1e-5));
    }
    assertThat(back.probability(List.of("w=a\\n"))).isGreaterThan(0.5);
  }
}
