package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class UrlInputTest {
  static LocalWeb web;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withFetchTimeout(Duration.ofMillis(800))
      .withMaxBytes(200_000));

  @BeforeAll
  static void serve() throws IOException {
    web = new LocalWeb()
        .page("/2024/05/bridge", "text/html; charset=utf-8", Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2))
        .page("/big", "text/html", "<p>" + "word ".repeat(100_000) + "</p>")
        .status("/gone", 404)
        .slow("/slow", 5_000)
        .trickle("/trickle", 100);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void a_url_becomes_an_article_with_an_id_from_the_url() {
    Article a = Collected.read(reader, web.url("/2024/05/bridge")).only();
    assertThat(a.id()).isEqualTo("127.0.0.1-2024-05-bridge");
    assertThat(a.text()).startsWith("Riverton closes old bridge\n\n" + Pages.P1);
    assertThat(a.source()).isEqualTo(web.url("/2024/05/bridge"));
  }

  @Test
  void http_errors_are_rejected_with_the_status() {
    Collected c = Collected.read(reader, web.url("/gone"));
    assertThat(c.rejected).containsExactly(web.url("/gone") + ": HTTP 404 from the server");
  }

  @Test
  void a_slow_server_times_out() {
    long t0 = System.nanoTime();
    Collected c = Collected.read(reader, web.url("/slow"));
    assertThat(c.rejected).singleElement().asString().contains("/slow", "timed out");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void a_server_that_trickles_bytes_is_cut_off_at_the_deadline() {
    long t0 = System.nanoTime();
    Collected c = Collected.read(reader, web.url("/trickle"));
    assertThat(c.rejected).singleElement().asString().contains("/trickle", "did not finish within 800 ms");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void a_dead_port_is_rejected() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/story";
    Collected c = Collected.read(reader, url);
    assertThat(c.rejected).singleElement().asString().startsWith(url + ": cannot connect");
  }

  @Test
  void a_page_above_the_size_limit_is_rejected() {
    Collected c = Collected.read(reader, web.url("/big"));
    assertThat(c.rejected).singleElement().asString().contains("/big", "too large");
  }
}
