package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Decodes the bytes of an HTML page by the charset it declares: a byte-order mark, then the HTTP
 * Content-Type, then {@code <meta charset>} or {@code http-equiv} in the first 4 KB, then the XML
 * declaration. Without a declaration the page must be UTF-8. Bytes that do not decode are rejected
 * with the charset and the byte offset, never replaced silently.
 */
final class HtmlCharset {
  private static final Pattern META = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  static String decode(String input, byte[] bytes, String contentType) {
    if (bytes.length == 0) throw new BadInput(input, "empty file");
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return strict(input, bytes, 3, StandardCharsets.UTF_8, "its byte-order mark says UTF-8");
    }
    String declared = declared(bytes, contentType);
    if (declared == null) {
      return strict(input, bytes, 0, StandardCharsets.UTF_8, "no charset is declared, so UTF-8 is expected; "
          + "add <meta charset=\"...\"> or convert it to UTF-8");
    }
    Charset cs = charset(input, declared);
    return strict(input, bytes, 0, cs, "it declares charset " + declared);
  }

  /** The charset the page declares, or null. */
  static String declared(byte[] bytes, String contentType) {
    if (contentType != null) {
      Matcher m = HEADER.matcher(contentType);
      if (m.find()) return m.group(1);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (m.find()) return m.group(1);
    m = XML_DECL.matcher(head);
    if (m.find()) return m.group(1);
    return null;
  }

  private static Charset charset(String input, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // as browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii") || n.equals("l1")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new BadInput(input, "declares an unknown charset \"" + name + "\"; convert it to UTF-8");
    }
  }

  private static String strict(String input, byte[] bytes, int offset, Charset cs, String why) {
    try {
      String text = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
      if (text.isBlank()) throw new BadInput(input, "no text (only whitespace)");
      return text;
    } catch (CharacterCodingException e) {
      String at = cs.equals(StandardCharsets.UTF_8) ? " at byte " + TextFiles.firstBadByte(bytes) : "";
      throw new BadInput(input, "cannot be decoded as " + cs.name() + at + " (" + why + ")");
    }
  }
}
