package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException.BadInput;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/** Files and folders to articles: ids, headlines, exact text, and a named reason for every refusal. */
class TextArticleReaderTest {
  @TempDir Path dir;

  /** Collects what a reader delivers. */
  static final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final Map<String, String> rejected = new LinkedHashMap<>();

    @Override
    public void accept(Article article) {
      articles.add(article);
    }

    @Override
    public void reject(String input, String reason) {
      rejected.put(input, reason);
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Collected read(ReaderOptions options, String... inputs) {
    Collected c = new Collected();
    new ArticleReader(options).read(List.of(inputs), c);
    return c;
  }

  @Test
  void folders_are_read_recursively_with_file_stems_as_ids_and_hidden_files_skipped() throws IOException {
    write("news/a-story.txt", "First headline\nBody one.");
    write("news/2024/03/b-story.txt", "Second headline\nBody two.");
    write("news/.DS_Store.txt", "hidden");
    Collected c = read(ReaderOptions.defaults(), dir.resolve("news").toString());
    assertThat(c.rejected).isEmpty();
    assertThat(c.articles).extracting(Article::id, Article::headline).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("a-story", "First headline"), org.assertj.core.groups.Tuple.tuple("b-story", "Second headline"));
    assertThat(c.articles).extracting(Article::source).anySatisfy(s -> assertThat(s).endsWith("2024/03/b-story.txt"));
  }

  @Test
  void stems_drop_the_known_suffix_only() {
    assertThat(ArticleReader.stem(Path.of("a/b/story.txt"))).isEqualTo("story");
    assertThat(ArticleReader.stem(Path.of("crawl.warc.gz"))).isEqualTo("crawl");
    assertThat(ArticleReader.stem(Path.of("v1.2-notes.TXT"))).isEqualTo("v1.2-notes");
    assertThat(ArticleReader.stem(Path.of("README"))).isEqualTo("README");
    assertThat(ArticleReader.stem(Path.of(".txt"))).isEqualTo(".txt");
  }

  @Test
  void the_headline_is_the_first_non_empty_line_stripped() throws IOException {
    Article a = new ArticleReader(ReaderOptions.defaults()).readText(write("h.txt", "\n   \n\t  Acme wins the bid  \r\nBody."));
    assertThat(a.headline()).isEqualTo("Acme wins the bid");
  }

  @Test
  void text_is_kept_exactly_with_crlf_and_characters_outside_the_bmp() throws IOException {
    String text = "Caf\u00e9 \uD83C\uDF89 opens\r\n\r\nThe owner, Zo\u00eb Lin, said \u201cwelcome\u201d \uD83D\uDE00.\r\nRead more: Other caf\u00e9s\r\n";
    Article a = new ArticleReader(ReaderOptions.defaults()).readText(write("cafe.txt", text));
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.headline()).isEqualTo("Caf\u00e9 \uD83C\uDF89 opens");
    assertThat(a.length()).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(text.length() - 2);
    // furniture offsets are code points: the two emoji before it shift chars but not code points
    String furniture = "Read more: Other caf\u00e9s";
    int cpBegin = text.codePointCount(0, text.indexOf(furniture));
    assertThat(a.furniture()).containsExactly(new Span(cpBegin, cpBegin + furniture.length()));
    assertThat(cpBegin).isEqualTo(text.indexOf(furniture) - 2);
  }

  @Test
  void a_missing_path_is_rejected_with_its_name() {
    String missing = dir.resolve("nowhere/story.txt").toString();
    Collected c = read(ReaderOptions.defaults(), missing);
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected).containsExactly(Map.entry(missing, "no such file or folder"));
  }

  @Test
  void bad_files_in_a_folder_are_rejected_one_by_one_and_the_rest_goes_on() throws IOException {
    write("mixed/good.txt", "Good headline\nGood body.");
    write("mixed/blank.txt", "  \n ");
    Files.write(dir.resolve("mixed/image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(dir.resolve("mixed/latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("mixed/empty.txt"), new byte[0]);
    Collected c = read(ReaderOptions.defaults(), dir.resolve("mixed").toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("good");
    String m = dir.resolve("mixed") + "/";
    assertThat(c.rejected).containsOnlyKeys(m + "blank.txt", m + "image.txt", m + "latin1.txt", m + "empty.txt");
    assertThat(c.rejected.get(m + "blank.txt")).isEqualTo("no text (only whitespace)");
    assertThat(c.rejected.get(m + "image.txt")).startsWith("binary");
    assertThat(c.rejected.get(m + "latin1.txt")).startsWith("not valid UTF-8 at byte 3");
    assertThat(c.rejected.get(m + "empty.txt")).isEqualTo("empty file");
  }

  @Test
  void an_unreadable_file_is_rejected_with_its_name() throws IOException {
    // a folder where a file is expected cannot be read as text, even by root
    Path folder = Files.createDirectories(dir.resolve("not-a-file.txt"));
    assertThatThrownBy(() -> new ArticleReader(ReaderOptions.defaults()).readText(folder))
        .isInstanceOf(BadInput.class)
        .hasMessageStartingWith(folder + ": cannot read");
  }

  @Test
  void a_file_without_read_permission_is_rejected_with_its_name() throws IOException {
    Path p = write("secret.txt", "Headline\nBody.");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(p), "running as root: permissions do not stop reading");
    Collected c = read(ReaderOptions.defaults(), p.toString());
    assertThat(c.rejected).containsExactly(Map.entry(p.toString(), "not readable (permission denied)"));
  }

  @Test
  void a_text_over_max_chars_is_rejected_and_the_limit_counts_code_points() throws IOException {
    Path longer = write("long.txt", "Headline\n" + "x".repeat(12));
    Path emoji = write("emoji.txt", "\uD83D\uDE00".repeat(20));  // 20 code points, 40 chars, 80 bytes
    ReaderOptions twenty = new ReaderOptions(20);
    Collected c = read(twenty, longer.toString(), emoji.toString());
    assertThat(c.rejected).containsOnlyKeys(longer.toString());
    assertThat(c.rejected.get(longer.toString())).isEqualTo("too long (21 characters, limit 20); raise --max-chars");
    assertThat(c.articles).extracting(Article::id).containsExactly("emoji");
  }

  @Test
  void a_huge_file_is_refused_before_it_is_read() throws IOException {
    Path big = write("big.txt", "y".repeat(100));
    Collected c = read(new ReaderOptions(10), big.toString());
    assertThat(c.rejected.get(big.toString())).startsWith("too large (100 bytes");
  }

  @Test
  void max_chars_must_be_positive() {
    assertThatThrownBy(() -> new ReaderOptions(0)).hasMessage("maxChars must be positive, got 0");
  }
}
