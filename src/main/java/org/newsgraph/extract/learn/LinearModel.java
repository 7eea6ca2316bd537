package org.newsgraph.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binary logistic-regression model over named binary features: the probability that a token is
 * a cue, that a span is a statement's content, that a mention is its source. Trained with
 * liblinear (L2-regularised logistic regression); stored as the non-zero weights by feature name,
 * so reading it needs no liblinear and unseen features simply weigh nothing.
 */
public final class LinearModel implements Classifier {
  private static final double MIN_WEIGHT = 1e-4;

  private final Map<String, Double> weights;
  private final double bias;

  private LinearModel(Map<String, Double> weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** P(positive | features), for a model trained by {@link #train}. */
  @Override
  public double probability(List<String> features) {
    return 1.0 / (1.0 + Math.exp(-score(features)));
  }

  /** The linear score: bias plus the weights of the features; a model trained by {@link #trainListwise} compares these. */
  public double score(List<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) z += w;
    }
    return z;
  }

  /** The shares of a list of scores: exp(z) over the sum of exp (a listwise model's probability of each item being the one). */
  public static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double[] out = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i] - max);
    for (int i = 0; i < z.length; i++) out[i] /= sum;
    return out;
  }

  /** Of the lists of the examples whose group passes {@code use}, the share whose top-scored item is a positive. */
  public double topOne(Examples examples, java.util.function.IntPredicate use) {
    Map<Long, double[]> best = new java.util.LinkedHashMap<>();  // list -> {top score, positive?}
    for (int i = 0; i < examples.rows.size(); i++) {
      if (!use.test(examples.groups.get(i))) continue;
      List<String> f = new ArrayList<>();
      for (int id : examples.rows.get(i)) f.add(examples.names.get(id));
      double z = score(f);
      long key = ((long) examples.groups.get(i) << 32) | (examples.lists.get(i) & 0xffffffffL);
      double[] b = best.computeIfAbsent(key, k -> new double[] {Double.NEGATIVE_INFINITY, 0});
      if (z > b[0]) {
        b[0] = z;
        b[1] = examples.labels.get(i) ? 1 : 0;
      }
    }
    return best.values().stream().mapToDouble(b -> b[1]).average().orElse(0);
  }

  @Override
  public int size() {
    return weights.size();
  }

  /**
   * Training examples with their features as ids of one shared table, so that a million examples
   * of forty features each stay small; {@code add} is thread-safe.
   */
  public static final class Examples {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[]> rows = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();
    private final List<Integer> groups = new ArrayList<>();
    private final List<Integer> lists = new ArrayList<>();

    /** Adds an example; {@code group} says which article it comes from (for cross-validation). */
    public void add(List<String> features, boolean positive, int group) {
      add(features, positive, group, -1);
    }

    /**
     * Adds an example of a list (for {@link #trainListwise}): {@code list} names it within its
     * article, and an article's examples of one list are added one after another.
     */
    public synchronized void add(List<String> features, boolean positive, int group, int list) {
      int[] row = new int[features.size()];
      for (int i = 0; i < row.length; i++) {
        String f = features.get(i);
        Integer id = ids.get(f);
        if (id == null) {
          id = names.size();
          ids.put(f, id);
          names.add(f);
        }
        row[i] = id;
      }
      rows.add(row);
      labels.add(positive);
      groups.add(group);
      lists.add(list);
    }

    synchronized boolean label(int row) {
      return labels.get(row);
    }

    public synchronized int size() {
      return rows.size();
    }

    public synchronized long positives() {
      return labels.stream().filter(b -> b).count();
    }
  }

  /**
   * Trains on the examples whose group passes {@code use}. Features seen in fewer than {@code
   * minCount} of those examples are dropped (they cannot generalise and only grow the model);
   * {@code c} is liblinear's cost (the inverse of the regularisation strength). Deterministic.
   */
  public static LinearModel train(Examples examples, java.util.function.IntPredicate use, double c, int minCount) {
    Columns cols = new Columns(examples, use, minCount);
    Problem problem = new Problem();
    problem.l = cols.rows.length;
    problem.n = cols.n + 1;  // + the bias feature
    problem.bias = 1.0;
    problem.x = new Feature[problem.l][];
    problem.y = new double[problem.l];
    for (int row = 0; row < problem.l; row++) {
      int[] x = cols.x[row];
      Feature[] f = new Feature[x.length + 1];
      for (int j = 0; j < x.length; j++) f[j] = new FeatureNode(x[j], 1.0);
      f[x.length] = new FeatureNode(problem.n, 1.0);
      problem.x[row] = f;
      problem.y[row] = examples.labels.get(cols.rows[row]) ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.01));
    double[] w = model.getFeatureWeights();
    // liblinear's weights favour its first label, the label of the first example
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] v = new double[cols.n];
    for (int j = 0; j < cols.n; j++) v[j] = sign * w[j];
    return cols.model(v, sign * w[cols.n]);
  }

  /**
   * Trains a listwise model (a conditional logit): of each list of examples (the candidate contents
   * of one cue), the probability that an item is the right one is its share of exp(score) over the
   * list, and training maximises the share of the list's positives, with the same L2 penalty and
   * cost as {@link #train} (minimised by L-BFGS, so deterministic). The model learns what makes one
   * candidate better than the others of its list, not what makes a candidate good anywhere. Lists
   * whose items are all positive or all negative teach nothing and are left out; the model has no
   * bias (a constant changes no share).
   */
  public static LinearModel trainListwise(Examples examples, java.util.function.IntPredicate use, double c, int minCount) {
    Columns cols = new Columns(examples, use, minCount);
    // the lists: runs of rows of one article and one list id
    List<int[]> lists = new ArrayList<>();
    for (int start = 0; start < cols.rows.length; ) {
      int i = cols.rows[start];
      int end = start + 1;
      while (end < cols.rows.length && examples.groups.get(cols.rows[end]).equals(examples.groups.get(i))
          && examples.lists.get(cols.rows[end]).equals(examples.lists.get(i))) end++;
      int pos = 0;
      for (int r = start; r < end; r++) if (examples.labels.get(cols.rows[r])) pos++;
      if (pos > 0 && pos < end - start) lists.add(new int[] {start, end});
      start = end;
    }
    boolean[] positive = new boolean[cols.rows.length];
    for (int r = 0; r < positive.length; r++) positive[r] = examples.labels.get(cols.rows[r]);
    double[] w = Lbfgs.minimise(cols.n, (x, grad) -> {
      double loss = 0;
      for (int j = 0; j < x.length; j++) {
        grad[j] = x[j];
        loss += 0.5 * x[j] * x[j];
      }
      for (int[] l : lists) {
        int size = l[1] - l[0];
        double[] z = new double[size];
        for (int r = 0; r < size; r++) for (int f : cols.x[l[0] + r]) z[r] += x[f - 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < size; r++) max = Math.max(max, z[r]);
        double[] e = new double[size];
        double sumAll = 0;
        double sumPos = 0;
        for (int r = 0; r < size; r++) {
          sumAll += e[r] = Math.exp(z[r] - max);
          if (positive[l[0] + r]) sumPos += e[r];
        }
        loss += c * (Math.log(sumAll) - Math.log(sumPos));
        for (int r = 0; r < size; r++) {
          // the item's share of the list, less its share of the list's positives
          double q = positive[l[0] + r] ? e[r] / sumPos : 0;
          double g = c * (e[r] / sumAll - q);
          if (g != 0) for (int f : cols.x[l[0] + r]) grad[f - 1] += g;
        }
      }
      return loss;
    });
    return cols.model(w, 0);
  }

  /**
   * The training problem's columns: the examples whose group passes {@code use}, ordered by article
   * (each article's own in the order it gave them), and the features seen at least {@code minCount}
   * times among them, numbered from 1 in name order, so that the problem is the same however the
   * threads that added the examples ran.
   */
  static final class Columns {
    final Examples examples;
    final int[] rows;
    final int[][] x;
    final int[] column;
    final int n;

    Columns(Examples examples, java.util.function.IntPredicate use, int minCount) {
      this.examples = examples;
      Integer[] order = new Integer[examples.rows.size()];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> examples.groups.get(i)));
      int[] counts = new int[examples.names.size()];
      List<Integer> kept = new ArrayList<>();
      for (int i : order) {
        if (!use.test(examples.groups.get(i))) continue;
        kept.add(i);
        for (int f : examples.rows.get(i)) counts[f]++;
      }
      rows = kept.stream().mapToInt(Integer::intValue).toArray();
      Integer[] byName = new Integer[counts.length];
      for (int f = 0; f < byName.length; f++) byName[f] = f;
      Arrays.sort(byName, java.util.Comparator.comparing(examples.names::get));
      column = new int[counts.length];
      int k = 0;
      for (int f : byName) column[f] = counts[f] >= minCount ? ++k : 0;
      n = k;
      x = new int[rows.length][];
      for (int r = 0; r < rows.length; r++) {
        x[r] = Arrays.stream(examples.rows.get(rows[r])).map(f -> column[f]).filter(c -> c > 0).distinct().sorted().toArray();
      }
    }

    /** The feature name of each column (index 0 unused). */
    String[] names() {
      String[] out = new String[n + 1];
      for (int f = 0; f < column.length; f++) if (column[f] > 0) out[column[f]] = examples.names.get(f);
      return out;
    }

    /** The model of weights by column (column j + 1 at index j). */
    LinearModel model(double[] w, double bias) {
      Map<String, Double> weights = new HashMap<>();
      for (int f = 0; f < column.length; f++) {
        if (column[f] == 0) continue;
        double v = w[column[f] - 1];
        if (Math.abs(v) >= MIN_WEIGHT) weights.put(examples.names.get(f), v);
      }
      return new LinearModel(weights, bias);
    }
  }

  /**
   * Writes the model as gzipped text: "bias", then one "feature TAB weight" line per feature, sorted;
   * a backslash, line feed or carriage return in a feature (a token may hold one) is escaped.
   */
  @Override
  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.println("bias\t" + bias);
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        w.println(escape(e.getKey()) + "\t" + (float) (double) e.getValue());
      }
    }
  }

  /** Reads a model written by {@link #write}; {@code name} says which file in an error. */
  public static LinearModel read(InputStream in, String name) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    double bias = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        int tab = line.lastIndexOf('\t');
        if (tab < 0) throw new IOException(name + ": line " + n + ": expected feature TAB weight");
        double v;
        try {
          v = Double.parseDouble(line.substring(tab + 1));
        } catch (NumberFormatException e) {
          throw new IOException(name + ": line " + n + ": not a number: " + line.substring(tab + 1));
        }
        if (n == 1) {
          if (!line.startsWith("bias\t")) throw new IOException(name + ": line 1: expected the bias");
          bias = v;
        } else {
          weights.put(unescape(line.substring(0, tab)), v);
        }
      }
    }
    if (Double.isNaN(bias)) throw new IOException(name + ": empty model");
    return new LinearModel(weights, bias);
  }

  static String escape(String feature) {
    if (feature.indexOf('\\') < 0 && feature.indexOf('\n') < 0 && feature.indexOf('\r') < 0) return feature;
    return feature.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String feature) {
    if (feature.indexOf('\\') < 0) return feature;
    StringBuilder b = new StringBuilder(feature.length());
    for (int i = 0; i < feature.length(); i++) {
      char c = feature.charAt(i);
      if (c != '\\' || i + 1 == feature.length()) {
        b.append(c);
        continue;
      }
      char n = feature.charAt(++i);
      b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "LinearModel[" + weights.size() + " features, bias " + bias + "]";
  }

}
