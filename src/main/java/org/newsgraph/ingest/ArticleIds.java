package org.newsgraph.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Article identifiers for sources that have no file name: URLs, feed items, WARC records. */
final class ArticleIds {
  static final int MAX_LENGTH = 120;

  private ArticleIds() {}

  /**
   * A readable, stable id from a URL: host without {@code www.}, then path and query, with every run
   * of other characters made one dash. {@code https://www.example.com/2024/05/story.html?id=7} gives
   * {@code example.com-2024-05-story.html-id-7}. Long ones are cut and end in a hash of the URL.
   */
  static String fromUrl(String url) {
    String host = "";
    String rest = url;
    try {
      URI u = new URI(url);
      if (u.getHost() != null) {
        host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        rest = (u.getRawPath() == null ? "" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      }
    } catch (java.net.URISyntaxException e) {
      // use the whole string
    }
    String slug = slug(host + "/" + rest);
    if (slug.isEmpty()) slug = "article";
    if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH - 13) + "-" + hash(url);
    return slug;
  }

  static String slug(String s) {
    String out = s.replaceAll("[^A-Za-z0-9._~]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return out;
  }

  /** The first 12 hex digits of the SHA-256 of {@code s}. */
  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) sb.append(String.format("%02x", d[i]));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True for absolute http(s) URLs that parse. */
  static boolean isHttpUrl(String s) {
    if (s == null) return false;
    try {
      URI u = new URI(s.strip());
      return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
