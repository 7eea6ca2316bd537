package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.model.Article;

/**
 * Keeps annotations on disk, keyed by the text CoreNLP saw, so re-extracting an article (after a
 * change to the rules, or with {@code --force}) skips the costly NLP stage.
 *
 * <pre>{@code
 * Annotator cached = AnnotationCache.wrap(Annotator.corenlp(), Path.of("data/nlp-cache"));
 * }</pre>
 */
public final class AnnotationCache {
  private AnnotationCache() {}

  public static Annotator wrap(Annotator inner, Path dir) {
    return wrap(inner, dir, NlpPipeline.ANNOTATORS);
  }

  /** As {@link #wrap(Annotator, Path)}, for an annotator that runs {@code annotators} (they are part of the key). */
  public static Annotator wrap(Annotator inner, Path dir, String annotators) {
    return article -> {
      Path file = dir.resolve(key(article, annotators) + ".ser.gz");
      AnnotatedText cached = read(file);
      if (cached != null && cached.text().equals(article.text())) return cached;
      AnnotatedText fresh = inner.annotate(article);
      write(file, fresh);
      return fresh;
    };
  }

  /** The cached annotation of an article by {@code annotators}, or null. */
  public static AnnotatedText lookup(Path dir, Article article, String annotators) {
    AnnotatedText cached = read(dir.resolve(key(article, annotators) + ".ser.gz"));
    return cached != null && cached.text().equals(article.text()) ? cached : null;
  }

  private static String key(Article article, String annotators) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(annotators.getBytes(StandardCharsets.UTF_8));
      md.update(NlpPipeline.blankFurniture(article.text(), article.furniture()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AnnotatedText read(Path file) {
    if (!Files.isRegularFile(file)) return null;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        ObjectInputStream ois = new ObjectInputStream(in)) {
      return (AnnotatedText) ois.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return null;  // stale or damaged entry: annotate again
    }
  }

  private static void write(Path file, AnnotatedText doc) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "nlp", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp));
          ObjectOutputStream oos = new ObjectOutputStream(out)) {
        oos.writeObject(doc);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // a cache that cannot be written only costs time
    }
  }
}
