package org.newsgraph.ingest;

/** Reads a plain-text article: strict UTF-8, headline the first non-empty line. */
final class TextReader {
  private TextReader() {}

  static Draft read(String input, String id, byte[] bytes) {
    String text = TextFiles.decodeUtf8(input, bytes);
    return new Draft(input, id, text, null, null, null, null, null, null);
  }
}
