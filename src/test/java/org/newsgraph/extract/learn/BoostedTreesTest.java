package org.newsgraph.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  private static final BoostedTrees.Params PARAMS = new BoostedTrees.Params(60, 3, 0.3, 1, 1, 1);

  private record Row(List<String> features, boolean positive, int article) {}

  /**
   * Right exactly when one of two features is present but not both (the cue model sure and the
   * content model not, or the reverse), with noise features beside them: no linear model over the
   * features can tell these apart, trees can. Articles 0-59 to train on, 60-79 held out.
   */
  private static final List<Row> ROWS = xorRows();

  private static List<Row> xorRows() {
    List<Row> rows = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 800; i++) {
      boolean a = r.nextBoolean();
      boolean b = r.nextBoolean();
      List<String> f = new ArrayList<>();
      if (a) f.add("cue>=0.5");
      if (b) f.add("content>=0.5");
      f.add("noise=" + r.nextInt(5));
      rows.add(new Row(f, a ^ b, i / 10));
    }
    return rows;
  }

  private static LinearModel.Examples xor() {
    LinearModel.Examples ex = new LinearModel.Examples();
    for (Row row : ROWS) ex.add(row.features(), row.positive(), row.article());
    return ex;
  }

  private static double heldOutAccuracy(Classifier m) {
    List<Row> held = ROWS.stream().filter(row -> row.article() >= 60).toList();
    long right = held.stream().filter(row -> m.probability(row.features()) >= 0.5 == row.positive()).count();
    return (double) right / held.size();
  }

  @Test
  void learns_what_no_linear_model_can() {
    LinearModel.Examples ex = xor();
    BoostedTrees trees = BoostedTrees.train(ex, g -> g < 60, PARAMS);
    LinearModel linear = LinearModel.train(ex, g -> g < 60, 1.0, 1);
    assertThat(heldOutAccuracy(trees)).isGreaterThan(0.95);
    assertThat(heldOutAccuracy(linear)).isLessThan(0.7);
    assertThat(trees.probability(List.of("cue>=0.5"))).isGreaterThan(0.8);
    assertThat(trees.probability(List.of("cue>=0.5", "content>=0.5"))).isLessThan(0.2);
  }

  @Test
  void trains_the_same_every_time_and_reads_back_what_it_wrote() throws IOException {
    LinearModel.Examples ex = xor();
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    BoostedTrees.train(ex, g -> g < 60, PARAMS).write(one);
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    BoostedTrees m = BoostedTrees.train(ex, g -> g < 60, PARAMS);
    m.write(two);
    assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
    Classifier back = Classifier.read(new ByteArrayInputStream(two.toByteArray()), "accept.model.gz");
    assertThat(back).isInstanceOf(BoostedTrees.class);
    assertThat(back.size()).isEqualTo(60);
    for (List<String> f : List.of(List.of("cue>=0.5"), List.of("content>=0.5", "noise=2"), List.<String>of())) {
      assertThat(back.probability(f)).isCloseTo(m.probability(f), org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void trees_add_to_a_given_score() {
    // every example starts at a score that already says "no": the trees must lift the "a" examples
    // out of it and leave the "b" ones there
    LinearModel.Examples ex = new LinearModel.Examples();
    for (int i = 0; i < 40; i++) {
      ex.add(List.of("a"), true, i);
      ex.add(List.of("b"), false, i);
    }
    double[] start = new double[80];
    java.util.Arrays.fill(start, -3);
    BoostedTrees m = BoostedTrees.train(ex, g -> true, new BoostedTrees.Params(100, 2, 0.3, 1, 1, 1), start);
    assertThat(-3 + m.margin(List.of("a"))).isGreaterThan(1);
    assertThat(-3 + m.margin(List.of("b"))).isLessThan(-2);
  }

  @Test
  void a_damaged_model_names_the_file_and_line() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      // a split that points back at itself would never end
      gz.write("base\t-1.0\ntree\t3\nsplit\t0\t2\tcue>=0.5\nleaf\t0.1\nleaf\t-0.1\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> Classifier.read(new ByteArrayInputStream(out.toByteArray()), "accept.model.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("accept.model.gz")
        .hasMessageContaining("line 3");
  }

  @Test
  void a_file_that_is_no_model_is_named() {
    byte[] junk = "not a model".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Classifier.read(new ByteArrayInputStream(junk), "accept.model.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("accept.model.gz");
  }
}
