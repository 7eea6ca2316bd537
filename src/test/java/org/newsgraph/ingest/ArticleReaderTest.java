package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class ArticleReaderTest {
  @TempDir Path dir;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  @Test
  void a_folder_mixing_formats_is_read_recursively_by_content_not_suffix() throws IOException {
    write("a/story.txt", "Bridge to close\n\n" + Pages.P1 + "\n");
    write("a/b/page.data", Pages.newsPage("Riverton closes old bridge", Pages.P2));          // HTML, odd suffix
    write("a/b/lines", "{\"id\": \"j1\", \"text\": \"" + Pages.P3 + "\"}\n");                // JSON Lines, no suffix
    write("c/feed.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><link>https://c.example/</link>"
        + "<description>d</description><item><title>Shops</title><description>" + Pages.P3 + " " + Pages.P1
        + "</description></item></channel></rss>");                                                  // a feed named .html
    write("c/.hidden.txt", Pages.P1);
    Collected c = Collected.read(reader, dir.toString());
    assertThat(c.rejected).isEmpty();
    assertThat(c.articles).extracting(Article::id).containsExactly("j1", "page", "story", "feed-item-1");
    assertThat(c.articles.get(3).text()).isEqualTo("Shops\n\n" + Pages.P3 + " " + Pages.P1);
  }

  @Test
  void files_of_one_batch_that_share_a_stem_get_ids_of_their_own_that_do_not_depend_on_order() throws IOException {
    write("2024/index.html", Pages.newsPage("Riverton closes old bridge", Pages.P1));
    write("2025/index.html", Pages.newsPage("Riverton opens new bridge", Pages.P2));
    write("notes/brief.txt", "Shops reopen\n\n" + Pages.P3 + "\n");
    Collected all = Collected.read(reader, dir.toString());
    assertThat(all.rejected).isEmpty();
    assertThat(all.articles).extracting(Article::id).doesNotHaveDuplicates().contains("brief")
        .filteredOn(id -> id.startsWith("index-")).hasSize(2);
    Collected reversed = Collected.read(reader, dir.resolve("2025").toString(), dir.resolve("2024").toString());
    assertThat(reversed.articles).extracting(Article::id)
        .containsExactlyInAnyOrderElementsOf(all.articles.stream().map(Article::id).filter(id -> id.startsWith("index-")).toList());
    assertThat(Collected.read(reader, dir.resolve("2024").toString()).only().id()).isEqualTo("index");
  }

  @Test
  void plain_text_keeps_its_exact_text_and_first_line_headline() throws IOException {
    String text = "Bridge to close\n\n" + Pages.P1 + "\r\n  \n" + Pages.P2 + "\n";
    Article a = Collected.read(reader, write("story.txt", text).toString()).only();
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.headline()).isEqualTo("Bridge to close");
  }

  @Test
  void empty_binary_compressed_and_missing_inputs_are_rejected_with_the_reason() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", "  \n\n ");
    Path binary = dir.resolve("photo.jpg");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F'});
    Path gz = dir.resolve("notes.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Pages.P1.getBytes(StandardCharsets.UTF_8));
    }
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, ("The caf\u00e9 closed. " + Pages.P1).getBytes(StandardCharsets.ISO_8859_1));
    Collected c = Collected.read(reader, empty.toString(), blank.toString(), binary.toString(), gz.toString(),
        latin.toString(), dir.resolve("nope.txt").toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected).containsExactly(
        empty + ": empty file",
        blank + ": no text (only whitespace)",
        binary + ": binary content (NUL byte at offset 3); expected text, HTML, JSON Lines, a feed or a WARC",
        gz + ": gzip-compressed, and not a WARC; unpack it first",
        latin + ": not valid UTF-8 at byte 7; convert it to UTF-8 first",
        dir.resolve("nope.txt") + ": no such file or folder");
  }

  @Test
  void articles_above_max_chars_are_rejected_and_the_others_go_on() throws IOException {
    ArticleReader small = new ArticleReader(ReaderOptions.defaults().withMaxChars(200));
    Path big = write("big.txt", Pages.P1 + "\n" + Pages.P2);
    Path ok = write("ok.txt", Pages.P1);
    Path bigLine = write("big.jsonl", "{\"id\": \"x\", \"text\": \"" + Pages.P1 + " " + Pages.P2.replace("\"", "\\\"") + "\"}\n"
        + "{\"id\": \"y\", \"text\": \"" + Pages.P1 + "\"}\n");
    Collected c = Collected.read(small, big.toString(), ok.toString(), bigLine.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("ok", "y");
    assertThat(c.rejected).containsExactly(
        big + ": too long (" + (Pages.P1.length() + 1 + Pages.P2.length()) + " characters, limit 200); raise --max-chars",
        bigLine + " line 1: too long (" + (Pages.P1.length() + 1 + Pages.P2.length()) + " characters, limit 200); raise --max-chars");
  }

  @Test
  void non_english_articles_are_skipped_with_a_clear_line() throws IOException {
    Path de = write("de.txt", Pages.GERMAN);
    Path fr = write("fr.html", "<html lang=\"fr\"><body><article><p>" + Pages.FRENCH + "</p></article></body></html>");
    Path es = write("es.txt", Pages.SPANISH);
    Path en = write("en.txt", Pages.P1);
    Collected c = Collected.read(reader, de.toString(), fr.toString(), es.toString(), en.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("en");
    assertThat(c.rejected).isEmpty();
    assertThat(c.skipped).containsExactly(
        de + ": not English (detected \"de\"); skipped",
        fr + ": not English (declared language \"fr\", detected \"fr\"); skipped",
        es + ": not English (detected \"es\"); skipped");
  }

  @Test
  void short_english_texts_are_not_rejected_as_foreign() throws IOException {
    String[] shorts = {"Police said two people were hurt.", "The minister resigned on Monday after the vote.",
        "Shares in Acme fell 4% in early trading.", "Smith denied the claims.", "Fire crews are at the scene.",
        "The deal is worth $2bn, sources say.", "Rain is expected across the north later today, forecasters said."};
    for (int i = 0; i < shorts.length; i++) {
      Path p = write("s" + i + ".txt", shorts[i]);
      assertThat(Collected.read(reader, p.toString()).only().text()).isEqualTo(shorts[i]);
    }
    // a page that wrongly declares another language is still English
    Path p = write("wrong-lang.html", "<html lang=\"de\"><body><p>" + Pages.P1 + " " + Pages.P2 + "</p></body></html>");
    assertThat(Collected.read(reader, p.toString()).articles).hasSize(1);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }
}
