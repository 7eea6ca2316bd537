package org.newsgraph.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Reads JSON Lines (one article object per line, see {@link JsonArticles}) and JSON documents (an
 * article object or an array of them). A bad line (malformed JSON, not UTF-8, no text, too long) is rejected as
 * "file.jsonl line 12" and the rest of the file goes on. The file is streamed: only one line is in
 * memory at a time.
 */
final class JsonLinesReader {
  private final long maxLineBytes;

  JsonLinesReader(long maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  void readLines(Source source, String stem, Found found) {
    int lineNo = 0;
    int seen = 0;
    try (InputStream in = new BufferedInputStream(source.open(), 65536)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean more = true;
      while (more) {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          if (line.size() <= maxLineBytes) line.write(b);
          else tooLong = true;
        }
        more = b >= 0;
        lineNo++;
        if (!more && line.size() == 0) break;
        String input = source.name() + " line " + lineNo;
        if (tooLong) {
          seen++;
          found.reject(input, "line too long (more than " + maxLineBytes + " bytes)");
          continue;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) continue;
        seen++;
        readLine(input, bytes, stem + "-line-" + lineNo, found);
      }
    } catch (IOException e) {
      found.reject(source.name(), "cannot read after line " + lineNo + ": " + e.getMessage());
      return;
    }
    if (seen == 0) found.reject(source.name(), "no JSON lines (only blank lines)");
  }

  private static void readLine(String input, byte[] bytes, String fallbackId, Found found) {
    try {
      String json = TextFiles.decodeUtf8(input, bytes);
      found.article(JsonArticles.draft(input, JsonArticles.parse(input, json), fallbackId));
    } catch (BadInput e) {
      found.reject(input, ArticleReader.reason(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      found.reject(input, ArticleReader.unexpected(e));
    }
  }

  /** Reads one JSON document: an article object, or an array of them. */
  void readDocument(Source source, String stem, long maxBytes, Found found) {
    byte[] bytes = source.readAll(maxBytes, "split it into JSON Lines, which are read line by line");
    JsonElement all = JsonArticles.parse(source.name(), TextFiles.decodeUtf8(source.name(), bytes));
    if (all.isJsonObject()) {
      found.article(JsonArticles.draft(source.name(), all, stem));
      return;
    }
    if (!all.isJsonArray()) throw new BadInput(source.name(), "neither an article object nor an array of them");
    JsonArray items = all.getAsJsonArray();
    if (items.isEmpty()) throw new BadInput(source.name(), "empty JSON array: no articles");
    for (int i = 0; i < items.size(); i++) {
      String input = source.name() + " item " + (i + 1);
      try {
        found.article(JsonArticles.draft(input, items.get(i), stem + "-item-" + (i + 1)));
      } catch (BadInput e) {
        found.reject(input, ArticleReader.reason(e));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        found.reject(input, ArticleReader.unexpected(e));
      }
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
    return true;
  }
}
