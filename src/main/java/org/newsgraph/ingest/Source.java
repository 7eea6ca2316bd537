package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * One input as bytes, before its format is known: a file on disk (streamed), a fetched URL, a
 * POST body, or a record inside a container.
 *
 * @see FormatSniffer
 */
public final class Source {
  private final String name;
  private final Path path;
  private final byte[] bytes;
  private final String contentType;
  private final String url;

  private Source(String name, Path path, byte[] bytes, String contentType, String url) {
    this.name = Objects.requireNonNull(name, "name may not be null");
    this.path = path;
    this.bytes = bytes;
    this.contentType = contentType;
    this.url = url;
  }

  public static Source file(Path path) {
    return new Source(path.toString(), path, null, null, null);
  }

  /**
   * @param name for messages: a URL, "POST /api/articles", "feed.xml item 3"
   * @param contentType the declared media type (with its charset parameter), or null
   * @param url the address the bytes came from, or null
   */
  public static Source bytes(String name, byte[] bytes, String contentType, String url) {
    return new Source(name, null, Objects.requireNonNull(bytes, "bytes may not be null"), contentType, url);
  }

  /** The input's name for messages: a path, a URL, or a record inside a container. */
  public String name() {
    return name;
  }

  public Path path() {
    return path;
  }

  public String contentType() {
    return contentType;
  }

  public String url() {
    return url;
  }

  /** The lower-cased file name (or URL path) of the source, for suffix hints. */
  public String fileName() {
    String n = path != null ? path.getFileName().toString() : url != null ? url : name;
    int q = n.indexOf('?');
    if (q >= 0 && path == null) n = n.substring(0, q);
    return n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  public InputStream open() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
  }

  public long size() throws IOException {
    return bytes != null ? bytes.length : Files.size(path);
  }

  private BadInput tooLarge(String what, String hint) {
    return new BadInput(name, "too large (" + what + ")" + (hint == null ? "" : "; " + hint));
  }

  /** Up to {@code n} bytes from the start. */
  public byte[] head(int n) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(n);
    }
  }

  /**
   * All the bytes, or BadInput when there are more than {@code max}. A file's bytes are counted as
   * they are read (its size on disk may be 0 or wrong: a FIFO, a file still growing).
   */
  public byte[] readAll(long max, String hint) {
    try {
      long size = size();
      if (size > max) throw tooLarge(size + " bytes, limit " + max, hint);
      if (bytes != null) return bytes;
      try (InputStream in = Files.newInputStream(path)) {
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (read.length > max) throw tooLarge("more than " + max + " bytes", hint);
        return read;
      }
    } catch (IOException e) {
      throw new BadInput(name, "cannot read: " + e.getMessage(), e);
    }
  }
}
