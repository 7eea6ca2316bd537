package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Reads a WARC or WARC.gz file (as Common Crawl's CC-NEWS publishes them) with jwarc: every HTML
 * response record with status 200 is an article, its id made from the WARC target URI and its date
 * from the page, else the WARC date. Other records (requests, metadata, redirects, images) are passed
 * over. A truncated or corrupt file keeps the articles before the damage and reports the rest.
 */
final class WarcReader {
  private final long maxRecordBytes;

  WarcReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Room for the HTTP header on top of a record's body limit. */
  private static final long HTTP_HEADER_ALLOWANCE = 1024 * 1024;

  void read(Source source, Found found) {
    int records = 0;
    int articles = 0;
    try (InputStream in = source.open(); var warc = new org.netpreserve.jwarc.WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next = warc.next();
        if (next.isEmpty()) break;
        records++;
        if (next.get() instanceof WarcResponse response && readRecord(source, response, records, found)) articles++;
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String what = records == 0 ? "not a readable WARC" : "truncated or corrupt after record " + records;
      found.reject(source.name(), what + " (" + describe(e) + ")" + (articles > 0 ? "; the " + articles
          + " article(s) before it were read" : ""));
      return;
    }
    if (records == 0) found.reject(source.name(), "empty WARC: no records");
  }

  /** True when the record was an HTML page (accepted or rejected); false when passed over. */
  private boolean readRecord(Source source, WarcResponse response, int n, Found found) throws IOException {
    long declared = response.body().size();
    if (declared > maxRecordBytes + HTTP_HEADER_ALLOWANCE) {
      // before its HTTP header is parsed: a header that never ends would fill the heap
      found.reject(source.name() + " record " + n + " (" + response.target() + ")",
          "too large (" + declared + " bytes, limit " + maxRecordBytes + ")");
      return true;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return false; // not an HTTP response (e.g. DNS or gemini); nothing to read
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString();
    if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) return false;
    String target = response.target();
    String input = source.name() + " record " + n + " (" + target + ")";
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
    }
    if (body.length > maxRecordBytes) {
      found.reject(input, "too large (more than " + maxRecordBytes + " bytes)");
      return true;
    }
    try {
      String id = ArticleIds.fromUrl(target);
      Draft d = HtmlReader.read(input, id, body, type.raw(), ArticleIds.isHttpUrl(target) ? target : null);
      String date = Dates.of(response.date());
      found.article(d.withDefaults(new Draft(input, id, null, null, null, date, null, null, null)));
    } catch (BadInput e) {
      found.reject(input, ArticleReader.reason(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      found.reject(input, ArticleReader.unexpected(e));
    }
    return true;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
