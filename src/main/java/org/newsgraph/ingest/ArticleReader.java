package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphException.BadInput;
import org.newsgraph.model.Article;

/**
 * Turns inputs into articles: files and folders (recursively, mixing formats), and http(s) URLs.
 * The format of each is told by its content ({@link FormatSniffer}) and read by one reader per
 * format: {@link TextReader}, {@link HtmlReader}, {@link JsonLinesReader}, {@link FeedReader},
 * {@link WarcReader}. Every article then passes the same checks: not too long, some text, English
 * (others are skipped with the reason), and gets its headline and page furniture marked.
 *
 * <p>An input that cannot become an article is rejected with its name and the reason; the others
 * go on. Inside a container the name says where: {@code news.jsonl line 12}, {@code cc.warc.gz record
 * 7 (https://...)}, {@code feed.xml item 3}.
 *
 * <pre>{@code
 * new ArticleReader(ReaderOptions.defaults()).read(List.of("news/", "https://example.com/story"), sink);
 * }</pre>
 */
public final class ArticleReader {
  static final String NOT_REGULAR = "not a regular file (a FIFO, device or socket); only regular files are read";
  private final ReaderOptions options;
  private volatile UrlFetcher fetcher;

  public ArticleReader(ReaderOptions options) {
    this.options = options;
  }

  public ReaderOptions options() {
    return options;
  }

  /**
   * Reads every input. A file's id is its stem ({@code story.html} gives {@code story}); files of
   * one batch that share a stem ({@code 2024/index.html}, {@code 2025/index.html}) each add a hash
   * of their path, so that neither replaces the other.
   */
  public void read(List<String> inputs, ArticleSink sink) {
    Map<String, List<Path>> listed = new HashMap<>();
    Map<String, Set<Path>> stems = new HashMap<>();
    for (String input : inputs) {
      if (isUrl(input)) continue;
      Path path = Path.of(input);
      List<Path> files = Files.isDirectory(path) ? listFiles(path, input, sink) : Files.exists(path) ? List.of(path) : List.of();
      listed.put(input, files);
      for (Path f : files) stems.computeIfAbsent(key(f), k -> new HashSet<>()).add(f.toAbsolutePath().normalize());
    }
    for (String input : inputs) {
      if (isUrl(input)) {
        readUrl(input, sink);
      } else if (!Files.exists(Path.of(input))) {
        sink.reject(input, "no such file or folder");
      } else if (!Files.isDirectory(Path.of(input)) && !Files.isRegularFile(Path.of(input))) {
        sink.reject(input, NOT_REGULAR);
      } else {
        for (Path file : listed.get(input)) {
          read(Source.file(file), fileId(file, stems.get(key(file)).size() > 1), sink);
        }
      }
    }
  }

  /**
   * The id of a file read in a batch: its stem, plus a hash of its absolute path when another file
   * of the batch has the same stem (compared ignoring case).
   */
  public static String fileId(Path file, boolean stemShared) {
    String id = stem(file);
    return stemShared ? id + "-" + ArticleIds.hash(file.toAbsolutePath().normalize().toString()).substring(0, 8) : id;
  }

  private static String key(Path file) {
    return stem(file).toLowerCase(Locale.ROOT);
  }

  private static boolean isUrl(String input) {
    return input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8);
  }

  /** Reads one source whose format is told by its content. */
  public void read(Source source, ArticleSink sink) {
    read(source, defaultId(source), sink);
  }

  private void read(Source source, String id, ArticleSink sink) {
    Found found = found(sink);
    try {
      dispatch(source, FormatSniffer.sniff(source), id, found);
    } catch (BadInput e) {
      found.reject(e.input(), reason(e));
    } catch (RuntimeException e) {
      found.reject(source.name(), unexpected(e));
    } catch (StackOverflowError | OutOfMemoryError e) {
      found.reject(source.name(), unexpected(e));
    }
  }

  /**
   * Reads one source in a format told by the caller (an HTTP POST's content type).
   *
   * @param id the article id, or null to make one from the source
   */
  public void read(Source source, Format format, String id, ArticleSink sink) {
    Found found = found(sink);
    try {
      dispatch(source, format, id == null ? defaultId(source) : id, found);
    } catch (BadInput e) {
      found.reject(e.input(), reason(e));
    } catch (RuntimeException e) {
      found.reject(source.name(), unexpected(e));
    } catch (StackOverflowError | OutOfMemoryError e) {
      found.reject(source.name(), unexpected(e));
    }
  }

  private void readUrl(String url, ArticleSink sink) {
    UrlFetcher.Fetched page;
    try {
      page = fetcher().fetch(url);
    } catch (BadInput e) {
      sink.reject(url, reason(e));
      return;
    }
    Found found = found(sink);
    Source source = Source.bytes(url, page.body(), page.contentType(), page.url());
    try {
      dispatch(source, FormatSniffer.sniff(source), ArticleIds.fromUrl(url), found);
    } catch (BadInput e) {
      found.reject(e.input(), reason(e));
    } catch (RuntimeException e) {
      found.reject(url, unexpected(e));
    } catch (StackOverflowError | OutOfMemoryError e) {
      found.reject(url, unexpected(e));
    }
  }

  private void dispatch(Source source, Format format, String id, Found found) {
    switch (format) {
      case TEXT -> found.article(TextReader.read(source.name(), id,
          source.readAll(options.maxChars() * 4L, "raise --max-chars to take it")));
      case HTML -> found.article(HtmlReader.read(source.name(), id, source.readAll(options.maxBytes(), null),
          source.contentType(), source.url()));
      case JSON_LINES -> new JsonLinesReader(options.maxBytes()).readLines(source, id, found);
      case JSON -> new JsonLinesReader(options.maxBytes()).readDocument(source, id, options.maxBytes(), found);
      case FEED -> new FeedReader(fetcher(), options.maxBytes()).read(source, id, found);
      case WARC -> new WarcReader(options.maxBytes()).read(source, found);
    }
  }

  private static String defaultId(Source source) {
    if (source.path() != null) return stem(source.path());
    if (source.url() != null) return ArticleIds.fromUrl(source.url());
    // posted bytes: the same content gets the same id
    return "article-" + ArticleIds.hash(new String(source.readAll(Long.MAX_VALUE, null), StandardCharsets.ISO_8859_1));
  }

  private UrlFetcher fetcher() {
    UrlFetcher f = fetcher;
    if (f == null) {
      synchronized (this) {
        if (fetcher == null) fetcher = new UrlFetcher(options.fetchTimeout(), options.maxBytes());
        f = fetcher;
      }
    }
    return f;
  }

  private Found found(ArticleSink sink) {
    return new Found() {
      @Override
      public void article(Draft draft) {
        Article article;
        try {
          article = finish(draft);
        } catch (BadInput e) {
          sink.reject(e.input(), reason(e));
          return;
        } catch (IllegalArgumentException e) {
          sink.reject(draft.input(), e.getMessage());
          return;
        }
        String why = options.englishOnly() ? Language.whyNotEnglish(article.text(), draft.lang()) : null;
        if (why != null) sink.skip(draft.input(), why);
        else sink.accept(article);
      }

      @Override
      public void reject(String input, String reason) {
        sink.reject(input, reason);
      }
    };
  }

  private Article finish(Draft d) {
    String text = d.text();
    if (text == null || text.isBlank()) throw new BadInput(d.input(), "no article text");
    long chars = text.codePointCount(0, text.length());
    if (chars > options.maxChars()) {
      throw new BadInput(d.input(), "too long (" + chars + " characters, limit " + options.maxChars() + "); raise --max-chars");
    }
    String headline = d.headline() != null ? d.headline() : headline(text);
    return new Article(d.id(), text, headline, d.url(), d.published(), d.publisher(), d.author(), d.input(),
        Furniture.find(text));
  }

  private List<Path> listFiles(Path dir, String input, ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      Path root = dir.toRealPath();
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> options.followLinks() || staysInside(p, root, sink))
          .sorted()
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      sink.reject(input, "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  /** False, with a skip line, for a symbolic link that leads out of the folder being read. */
  private static boolean staysInside(Path file, Path root, ArticleSink sink) {
    try {
      if (file.toRealPath().startsWith(root)) return true;
      sink.skip(file.toString(), "a symbolic link out of the folder (to " + file.toRealPath() + "); pass --follow-links to read it");
    } catch (IOException e) {
      sink.skip(file.toString(), "cannot resolve the link: " + e.getMessage());
    }
    return false;
  }

  /** A plain-text article file: UTF-8, headline the first non-empty line, id the file stem. */
  public Article readText(Path file) {
    byte[] bytes = TextFiles.readBytes(file, options.maxChars() * 4L);
    return finish(TextReader.read(file.toString(), stem(file), bytes));
  }

  /** Builds an article from text: headline the first non-empty line, furniture marked. */
  public Article textArticle(String id, String text, String source) {
    return finish(new Draft(source, id, text, null, null, null, null, null, null));
  }

  /**
   * The reason for a failure no reader foresaw (a library choking on odd input): named, on one line,
   * so that it costs only this input and not the batch.
   */
  static String unexpected(Throwable e) {
    if (e instanceof StackOverflowError) return "cannot read: nested too deeply (stack overflow)";
    if (e instanceof OutOfMemoryError) return "cannot read: too large for the memory left (out of memory); give the JVM more heap (-Xmx)";
    String m = e.getMessage();
    return "cannot read (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse("")) + ")";
  }

  /** The reason part of a BadInput's message (the message is "input: reason"). */
  static String reason(BadInput e) {
    String m = e.getMessage();
    String prefix = e.input() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
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
    for (String suffix : List.of(".warc.gz", ".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".xml", ".rss",
        ".atom", ".warc")) {
      if (lower.endsWith(suffix) && name.length() > suffix.length()) return name.substring(0, name.length() - suffix.length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
