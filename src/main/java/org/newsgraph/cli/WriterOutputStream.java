package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets Jena's stream writers print through picocli's writer, so tests capture the output. */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter out;
  private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

  WriterOutputStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    buf.write(b);
    if (b == '\n') flush();
  }

  @Override
  public void write(byte[] b, int off, int len) {
    buf.write(b, off, len);
    if (buf.size() > 8192) flush();
  }

  @Override
  public void flush() {
    // only whole UTF-8 sequences are decoded: cut at the last newline or flush everything on close
    byte[] bytes = buf.toByteArray();
    int cut = bytes.length;
    while (cut > 0 && (bytes[cut - 1] & 0xC0) == 0x80) cut--;
    if (cut > 0 && (bytes[cut - 1] & 0x80) != 0) cut--;
    if (cut <= 0) return;
    out.write(new String(bytes, 0, cut, StandardCharsets.UTF_8));
    buf.reset();
    buf.write(bytes, cut, bytes.length - cut);
    out.flush();
  }

  @Override
  public void close() {
    flush();
    if (buf.size() > 0) out.write(buf.toString(StandardCharsets.UTF_8));
    out.flush();
  }
}
