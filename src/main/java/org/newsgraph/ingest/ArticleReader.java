package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphException.BadInput;
import org.newsgraph.model.Article;

/**
 * Turns command-line inputs (files and folders, recursively) into articles. Every input that
 * cannot become an article is rejected with its name and the reason; the others go on.
 *
 * <pre>{@code
 * new ArticleReader(ReaderOptions.defaults()).read(List.of("news/"), sink);
 * }</pre>
 */
public final class ArticleReader {
  private final ReaderOptions options;

  public ArticleReader(ReaderOptions options) {
    this.options = options;
  }

  public void read(List<String> inputs, ArticleSink sink) {
    for (String input : inputs) readOne(input, sink);
  }

  private void readOne(String input, ArticleSink sink) {
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      sink.reject(input, "no such file or folder");
      return;
    }
    if (Files.isDirectory(path)) {
      for (Path file : listFiles(path, input, sink)) readFile(file, sink);
    } else {
      readFile(path, sink);
    }
  }

  private List<Path> listFiles(Path dir, String input, ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      sink.reject(input, "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  private void readFile(Path file, ArticleSink sink) {
    try {
      sink.accept(readText(file));
    } catch (BadInput e) {
      sink.reject(e.input(), e.getMessage().substring(e.input().length() + 2));
    }
  }

  /** A plain-text article: UTF-8, headline the first non-empty line, id the file stem. */
  public Article readText(Path file) {
    byte[] bytes = TextFiles.readBytes(file, options.maxChars() * 4L);
    String text = TextFiles.decodeUtf8(file.toString(), bytes);
    return textArticle(stem(file), text, file.toString());
  }

  /** Builds an article from text: headline the first non-empty line, furniture marked. */
  public Article textArticle(String id, String text, String source) {
    long chars = text.codePointCount(0, text.length());
    if (chars > options.maxChars()) {
      throw new BadInput(source, "too long (" + chars + " characters, limit " + options.maxChars() + "); raise --max-chars");
    }
    return Article.ofText(id, text, headline(text), source, Furniture.find(text));
  }

  static String headline(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) return line.strip();
    }
    return null;
  }

  /** The file name without its last suffix(es): {@code a/b/story.txt} gives {@code story}. */
  public static String stem(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(".warc.gz", ".txt", ".html", ".htm", ".jsonl", ".json", ".xml", ".warc")) {
      if (lower.endsWith(suffix) && name.length() > suffix.length()) return name.substring(0, name.length() - suffix.length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
