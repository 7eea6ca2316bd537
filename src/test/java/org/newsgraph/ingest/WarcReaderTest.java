package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.model.Article;

class WarcReaderTest {
  static final Instant CRAWLED = Instant.parse("2024-05-08T06:00:00Z");
  @TempDir Path dir;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  @Test
  void each_html_response_record_is_an_article_with_its_target_uri_and_date() throws IOException {
    Path warc = writeWarc("CC-NEWS-test.warc.gz", WarcCompression.GZIP);
    Collected c = Collected.read(reader, warc.toString());
    assertThat(c.rejected).isEmpty();
    assertThat(c.articles).extracting(Article::id)
        .containsExactly("courier.example-2024-bridge", "courier.example-2024-ferry", "courier.example-2024-shops");
    Article bridge = c.articles.get(0);
    assertThat(bridge.text()).isEqualTo("Riverton closes old bridge\n\n" + Pages.P1 + "\n\n" + Pages.P2);
    assertThat(bridge.published()).isEqualTo("2024-05-07T09:30:00+02:00"); // the page's own date
    Article ferry = c.articles.get(1);
    assertThat(ferry.url()).isEqualTo("https://courier.example/2024/ferry");
    assertThat(ferry.published()).isEqualTo("2024-05-08T06:00:00Z"); // no date on the page: the WARC date
    assertThat(ferry.source()).isEqualTo(warc + " record 4 (https://courier.example/2024/ferry)");
  }

  @Test
  void an_uncompressed_warc_is_read_too() throws IOException {
    Path warc = writeWarc("plain.warc", WarcCompression.NONE);
    assertThat(Collected.read(reader, warc.toString()).articles).hasSize(3);
  }

  @Test
  void a_truncated_warc_keeps_the_articles_before_the_damage() throws IOException {
    Path whole = writeWarc("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 300));
    Collected c = Collected.read(reader, cut.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("courier.example-2024-bridge", "courier.example-2024-ferry");
    assertThat(c.rejected).singleElement().asString()
        .startsWith(cut + ": truncated or corrupt after record 5")
        .contains("the 2 article(s) before it were read");
  }

  @Test
  void a_truncated_uncompressed_warc_is_reported_too() throws IOException {
    Path whole = writeWarc("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 300));
    Collected c = Collected.read(reader, cut.toString());
    assertThat(c.articles).hasSize(2);
    assertThat(c.rejected).singleElement().asString().contains(cut.toString(), "truncated or corrupt");
  }

  /** Records: a request, the bridge page, an image, the ferry page (no date of its own), a 404, the shops page. */
  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path p = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://courier.example/2024/bridge")).date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/2024/bridge").build()).build());
      w.write(response("https://courier.example/2024/bridge", 200, MediaType.HTML_UTF8,
          Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2)));
      w.write(response("https://courier.example/logo.png", 200, MediaType.parse("image/png"), "PNG..."));
      w.write(response("https://courier.example/2024/ferry", 200, MediaType.HTML_UTF8,
          "<html><head><title>Ferry to start</title></head><body><article><p>" + Pages.P3 + "</p></article></body></html>"));
      w.write(response("https://courier.example/2024/gone", 404, MediaType.HTML_UTF8, "<p>not found</p>"));
      w.write(response("https://courier.example/2024/shops", 200, MediaType.HTML_UTF8,
          "<html><head><title>Shops worry</title></head><body><article><p>" + Pages.P3 + " " + Pages.P1
              + "</p></article></body></html>"));
    }
    return p;
  }

  private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }
}
