package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class JsonLinesReaderTest {
  @TempDir Path dir;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  @Test
  void one_article_per_line_with_its_fields() throws IOException {
    Path f = write("news.jsonl", """
        {"id": "bridge-1", "text": "%s", "url": "https://courier.example/bridge", "title": "Bridge to close", "published": "2024-05-07", "publisher": "Riverton Courier", "lang": "en", "author": "Dana Miller", "wordcount": 40}
        {"html": "<html><body><article><h1>Ferry plan</h1><p>%s</p></article></body></html>", "url": "https://courier.example/ferry", "datePublished": "Tue, 07 May 2024 09:30:00 GMT"}
        """.formatted(Pages.P1, Pages.P3));
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.rejected).isEmpty();
    assertThat(c.articles).hasSize(2);
    Article a = c.articles.get(0);
    assertThat(a.id()).isEqualTo("bridge-1");
    assertThat(a.text()).isEqualTo(Pages.P1);
    assertThat(a.headline()).isEqualTo("Bridge to close");
    assertThat(a.url()).isEqualTo("https://courier.example/bridge");
    assertThat(a.published()).isEqualTo("2024-05-07");
    assertThat(a.publisher()).isEqualTo("Riverton Courier");
    assertThat(a.author()).isEqualTo("Dana Miller");
    assertThat(a.source()).isEqualTo(f + " line 1");
    Article b = c.articles.get(1);
    assertThat(b.id()).isEqualTo("courier.example-ferry");
    assertThat(b.text()).isEqualTo("Ferry plan\n\n" + Pages.P3);
    assertThat(b.published()).isEqualTo("2024-05-07T09:30:00Z");
  }

  @Test
  void malformed_lines_are_rejected_and_the_rest_of_the_file_goes_on() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("{\"id\": \"a\", \"text\": \"" + Pages.P1 + "\"}\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\": \"b\", \"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\": \"c\", \"title\": \"no text here\"}\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\": \"d\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9); // Latin-1, not UTF-8
    out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("{\"id\": \"e\", \"text\": \"" + Pages.P2.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("mixed.jsonl");
    Files.write(f, out.toByteArray());
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("a", "e");
    assertThat(c.rejected).hasSize(4);
    assertThat(c.rejected.get(0)).startsWith(f + " line 2: malformed JSON");
    assertThat(c.rejected.get(1)).isEqualTo(f + " line 4: not a JSON object");
    assertThat(c.rejected.get(2)).isEqualTo(f + " line 5: no \"text\" or \"html\" field with content");
    assertThat(c.rejected.get(3)).startsWith(f + " line 6: not valid UTF-8 at byte 24");
  }

  @Test
  void a_line_declaring_another_language_is_skipped() throws IOException {
    Path f = write("de.jsonl", "{\"id\": \"de-1\", \"lang\": \"de\", \"text\": \"" + Pages.GERMAN + "\"}\n");
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected).isEmpty();
    assertThat(c.skipped).singleElement().asString().contains("de.jsonl line 1", "not English", "\"de\"");
  }

  @Test
  void lines_without_id_or_url_get_the_file_stem_and_line_number() throws IOException {
    Path f = write("feed-dump.jsonl", "{\"text\": \"" + Pages.P1 + "\"}\n");
    assertThat(Collected.read(reader, f.toString()).only().id()).isEqualTo("feed-dump-line-1");
  }

  @Test
  void a_json_array_of_articles_is_read_too() throws IOException {
    Path f = write("list.json", "[{\"id\": \"x\", \"text\": \"" + Pages.P1 + "\"}, {\"id\": \"y\"}]");
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("x");
    assertThat(c.rejected).containsExactly(f + " item 2: no \"text\" or \"html\" field with content");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }
}
