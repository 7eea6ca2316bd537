package org.newsgraph.ingest;

/**
 * Settings for reading inputs, with safe defaults.
 *
 * @param maxChars articles longer than this many characters are rejected
 */
public record ReaderOptions(int maxChars) {
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  public ReaderOptions {
    if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_CHARS);
  }
}
