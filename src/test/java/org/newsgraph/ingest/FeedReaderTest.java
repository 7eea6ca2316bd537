package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class FeedReaderTest {
  static LocalWeb web;
  @TempDir Path dir;
  final ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withFetchTimeout(Duration.ofSeconds(2)));

  @BeforeAll
  static void serve() throws IOException {
    web = new LocalWeb()
        .page("/news/bridge", "text/html; charset=utf-8", Pages.newsPage("Riverton closes old bridge", Pages.P1, Pages.P2))
        .status("/news/missing", 404);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void rss_items_with_full_content_are_read_from_the_feed() throws IOException {
    String content = ("<p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p>").replace("&", "&amp;");
    Path f = write("courier.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Riverton Courier</title><link>https://courier.example/</link><description>News</description>
        <language>en-us</language>
        <item><title>Bridge to close</title><link>https://courier.example/2024/bridge</link>
          <pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><dc:creator>Dana Miller</dc:creator>
          <description>The council voted to close the bridge.</description>
          <content:encoded><![CDATA[%s]]></content:encoded></item>
        </channel></rss>
        """.formatted(content));
    Article a = Collected.read(reader, f.toString()).only();
    assertThat(a.id()).isEqualTo("courier.example-2024-bridge");
    assertThat(a.text()).isEqualTo("Bridge to close\n\n" + Pages.P1 + "\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    assertThat(a.url()).isEqualTo("https://courier.example/2024/bridge");
    assertThat(a.published()).isEqualTo("2024-05-07T09:30:00Z");
    assertThat(a.author()).isEqualTo("Dana Miller");
    assertThat(a.publisher()).isEqualTo("Riverton Courier");
    assertThat(a.source()).isEqualTo(f + " item 1");
  }

  @Test
  void atom_entries_with_only_a_summary_are_fetched_through_their_link() throws IOException {
    Path f = write("courier.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Riverton Courier</title><id>urn:courier</id><updated>2024-05-07T10:00:00Z</updated>
          <entry><title>Bridge to close</title><id>urn:1</id><link href="%s"/>
            <updated>2024-05-07T10:00:00Z</updated><summary>The council voted.</summary></entry>
          <entry><title>Gone</title><id>urn:2</id><link href="%s"/>
            <updated>2024-05-07T10:00:00Z</updated><summary>Not there.</summary></entry>
        </feed>
        """.formatted(web.url("/news/bridge"), web.url("/news/missing")));
    Collected c = Collected.read(reader, f.toString());
    Article a = c.only();
    assertThat(a.text()).isEqualTo("Riverton closes old bridge\n\n" + Pages.P1 + "\n\n" + Pages.P2);
    assertThat(a.author()).isEqualTo("Dana Miller");
    assertThat(a.source()).isEqualTo(f + " item 1");
    assertThat(c.rejected).singleElement().asString()
        .contains(f + " item 2", "/news/missing", "only a summary", "HTTP 404");
  }

  @Test
  void a_feed_with_no_items_is_rejected() throws IOException {
    Path f = write("empty.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>"
        + "<link>https://q.example/</link><description>none</description></channel></rss>");
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.rejected).containsExactly(f + ": feed has no items");
  }

  @Test
  void a_broken_feed_is_rejected_with_the_parser_reason() throws IOException {
    Path f = write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item>");
    Collected c = Collected.read(reader, f.toString());
    assertThat(c.rejected).singleElement().asString().startsWith(f + ": not a readable RSS or Atom feed: ");
  }

  @Test
  void a_feed_served_at_a_url_is_read_as_a_feed() throws IOException {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title><link>https://c.example/</link>"
        + "<description>d</description><item><title>Bridge</title><link>" + web.url("/news/bridge") + "</link>"
        + "<description>short</description></item></channel></rss>";
    try (LocalWeb feedWeb = new LocalWeb().page("/feed", "application/rss+xml", rss)) {
      Article a = Collected.read(reader, feedWeb.url("/feed")).only();
      assertThat(a.text()).startsWith("Riverton closes old bridge\n\n" + Pages.P1);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }
}
