package org.newsgraph.extract.learn;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** A trained binary decision over named binary features: a {@link LinearModel} or {@link BoostedTrees}. */
public interface Classifier {
  /** P(positive | features); a feature the model never saw counts as absent. */
  double probability(List<String> features);

  /** The model's size: its weights or its trees. */
  int size();

  void write(OutputStream out) throws IOException;

  /** Reads either kind as written: boosted trees open with their base score, a linear model with its bias. */
  static Classifier read(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    String first;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(bytes)),
        StandardCharsets.UTF_8))) {
      first = r.readLine();
    } catch (ZipException e) {
      throw new IOException(name + ": not a gzipped model (" + e.getMessage() + ")", e);
    }
    InputStream again = new ByteArrayInputStream(bytes);
    return first != null && first.startsWith("base\t") ? BoostedTrees.read(again, name) : LinearModel.read(again, name);
  }
}
