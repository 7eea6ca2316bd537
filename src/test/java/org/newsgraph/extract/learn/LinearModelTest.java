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

  @Test
  void a_listwise_model_learns_which_item_of_a_list_is_the_right_one() {
    // every list holds a clause and the clause with a circumstance after it; the bare clause is
    // right where the longer one trails a circumstance, the longer one where it trails more of the clause
    LinearModel.Examples ex = new LinearModel.Examples();
    for (int g = 0; g < 10; g++) {
      for (int l = 0; l < 4; l++) {
        boolean circumstance = l % 2 == 0;
        ex.add(List.of("k=clause", "size=shortest"), circumstance, g, l);
        ex.add(List.of("k=clause", "size=longest", circumstance ? "next=during" : "next=that"), !circumstance, g, l);
        ex.add(List.of("k=after", "size=between"), false, g, l);
      }
      ex.add(List.of("k=after"), true, g, 9);  // a list of one teaches nothing
    }
    LinearModel m = LinearModel.trainListwise(ex, g -> g < 8, 1.0, 1);
    assertThat(m.topOne(ex, g -> g >= 8)).isEqualTo(1.0);
    double[] share = LinearModel.softmax(new double[] {
        m.score(List.of("k=clause", "size=shortest")), m.score(List.of("k=clause", "size=longest", "next=during"))});
    assertThat(share[0]).isGreaterThan(0.7);
    assertThat(share[0] + share[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.score(List.of("k=clause", "size=longest", "next=that")))
        .isGreaterThan(m.score(List.of("k=clause", "size=shortest")));
    // deterministic: the same examples give the same weights
    assertThat(LinearModel.trainListwise(ex, g -> g < 8, 1.0, 1).score(List.of("k=clause", "size=longest", "next=that")))
        .isEqualTo(m.score(List.of("k=clause", "size=longest", "next=that")));
  }

  @Test
  void lbfgs_finds_the_minimum_of_a_convex_function() {
    // f(x) = sum_i (i + 1) (x_i - i)^2 + (x_0 - x_1)^2: minimum near x_i = i, pulled together at 0 and 1
    double[] x = Lbfgs.minimise(5, (v, grad) -> {
      double f = 0;
      for (int i = 0; i < v.length; i++) {
        f += (i + 1) * (v[i] - i) * (v[i] - i);
        grad[i] = 2 * (i + 1) * (v[i] - i);
      }
      f += (v[0] - v[1]) * (v[0] - v[1]);
      grad[0] += 2 * (v[0] - v[1]);
      grad[1] -= 2 * (v[0] - v[1]);
      return f;
    });
    // the exact minimum: x_0 = 0.4, x_1 = 0.8 (from 2 x_0 + 2 (x_0 - x_1) = 0 and 4 (x_1 - 1) - 2 (x_0 - x_1) = 0)
    assertThat(x[0]).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(x[1]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-3));
    for (int i = 2; i < 5; i++) assertThat(x[i]).isCloseTo(i, org.assertj.core.data.Offset.offset(1e-3));
  }
}
