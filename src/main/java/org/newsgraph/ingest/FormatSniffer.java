package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Tells an input's format from its first bytes, with the file suffix and declared media type only
 * as tie-breakers: a feed saved as {@code .html} is still read as a feed. Inputs that are none of
 * the formats (empty, binary, compressed non-WARC, other XML) are rejected with the reason.
 */
public final class FormatSniffer {
  static final int HEAD = 8192;

  private FormatSniffer() {}

  public static Format sniff(Source source) {
    try {
      return sniff(source.name(), source.head(HEAD), source.fileName(), source.contentType());
    } catch (IOException e) {
      throw new BadInput(source.name(), "cannot read: " + e.getMessage(), e);
    }
  }

  static Format sniff(String input, byte[] head, String fileName, String contentType) {
    if (head.length == 0) throw new BadInput(input, "empty file");
    if (startsWith(head, "WARC/")) return Format.WARC;
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      if (startsWith(gunzipHead(head), "WARC/")) return Format.WARC;
      throw new BadInput(input, "gzip-compressed, and not a WARC; unpack it first");
    }
    if (startsWithBytes(head, 0xFE, 0xFF) || startsWithBytes(head, 0xFF, 0xFE)) {
      throw new BadInput(input, "UTF-16 text; convert it to UTF-8 first");
    }
    int nul = indexOf(head, (byte) 0);
    if (nul >= 0) throw new BadInput(input, "binary content (NUL byte at offset " + nul + "); expected text, HTML, JSON Lines, a feed or a WARC");
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int i = firstNonSpace(text);
    if (i < 0) throw new BadInput(input, "no text (only whitespace)");
    String lower = text.substring(i).toLowerCase(Locale.ROOT);
    char first = lower.charAt(0);
    if (first == '<') {
      if (isFeed(lower)) return Format.FEED;
      if (lower.startsWith("<?xml") && !lower.contains("<html") && !lower.contains("<!doctype html")) {
        throw new BadInput(input, "XML that is neither an RSS or Atom feed nor XHTML");
      }
      return Format.HTML;
    }
    if (first == '{') return Format.JSON_LINES;
    if (first == '[') return Format.JSON;
    if (type.contains("html") || fileName.endsWith(".html") || fileName.endsWith(".htm")) return Format.HTML;
    if (type.contains("json")) return Format.JSON_LINES;
    return Format.TEXT;
  }

  private static boolean isFeed(String lower) {
    int start = skipProlog(lower);
    String rest = lower.substring(start);
    return rest.startsWith("<rss") || rest.startsWith("<rdf:rdf") || rest.startsWith("<feed") && rest.contains("atom");
  }

  /** Skips an XML declaration, comments, processing instructions and a doctype. */
  private static int skipProlog(String s) {
    int i = 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      if (s.startsWith("<?", i)) i = after(s, "?>", i);
      else if (s.startsWith("<!--", i)) i = after(s, "-->", i);
      else if (s.startsWith("<!doctype", i)) i = after(s, ">", i);
      else return Math.min(i, s.length());
      if (i >= s.length()) return s.length();
    }
  }

  private static int after(String s, String end, int from) {
    int j = s.indexOf(end, from);
    return j < 0 ? s.length() : j + end.length();
  }

  private static byte[] gunzipHead(byte[] head) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static int firstNonSpace(String s) {
    int i = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // a UTF-8 byte-order mark, read as Latin-1
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i < s.length() ? i : -1;
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
    return true;
  }

  private static boolean startsWithBytes(byte[] b, int x, int y) {
    return b.length >= 2 && (b[0] & 0xff) == x && (b[1] & 0xff) == y;
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
    return -1;
  }
}
