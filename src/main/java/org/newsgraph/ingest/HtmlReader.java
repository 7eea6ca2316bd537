package org.newsgraph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Reads an HTML page as one article: the body text without page furniture ({@link HtmlText}), the
 * metadata ({@link HtmlMetadata}), the charset as declared ({@link HtmlCharset}). The article text
 * is the headline, a blank line, then the body paragraphs; offsets refer to this text.
 */
final class HtmlReader {
  private HtmlReader() {}

  /**
   * @param id the article id (a file stem, or made from the URL)
   * @param url the page's address when known; it resolves links and becomes the article url
   */
  static Draft read(String input, String id, byte[] bytes, String contentType, String url) {
    String html = HtmlCharset.decode(input, bytes, contentType);
    return parse(input, id, html, url);
  }

  static Draft parse(String input, String id, String html, String url) {
    Document doc;
    try {
      doc = url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
    } catch (RuntimeException e) {
      throw new BadInput(input, "cannot parse the HTML: " + e.getMessage(), e);
    }
    HtmlMetadata meta = HtmlMetadata.of(doc);
    String body = HtmlText.body(doc, meta.url() != null ? meta.url() : url);
    if (body.isBlank()) throw new BadInput(input, "no article text found in the HTML");
    String headline = meta.headline();
    String text = headline == null || startsWithHeadline(body, headline) ? body : headline + "\n\n" + body;
    String articleUrl = meta.url() != null ? meta.url() : ArticleIds.isHttpUrl(url) ? url : null;
    return new Draft(input, id, text, headline, articleUrl, meta.published(), meta.publisher(), meta.author(), meta.lang());
  }

  private static boolean startsWithHeadline(String body, String headline) {
    int nl = body.indexOf('\n');
    String first = nl < 0 ? body : body.substring(0, nl);
    return first.strip().equalsIgnoreCase(headline.strip());
  }
}
