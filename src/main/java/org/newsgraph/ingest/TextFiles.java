package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsgraphException.BadInput;

/** Strict decoding of article bytes: UTF-8 or a clear reason why not. */
public final class TextFiles {
  private TextFiles() {}

  /** The bytes as UTF-8 text (a byte-order mark dropped), or BadInput naming the input and the reason. */
  public static String decodeUtf8(String input, byte[] bytes) {
    if (bytes.length == 0) throw new BadInput(input, "empty file");
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new BadInput(input, "binary content (NUL byte at offset " + nul + "); expected UTF-8 text");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = decoder.decode(buf).toString();
    } catch (MalformedInputException e) {
      throw new BadInput(input, "not valid UTF-8 at byte " + firstBadByte(bytes) + "; convert it to UTF-8 first");
    } catch (CharacterCodingException e) {
      throw new BadInput(input, "not valid UTF-8: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.isBlank()) throw new BadInput(input, "no text (only whitespace)");
    return text;
  }

  public static byte[] readBytes(Path path, long maxBytes) {
    String input = path.toString();
    try {
      if (!Files.exists(path)) throw new BadInput(input, "no such file or folder");
      if (Files.isDirectory(path)) throw new BadInput(input, "cannot read: a folder, not a file");
      if (!Files.isRegularFile(path)) throw new BadInput(input, ArticleReader.NOT_REGULAR);
      if (!Files.isReadable(path)) throw new BadInput(input, "not readable (permission denied)");
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new BadInput(input, "too large (" + size + " bytes, limit " + maxBytes + "); raise --max-chars to take it");
      }
      return Source.file(path).readAll(maxBytes, "raise --max-chars to take it");
    } catch (IOException e) {
      throw new BadInput(input, "cannot read: " + e.getMessage(), e);
    }
  }

  private static int indexOfNul(byte[] bytes) {
    int n = Math.min(bytes.length, 1 << 16);
    for (int i = 0; i < n; i++) if (bytes[i] == 0) return i;
    return -1;
  }

  /** Offset of the first byte that breaks UTF-8, for the message. */
  static int firstBadByte(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (n < 0) return i;
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
      }
      // the second byte's narrower ranges rule out overlong forms, surrogates and code points past U+10FFFF
      int c1 = n > 0 ? b[i + 1] & 0xff : 0;
      if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F || c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) return i;
      i += n + 1;
    }
    return i;
  }
}
