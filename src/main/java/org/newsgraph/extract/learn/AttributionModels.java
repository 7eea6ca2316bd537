package org.newsgraph.extract.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The trained models of attribution (cue; content, as "does this span match the gold content"
 * and, listwise, as "is it the best of the cue's spans": the ranking model's scores are compared
 * among a cue's spans as softmax shares; source), the word clusters they read, and the two
 * thresholds that turn their scores into statements. The accept model (optional: a model set
 * without it keeps a statement of the models' own on cue probability times content probability)
 * decides which of the statements the models propose on the rules' leftovers are kept. Shipped under
 * {@code src/main/resources/org/newsgraph/extract/learn/}; {@code train} writes a new set into a
 * folder, and the system property {@code newsgraph.models} points a run at such a folder.
 *
 * @param cueThreshold a token is a cue when the cue model gives it at least this
 * @param accept the accept model, or null
 * @param acceptThreshold a statement of the models' own is kept when the accept model's probability (without it: cue
 *     probability times content probability) reaches this
 * @param rechooseMargin a rule's content gives way to the span whose ranking share exceeds its own by more than this, and
 *     a rule's source to the mention whose source probability exceeds its own by more than this (infinite: never)
 * @param ruleFloor a rule statement is dropped when the models score it under this (cue probability times content
 *     probability; 0: never), unless its cue is punctuation alone (a transcript's "NAME:", a credit dash) or a stance
 *     word
 */
public record AttributionModels(LinearModel cue, LinearModel content, LinearModel rank, LinearModel source,
    Classifier accept, Clusters clusters, double cueThreshold, double acceptThreshold, double rechooseMargin,
    double ruleFloor) {

  public static final String CUE = "cue.model.gz";
  public static final String CONTENT = "content.model.gz";
  public static final String RANK = "content-rank.model.gz";
  public static final String SOURCE = "source.model.gz";
  public static final String ACCEPT = "accept.model.gz";
  public static final String CLUSTERS = "clusters.tsv.gz";
  public static final String SETTINGS = "settings.properties";
  /** The rule floor of a model set whose settings name none (written before there was one): no floor. */
  static final double NO_FLOOR = 0;
  private static final String RESOURCES = "/org/newsgraph/extract/learn/";

  private static volatile AttributionModels shipped;

  /** The models this run uses: the folder named by {@code newsgraph.models}, else the shipped ones. */
  public static AttributionModels standard() {
    AttributionModels m = shipped;
    if (m == null) {
      synchronized (AttributionModels.class) {
        if (shipped == null) {
          String dir = System.getProperty("newsgraph.models");
          shipped = dir == null || dir.isBlank() ? fromResources() : from(Path.of(dir));
        }
        m = shipped;
      }
    }
    return m;
  }

  /** These models with another rule floor. */
  public AttributionModels withRuleFloor(double floor) {
    return new AttributionModels(cue, content, rank, source, accept, clusters, cueThreshold, acceptThreshold, rechooseMargin, floor);
  }

  static AttributionModels fromResources() {
    return read(name -> {
      InputStream in = AttributionModels.class.getResourceAsStream(RESOURCES + name);
      if (in == null && !name.equals(ACCEPT)) throw new IOException("the model file " + RESOURCES + name + " is missing from the build");
      return in;
    }, "classpath:" + RESOURCES);
  }

  public static AttributionModels from(Path dir) {
    return read(name -> {
      Path f = dir.resolve(name);
      if (!Files.isRegularFile(f)) {
        if (name.equals(ACCEPT)) return null;
        throw new IOException("the model file " + f + " does not exist");
      }
      return Files.newInputStream(f);
    }, dir + "/");
  }

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private interface Reader<T> {
    T read(InputStream in, String name) throws IOException;
  }

  private static AttributionModels read(Opener opener, String where) {
    try {
      Properties settings = file(opener, where, SETTINGS, (in, name) -> {
        Properties p = new Properties();
        p.load(in);
        return p;
      });
      return new AttributionModels(file(opener, where, CUE, LinearModel::read), file(opener, where, CONTENT, LinearModel::read),
          file(opener, where, RANK, LinearModel::read), file(opener, where, SOURCE, LinearModel::read),
          file(opener, where, ACCEPT, Classifier::read), file(opener, where, CLUSTERS, Clusters::read),
          setting(settings, "cue.threshold", where), setting(settings, "accept.threshold", where),
          setting(settings, "rechoose.margin", where), setting(settings, "rule.floor", where, NO_FLOOR));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution models: " + e.getMessage(), e);
    }
  }

  /** A model file read; null when the opener has none (only the optional accept model may be absent). */
  private static <T> T file(Opener opener, String where, String name, Reader<T> reader) throws IOException {
    try (InputStream in = opener.open(name)) {
      if (in == null) return null;
      return reader.read(in, where + name);
    }
  }

  private static double setting(Properties settings, String key, String where) {
    return setting(settings, key, where, Double.NaN);
  }

  /** A setting, overridden by the system property {@code newsgraph.models.KEY}; {@code absent} where neither names it (NaN: required). */
  private static double setting(Properties settings, String key, String where, double absent) {
    String v = System.getProperty("newsgraph.models." + key, settings.getProperty(key));
    if (v == null && !Double.isNaN(absent)) return absent;
    if (v == null) throw new IllegalStateException(where + SETTINGS + ": no " + key);
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + SETTINGS + ": " + key + " is not a number: " + v);
    }
  }
}
