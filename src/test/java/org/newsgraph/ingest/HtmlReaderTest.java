package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class HtmlReaderTest {
  @TempDir Path dir;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  @Test
  void article_body_without_navigation_ads_related_links_or_comments() throws IOException {
    Path page = write("bridge.html", Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2, Pages.P3));
    Article a = Collected.read(reader, page.toString()).only();
    assertThat(a.id()).isEqualTo("bridge");
    assertThat(a.text()).isEqualTo("Riverton closes old bridge\n\n" + Pages.P1 + "\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    assertThat(a.text()).doesNotContain("Home", "Zephyr", "Share on", "Related", "Ferry company", "First!", "Copyright");
  }

  @Test
  void metadata_from_json_ld() throws IOException {
    Path page = write("bridge.html", Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2));
    Article a = Collected.read(reader, page.toString()).only();
    assertThat(a.headline()).isEqualTo("Riverton closes old bridge");
    assertThat(a.url()).isEqualTo("https://courier.example/2024/05/bridge-closure");
    assertThat(a.published()).isEqualTo("2024-05-07T09:30:00+02:00");
    assertThat(a.author()).isEqualTo("Dana Miller");
    assertThat(a.publisher()).isEqualTo("The Riverton Courier");
    assertThat(a.source()).isEqualTo(page.toString());
  }

  @Test
  void metadata_from_open_graph_and_meta_when_there_is_no_json_ld() throws IOException {
    String html = """
        <html><head><meta charset="utf-8">
        <meta property="og:title" content="Ferry service to start in June">
        <meta property="og:url" content="https://courier.example/ferry">
        <meta property="og:site_name" content="Riverton Courier">
        <meta property="article:published_time" content="2024-05-09">
        <meta name="author" content="Sam Okafor">
        </head><body><main><p>%s</p><p>%s</p></main></body></html>
        """.formatted(Pages.P1, Pages.P3);
    Article a = Collected.read(reader, write("ferry.htm", html).toString()).only();
    assertThat(a.headline()).isEqualTo("Ferry service to start in June");
    assertThat(a.url()).isEqualTo("https://courier.example/ferry");
    assertThat(a.published()).isEqualTo("2024-05-09");
    assertThat(a.author()).isEqualTo("Sam Okafor");
    assertThat(a.publisher()).isEqualTo("Riverton Courier");
    assertThat(a.text()).startsWith("Ferry service to start in June\n\n" + Pages.P1);
  }

  @Test
  void declared_charset_decodes_the_page() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        + "<body><p>The caf\u00e9 owner, Jos\u00e9 Garc\u00eda, said the closure would cost him \u20ac2,000 a week. " + Pages.P1
        + "</p></body></html>";
    Path page = dir.resolve("cafe.html");
    Files.write(page, html.getBytes(Charset.forName("windows-1252")));
    Article a = Collected.read(reader, page.toString()).only();
    assertThat(a.text()).contains("caf\u00e9 owner, Jos\u00e9 Garc\u00eda", "\u20ac2,000");
  }

  @Test
  void undeclared_non_utf8_bytes_are_rejected_with_the_offset() throws IOException {
    String html = "<html><body><p>The caf\u00e9 closed. " + Pages.P1 + "</p></body></html>";
    Path page = dir.resolve("latin.html");
    Files.write(page, html.getBytes(StandardCharsets.ISO_8859_1));
    Collected c = Collected.read(reader, page.toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected).singleElement().asString()
        .contains("latin.html", "cannot be decoded as UTF-8 at byte 22", "no charset is declared");
  }

  @Test
  void malformed_html_still_gives_its_text() throws IOException {
    String html = "<html><body><article class=story><p>" + Pages.P1 + "<p>" + Pages.P2 + "</span></div><b><i>"
        + Pages.P3 + "</b></i></p></p><table><tr><td>unclosed";
    Article a = Collected.read(reader, write("broken.html", html).toString()).only();
    assertThat(a.text()).contains(Pages.P1, Pages.P2, Pages.P3);
  }

  @Test
  void html_without_any_text_is_rejected() throws IOException {
    Collected c = Collected.read(reader, write("empty.html", "<html><head><title></title></head><body><div></div></body></html>").toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected).singleElement().asString().contains("empty.html", "no article text");
  }

  @Test
  void offsets_of_the_extracted_text_are_its_own() throws IOException {
    Path page = write("bridge.html", Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2));
    Article a = Collected.read(reader, page.toString()).only();
    int b = a.text().indexOf("Mayor Ellen Park");
    assertThat(a.text().substring(b, b + 16)).isEqualTo("Mayor Ellen Park");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }
}
