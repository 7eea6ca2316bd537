package org.newsgraph.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings for reading inputs, with safe defaults.
 *
 * <pre>{@code
 * ReaderOptions o = ReaderOptions.defaults().withMaxChars(200_000);
 * }</pre>
 *
 * @param maxChars articles longer than this many characters (code points) are rejected
 * @param maxBytes a page, feed or fetched URL larger than this is rejected (WARC and JSON Lines files
 *     are streamed and only their records are limited)
 * @param fetchTimeout how long a URL may take to connect, and again to answer in full
 * @param englishOnly skip articles whose language is confidently detected as not English
 * @param followLinks in a folder, read symbolic links that lead outside it (by default they are skipped)
 */
public record ReaderOptions(int maxChars, long maxBytes, Duration fetchTimeout, boolean englishOnly, boolean followLinks) {
  public static final int DEFAULT_MAX_CHARS = 1_000_000;
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);

  public ReaderOptions {
    if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    Objects.requireNonNull(fetchTimeout, "fetchTimeout may not be null");
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive, got " + fetchTimeout);
    }
  }

  public ReaderOptions(int maxChars, long maxBytes, Duration fetchTimeout, boolean englishOnly) {
    this(maxChars, maxBytes, fetchTimeout, englishOnly, false);
  }

  public ReaderOptions(int maxChars) {
    this(maxChars, Math.max(DEFAULT_MAX_BYTES, maxChars * 8L), DEFAULT_FETCH_TIMEOUT, true);
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_CHARS);
  }

  public ReaderOptions withMaxChars(int v) {
    return new ReaderOptions(v, Math.max(maxBytes, v * 8L), fetchTimeout, englishOnly, followLinks);
  }

  public ReaderOptions withMaxBytes(long v) {
    return new ReaderOptions(maxChars, v, fetchTimeout, englishOnly, followLinks);
  }

  public ReaderOptions withFetchTimeout(Duration v) {
    return new ReaderOptions(maxChars, maxBytes, v, englishOnly, followLinks);
  }

  public ReaderOptions withEnglishOnly(boolean v) {
    return new ReaderOptions(maxChars, maxBytes, fetchTimeout, v, followLinks);
  }

  public ReaderOptions withFollowLinks(boolean v) {
    return new ReaderOptions(maxChars, maxBytes, fetchTimeout, englishOnly, v);
  }
}
