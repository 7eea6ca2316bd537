package org.newsgraph.extract.learn;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ejml.simple.SimpleMatrix;

/**
 * Word clusters from the 50-dimensional word vectors in CoreNLP's models jar: k-means at two
 * granularities, so that words used alike ("likened", "compared") share a feature. Built once by
 * the trainer (seeded, so the same every time) and shipped as a small word-to-cluster table.
 */
public final class Clusters {
  static final String EMBEDDINGS = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private final Map<String, String[]> byWord;

  private Clusters(Map<String, String[]> byWord) {
    this.byWord = byWord;
  }

  public static Clusters none() {
    return new Clusters(Map.of());
  }

  /** The fine cluster of a word, or null for a word without a vector. */
  public String of(String word) {
    String[] c = byWord.get(word);
    return c == null ? null : c[0];
  }

  /** The coarse cluster of a word (only asked after {@link #of} found one). */
  public String coarse(String word) {
    String[] c = byWord.get(word);
    return c == null ? null : c[1];
  }

  public int size() {
    return byWord.size();
  }

  /** Clusters the vocabulary of CoreNLP's embeddings into {@code fine} and {@code coarse} groups. */
  public static Clusters build(int fine, int coarse, long seed) {
    Embedding emb;
    try {
      emb = IOUtils.readObjectFromURLOrClasspathOrFileSystem(EMBEDDINGS);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read the word vectors " + EMBEDDINGS + " from CoreNLP's models jar: " + e.getMessage(), e);
    }
    List<String> words = new ArrayList<>();
    List<double[]> vectors = new ArrayList<>();
    for (Map.Entry<String, SimpleMatrix> e : new TreeMap<>(toMap(emb)).entrySet()) {
      String w = e.getKey();
      if (w.isEmpty() || w.startsWith("*") || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) continue;
      SimpleMatrix m = e.getValue();
      double[] v = new double[m.getNumElements()];
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = m.get(i);
        norm += v[i] * v[i];
      }
      norm = Math.sqrt(norm);
      if (norm == 0) continue;
      for (int i = 0; i < v.length; i++) v[i] /= norm;
      words.add(w);
      vectors.add(v);
    }
    int[] a = kmeans(vectors, fine, seed);
    int[] b = kmeans(vectors, coarse, seed + 1);
    Map<String, String[]> out = new HashMap<>();
    for (int i = 0; i < words.size(); i++) out.put(words.get(i), new String[] {Integer.toString(a[i]), Integer.toString(b[i])});
    return new Clusters(out);
  }

  private static Map<String, SimpleMatrix> toMap(Embedding emb) {
    Map<String, SimpleMatrix> m = new HashMap<>();
    for (Map.Entry<String, SimpleMatrix> e : emb.entrySet()) m.put(e.getKey(), e.getValue());
    return m;
  }

  private static int[] kmeans(List<double[]> x, int k, long seed) {
    Random random = new Random(seed);
    int n = x.size();
    int d = x.get(0).length;
    double[][] centres = new double[k][];
    for (int c = 0; c < k; c++) centres[c] = x.get(random.nextInt(n)).clone();
    int[] assign = new int[n];
    for (int iter = 0; iter < 12; iter++) {
      for (int i = 0; i < n; i++) {
        double[] v = x.get(i);
        int best = 0;
        double bestDot = -2;
        for (int c = 0; c < k; c++) {
          double dot = 0;
          for (int j = 0; j < d; j++) dot += v[j] * centres[c][j];
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        assign[i] = best;
      }
      double[][] sum = new double[k][d];
      for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) sum[assign[i]][j] += x.get(i)[j];
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (int j = 0; j < d; j++) norm += sum[c][j] * sum[c][j];
        norm = Math.sqrt(norm);
        if (norm > 0) for (int j = 0; j < d; j++) centres[c][j] = sum[c][j] / norm;
      }
    }
    return assign;
  }

  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, String[]> e : new TreeMap<>(byWord).entrySet()) {
        w.println(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
      }
    }
  }

  public static Clusters read(InputStream in, String name) throws IOException {
    Map<String, String[]> out = new HashMap<>(150_000);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String[] f = line.split("\t");
        if (f.length != 3) throw new IOException(name + ": line " + n + ": expected word TAB cluster TAB coarse cluster");
        out.put(f[0], new String[] {f[1].intern(), f[2].intern()});
      }
    }
    return new Clusters(out);
  }
}
