package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where the entity-link index lives and how it comes to be: built on first use from the
 * {@code models-english-kbp} jar on the class path, then only opened (milliseconds).
 *
 * <p>The folder is, in order: the system property {@code newsgraph.kb}, the environment variable
 * {@code NEWSGRAPH_KB}, {@code $XDG_DATA_HOME/newsgraph}, {@code ~/.local/share/newsgraph}.
 *
 * <pre>{@code
 * WikiIndex kb = KnowledgeBase.shared();   // null when the kbp jar is not on the class path
 * }</pre>
 */
public final class KnowledgeBase {
  /** The dictionary inside CoreNLP's models-english-kbp jar. */
  public static final String WIKIDICT = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
  static final String FILE = "wikidict-v1.idx";

  private static volatile WikiIndex shared;
  private static volatile boolean looked;

  private KnowledgeBase() {}

  /** The folder for the index, from the settings above. */
  public static Path folder() {
    String p = System.getProperty("newsgraph.kb");
    if (p == null || p.isBlank()) p = System.getenv("NEWSGRAPH_KB");
    if (p != null && !p.isBlank()) return Path.of(p);
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("newsgraph");
  }

  /** The index of this process, opened (or built) once; null when no dictionary is to be had. */
  public static WikiIndex shared() {
    if (!looked) {
      synchronized (KnowledgeBase.class) {
        if (!looked) {
          shared = openOrBuild(folder().resolve(FILE), msg -> System.err.println(msg));
          looked = true;
        }
      }
    }
    return shared;
  }

  /**
   * Opens the index at {@code file}, building it first from the class path's dictionary if it is
   * missing; null when it is missing and there is no dictionary.
   */
  public static WikiIndex openOrBuild(Path file, Consumer<String> progress) {
    if (!Files.isRegularFile(file)) {
      try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(WIKIDICT)) {
        if (in == null) return null;
        progress.accept("entity-link index: building " + file + " from CoreNLP's Wikipedia dictionary (once; about a minute)");
        WikiIndexBuilder.build(in, file, progress);
      } catch (IOException e) {
        throw new org.newsgraph.NewsgraphException("cannot read " + WIKIDICT + ": " + e.getMessage(), e);
      }
    }
    return WikiIndex.open(file);
  }
}
