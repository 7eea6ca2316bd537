package org.newsgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Reads an RSS or Atom feed (Rome): each item is an article. An item that carries its full text
 * ({@code content:encoded}, Atom content) is read from the feed; one that carries only a summary is
 * fetched through its link and read as an HTML page, with the item's title, date and author where
 * the page has none.
 */
final class FeedReader {
  /** Item content with fewer paragraphs and characters than these counts as a summary. */
  static final int FULL_TEXT_PARAGRAPHS = 3;
  static final int FULL_TEXT_CHARS = 600;

  private final UrlFetcher fetcher;
  private final long maxBytes;

  FeedReader(UrlFetcher fetcher, long maxBytes) {
    this.fetcher = fetcher;
    this.maxBytes = maxBytes;
  }

  void read(Source source, String stem, Found found) {
    byte[] bytes = source.readAll(maxBytes, null);
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadInput(source.name(), "not a readable RSS or Atom feed: " + oneLine(e.getMessage()));
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries == null || entries.isEmpty()) throw new BadInput(source.name(), "feed has no items");
    String publisher = feed.getTitle();
    for (int i = 0; i < entries.size(); i++) {
      String input = source.name() + " item " + (i + 1);
      try {
        found.article(item(input, entries.get(i), stem + "-item-" + (i + 1), publisher, feed.getLanguage()));
      } catch (BadInput e) {
        found.reject(e.input(), ArticleReader.reason(e));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        found.reject(input, ArticleReader.unexpected(e));
      }
    }
  }

  private Draft item(String input, SyndEntry e, String fallbackId, String publisher, String lang) {
    String link = ArticleIds.isHttpUrl(e.getLink()) ? e.getLink().strip() : ArticleIds.isHttpUrl(e.getUri()) ? e.getUri() : null;
    String id = link != null ? ArticleIds.fromUrl(link) : fallbackId;
    Draft fromFeed = new Draft(input, id, null, clean(e.getTitle()), link,
        Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()), clean(publisher),
        author(e), lang);
    String content = text(e.getContents());
    if (content != null && isFullText(content)) return withHeadline(fromFeed.withText(content));
    if (link != null) {
      String where = input + " (" + link + ")";
      UrlFetcher.Fetched page;
      try {
        page = fetcher.fetch(link);
      } catch (BadInput b) {
        throw new BadInput(where, "the feed has only a summary and its link failed: " + ArticleReader.reason(b));
      }
      if (page.contentType() != null && !page.contentType().toLowerCase(java.util.Locale.ROOT).contains("html")) {
        throw new BadInput(where, "the feed has only a summary and its link is not an HTML page ("
            + page.contentType().split(";")[0].strip() + ")");
      }
      Draft d = HtmlReader.read(where, id, page.body(), page.contentType(), page.url());
      return d.withInput(input).withDefaults(fromFeed);
    }
    String summary = content != null ? content : e.getDescription() == null ? null : text(List.of(e.getDescription()));
    if (summary == null || summary.isBlank()) throw new BadInput(input, "item has no text and no link");
    return withHeadline(fromFeed.withText(summary));
  }

  private static boolean isFullText(String content) {
    return content.length() >= FULL_TEXT_CHARS || content.split("\n\n").length >= FULL_TEXT_PARAGRAPHS;
  }

  private static Draft withHeadline(Draft d) {
    if (d.headline() == null || d.text().startsWith(d.headline())) return d;
    return d.withText(d.headline() + "\n\n" + d.text());
  }

  private static String text(List<SyndContent> contents) {
    if (contents == null || contents.isEmpty()) return null;
    List<String> parts = new ArrayList<>();
    for (SyndContent c : contents) {
      if (c == null || c.getValue() == null || c.getValue().isBlank()) continue;
      String type = c.getType() == null ? "text/html" : c.getType();
      parts.add(type.contains("html") ? HtmlText.fragment(Jsoup.parseBodyFragment(c.getValue())) : c.getValue().strip());
    }
    String all = String.join("\n\n", parts);
    return all.isBlank() ? null : all;
  }

  private static String author(SyndEntry e) {
    if (e.getAuthors() != null && !e.getAuthors().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (SyndPerson p : e.getAuthors()) if (p.getName() != null && !p.getName().isBlank()) names.add(p.getName().strip());
      if (!names.isEmpty()) return String.join(", ", names);
    }
    return clean(e.getAuthor());
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.replaceAll("\\s+", " ").strip();
  }

  private static String oneLine(String m) {
    return m == null ? "unknown error" : m.lines().findFirst().orElse(m);
  }
}
