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
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.model.Article;

/**
 * Keeps annotations on disk, keyed by the text CoreNLP saw, so re-extracting an article (after a
 * change to the rules, or with {@code --force}) skips the costly NLP stage. It keeps CoreNLP's
 * part only: coreference is ours and cheap ({@link Coreference}), computed afresh from that part
 * on every read, so a change to it needs no re-annotation (and the CoreNLP chains that entries
 * written before carry are dropped).
 *
 * <pre>{@code
 * Annotator cached = AnnotationCache.wrap(Annotator.corenlp(), Path.of("data/nlp-cache"));
 * }</pre>
 */
public final class AnnotationCache {
  private AnnotationCache() {}

  public static Annotator wrap(Annotator inner, Path dir) {
    return article -> {
      Path file = dir.resolve(key(article) + ".ser.gz");
      AnnotatedText cached = read(file);
      if (cached != null && cached.text().equals(article.text())) return Coreference.resolve(cached);
      AnnotatedText fresh = inner.annotate(article);
      AnnotatedText coreNlpPart = new AnnotatedText(fresh.text(), fresh.tokens(), fresh.sentences(), fresh.entityMentions(), List.of());
      write(file, coreNlpPart);
      return Coreference.resolve(coreNlpPart);
    };
  }

  private static String key(Article article) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(NlpPipeline.CACHE_KEY.getBytes(StandardCharsets.UTF_8));
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
