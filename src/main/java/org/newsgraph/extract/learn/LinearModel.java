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
public final class LinearModel {
  private static final double MIN_WEIGHT = 1e-4;

  private final Map<String, Double> weights;
  private final double bias;

  private LinearModel(Map<String, Double> weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** P(positive | features). */
  public double probability(List<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) z += w;
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

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

    /** Adds an example; {@code group} says which article it comes from (for cross-validation). */
    public synchronized void add(List<String> features, boolean positive, int group) {
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
    // articles arrive from several threads: order the examples by article (each article's own in
    // the order it gave them) and the columns by feature name, so that the problem is the same
    // however the threads ran
    Integer[] order = new Integer[examples.rows.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> examples.groups.get(i)));
    int[] counts = new int[examples.names.size()];
    int l = 0;
    for (int i : order) {
      if (!use.test(examples.groups.get(i))) continue;
      l++;
      for (int f : examples.rows.get(i)) counts[f]++;
    }
    Integer[] byName = new Integer[counts.length];
    for (int f = 0; f < byName.length; f++) byName[f] = f;
    Arrays.sort(byName, java.util.Comparator.comparing(examples.names::get));
    int[] column = new int[counts.length];
    int n = 0;
    for (int f : byName) column[f] = counts[f] >= minCount ? ++n : 0;
    Problem problem = new Problem();
    problem.l = l;
    problem.n = n + 1;  // + the bias feature
    problem.bias = 1.0;
    problem.x = new Feature[l][];
    problem.y = new double[l];
    int row = 0;
    for (int i : order) {
      if (!use.test(examples.groups.get(i))) continue;
      int[] cols = Arrays.stream(examples.rows.get(i)).map(f -> column[f]).filter(x -> x > 0).distinct().sorted().toArray();
      Feature[] x = new Feature[cols.length + 1];
      for (int j = 0; j < cols.length; j++) x[j] = new FeatureNode(cols[j], 1.0);
      x[cols.length] = new FeatureNode(problem.n, 1.0);
      problem.x[row] = x;
      problem.y[row] = examples.labels.get(i) ? 1 : 0;
      row++;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.01));
    double[] w = model.getFeatureWeights();
    // liblinear's weights favour its first label, the label of the first example
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < counts.length; f++) {
      if (column[f] == 0) continue;
      double v = sign * w[column[f] - 1];
      if (Math.abs(v) >= MIN_WEIGHT) weights.put(examples.names.get(f), v);
    }
    return new LinearModel(weights, sign * w[n]);
  }

  /**
   * Writes the model as gzipped text: "bias", then one "feature TAB weight" line per feature, sorted;
   * a backslash, line feed or carriage return in a feature (a token may hold one) is escaped.
   */
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

  private static String escape(String feature) {
    if (feature.indexOf('\\') < 0 && feature.indexOf('\n') < 0 && feature.indexOf('\r') < 0) return feature;
    return feature.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String feature) {
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
