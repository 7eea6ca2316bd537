package org.newsgraph.extract.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gradient-boosted decision trees over named binary features, for a binary decision (the logistic
 * loss, Newton steps as in XGBoost: each leaf weighs -G / (H + lambda) of its examples' gradients
 * G and Hessians H, shrunk by the learning rate). A tree splits on whether a feature is present,
 * so it can weigh one model's probability against another's and the statement's shape, which a
 * linear model sees only one at a time. No sampling: trained the same every time. Stored as text,
 * read without any library; a feature never seen counts as absent.
 */
public final class BoostedTrees implements Classifier {
  /** How the trees are grown. */
  public record Params(int trees, int depth, double rate, double lambda, double minChildWeight, int minCount) {}

  /** One tree, as arrays by node (node 0 the root): the feature tested, or null at a leaf, with its value. */
  private record Tree(String[] feature, int[] yes, int[] no, double[] value) {
    double eval(Set<String> present) {
      int n = 0;
      while (feature[n] != null) n = present.contains(feature[n]) ? yes[n] : no[n];
      return value[n];
    }
  }

  private final double base;
  private final List<Tree> trees;

  private BoostedTrees(double base, List<Tree> trees) {
    this.base = base;
    this.trees = trees;
  }

  @Override
  public double probability(List<String> features) {
    return 1.0 / (1.0 + Math.exp(-margin(features)));
  }

  /** The base score plus every tree's value for these features. */
  public double margin(List<String> features) {
    Set<String> present = new HashSet<>(features);
    double z = base;
    for (Tree t : trees) z += t.eval(present);
    return z;
  }

  @Override
  public int size() {
    return trees.size();
  }

  /** Trains on the examples whose group passes {@code use}; features in fewer than minCount of them are left out. */
  public static BoostedTrees train(LinearModel.Examples examples, IntPredicate use, Params p) {
    return train(examples, use, p, null);
  }

  /**
   * Trains trees that add to a given score: {@code start[i]} is example i's score from another
   * model (the model's base is then 0, and its probability is taken over that score plus {@link
   * #margin}); null starts from the positives' rate.
   */
  public static BoostedTrees train(LinearModel.Examples examples, IntPredicate use, Params p, double[] start) {
    LinearModel.Columns cols = new LinearModel.Columns(examples, use, p.minCount());
    int m = cols.rows.length;
    double[] y = new double[m];
    double pos = 0;
    for (int r = 0; r < m; r++) pos += y[r] = examples.label(cols.rows[r]) ? 1 : 0;
    double rate = Math.min(Math.max(pos / Math.max(1, m), 1e-6), 1 - 1e-6);
    double base = start == null ? Math.log(rate / (1 - rate)) : 0;
    double[] z = new double[m];
    for (int r = 0; r < m; r++) z[r] = start == null ? base : start[cols.rows[r]];
    String[] names = cols.names();
    double[] g = new double[m];
    double[] h = new double[m];
    double[] sumG = new double[cols.n + 1];
    double[] sumH = new double[cols.n + 1];
    List<Tree> trees = new ArrayList<>();
    int[] all = new int[m];
    for (int r = 0; r < m; r++) all[r] = r;
    for (int it = 0; it < p.trees(); it++) {
      for (int r = 0; r < m; r++) {
        double q = 1.0 / (1.0 + Math.exp(-z[r]));
        g[r] = q - y[r];
        h[r] = Math.max(q * (1 - q), 1e-12);
      }
      Grower grower = new Grower(cols.x, g, h, sumG, sumH, p);
      grower.grow(all, 0);
      Tree t = grower.tree(names);
      trees.add(t);
      for (int r = 0; r < m; r++) z[r] += t.value()[grower.leafOf[r]];
    }
    return new BoostedTrees(base, trees);
  }

  /** Grows one tree depth-first over the rows, splitting where the loss falls most. */
  private static final class Grower {
    final int[][] x;
    final double[] g;
    final double[] h;
    final double[] sumG;
    final double[] sumH;
    final Params p;
    final List<Integer> feature = new ArrayList<>();
    final List<int[]> kids = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    final int[] leafOf;

    Grower(int[][] x, double[] g, double[] h, double[] sumG, double[] sumH, Params p) {
      this.x = x;
      this.g = g;
      this.h = h;
      this.sumG = sumG;
      this.sumH = sumH;
      this.p = p;
      this.leafOf = new int[x.length];
    }

    int grow(int[] rows, int depth) {
      int node = feature.size();
      feature.add(-1);
      kids.add(null);
      values.add(0.0);
      double G = 0;
      double H = 0;
      for (int r : rows) {
        G += g[r];
        H += h[r];
      }
      int best = -1;
      double bestGain = 1e-9;
      if (depth < p.depth() && H >= 2 * p.minChildWeight()) {
        List<Integer> touched = new ArrayList<>();
        for (int r : rows) {
          for (int c : x[r]) {
            if (sumH[c] == 0) touched.add(c);
            sumG[c] += g[r];
            sumH[c] += h[r];
          }
        }
        double parent = G * G / (H + p.lambda());
        touched.sort(null);  // ties go to the first column (by feature name): the same tree every time
        for (int c : touched) {
          double gl = sumG[c];
          double hl = sumH[c];
          double gr = G - gl;
          double hr = H - hl;
          if (hl >= p.minChildWeight() && hr >= p.minChildWeight()) {
            double gain = gl * gl / (hl + p.lambda()) + gr * gr / (hr + p.lambda()) - parent;
            if (gain > bestGain) {
              bestGain = gain;
              best = c;
            }
          }
        }
        for (int c : touched) {
          sumG[c] = 0;
          sumH[c] = 0;
        }
      }
      if (best < 0) {
        values.set(node, -p.rate() * G / (H + p.lambda()));
        for (int r : rows) leafOf[r] = node;
        return node;
      }
      int split = best;
      int[] in = Arrays.stream(rows).filter(r -> Arrays.binarySearch(x[r], split) >= 0).toArray();
      int[] out = Arrays.stream(rows).filter(r -> Arrays.binarySearch(x[r], split) < 0).toArray();
      feature.set(node, split);
      int yes = grow(in, depth + 1);
      int no = grow(out, depth + 1);
      kids.set(node, new int[] {yes, no});
      return node;
    }

    Tree tree(String[] names) {
      int n = feature.size();
      String[] f = new String[n];
      int[] yes = new int[n];
      int[] no = new int[n];
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        if (feature.get(i) >= 0) {
          f[i] = names[feature.get(i)];
          yes[i] = kids.get(i)[0];
          no[i] = kids.get(i)[1];
        }
        v[i] = values.get(i);
      }
      return new Tree(f, yes, no, v);
    }
  }

  /**
   * Writes the model as gzipped text: "base TAB z", then per tree "tree TAB nodes" and one line
   * per node, "split TAB yes TAB no TAB feature" or "leaf TAB value" (features escaped as the
   * linear model's).
   */
  @Override
  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.println("base\t" + base);
      for (Tree t : trees) {
        w.println("tree\t" + t.feature().length);
        for (int i = 0; i < t.feature().length; i++) {
          if (t.feature()[i] == null) w.println("leaf\t" + (float) t.value()[i]);
          else w.println("split\t" + t.yes()[i] + "\t" + t.no()[i] + "\t" + LinearModel.escape(t.feature()[i]));
        }
      }
    }
  }

  /** Reads a model written by {@link #write}; {@code name} says which file in an error. */
  public static BoostedTrees read(InputStream in, String name) throws IOException {
    List<Tree> trees = new ArrayList<>();
    double base;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String first = r.readLine();
      if (first == null || !first.startsWith("base\t")) throw new IOException(name + ": line 1: expected the base score");
      base = number(first.substring(5), name, 1);
      int line = 1;
      for (String head; (head = r.readLine()) != null; ) {
        line++;
        if (!head.startsWith("tree\t")) throw new IOException(name + ": line " + line + ": expected a tree");
        int n = (int) number(head.substring(5), name, line);
        if (n < 1) throw new IOException(name + ": line " + line + ": a tree without nodes");
        String[] f = new String[n];
        int[] yes = new int[n];
        int[] no = new int[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          String s = r.readLine();
          line++;
          if (s == null) throw new IOException(name + ": line " + line + ": the tree ends early");
          String[] parts = s.split("\t", 4);
          if (parts[0].equals("leaf") && parts.length == 2) {
            v[i] = number(parts[1], name, line);
          } else if (parts[0].equals("split") && parts.length == 4) {
            yes[i] = (int) number(parts[1], name, line);
            no[i] = (int) number(parts[2], name, line);
            if (yes[i] <= i || no[i] <= i || yes[i] >= n || no[i] >= n) throw new IOException(name + ": line " + line + ": a split to a node outside its tree");
            f[i] = LinearModel.unescape(parts[3]);
          } else {
            throw new IOException(name + ": line " + line + ": expected a split or a leaf");
          }
        }
        trees.add(new Tree(f, yes, no, v));
      }
    }
    return new BoostedTrees(base, trees);
  }

  private static double number(String s, String name, int line) throws IOException {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IOException(name + ": line " + line + ": not a number: " + s);
    }
  }

  @Override
  public String toString() {
    return "BoostedTrees[" + trees.size() + " trees]";
  }
}
