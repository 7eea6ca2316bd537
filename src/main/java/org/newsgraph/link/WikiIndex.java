package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsgraphException;

/**
 * A read-only, memory-mapped dictionary from surface forms ("Obama", "the EU") to Wikipedia titles
 * with their prior P(title | form), built once by {@link WikiIndexBuilder} from CoreNLP's
 * {@code wikidict.tab.gz}. Opening it maps the file and reads a header: no heap beyond a few
 * buffers, whatever the dictionary's size. Safe for any number of threads.
 *
 * <pre>{@code
 * WikiIndex kb = WikiIndex.open(Path.of("wikidict.idx"));
 * List<WikiIndex.Candidate> c = kb.candidates("Huawei");   // [Huawei 0.99, ...]
 * }</pre>
 *
 * <p>Layout (big-endian): magic, form count n, title count t; n sorted 64-bit form fingerprints;
 * n int offsets into the candidate area; the candidate area (per form: a count byte, then per
 * candidate an int title id and a 16-bit prior); t+1 int offsets into the title bytes; the UTF-8
 * titles.
 */
public final class WikiIndex {
  static final long MAGIC = 0x4e4757494b493031L;  // "NGWIKI01"
  static final int HEADER = 8 + 8 + 8;

  /** A Wikipedia title for a form, with P(title | form) from anchor texts. */
  public record Candidate(String title, double prior) {}

  private final LongBuffer fps;
  private final ByteBuffer offsets;
  private final ByteBuffer data;
  private final ByteBuffer titleOffsets;
  private final ByteBuffer titles;
  private final int forms;

  private WikiIndex(MappedByteBuffer map, Path file) {
    if (map.capacity() < HEADER || map.getLong(0) != MAGIC) {
      throw new NewsgraphException("entity-link index " + file + " is not an index of this version; delete it to rebuild");
    }
    long n = map.getLong(8);
    long t = map.getLong(16);
    forms = (int) n;
    int pos = HEADER;
    fps = slice(map, pos, forms * 8L).asLongBuffer();
    pos += forms * 8;
    offsets = slice(map, pos, forms * 4L);
    pos += forms * 4;
    int dataLen = map.getInt(pos);
    pos += 4;
    data = slice(map, pos, dataLen);
    pos += dataLen;
    titleOffsets = slice(map, pos, (t + 1) * 4);
    pos += (int) ((t + 1) * 4);
    titles = slice(map, pos, map.capacity() - pos);
  }

  private static ByteBuffer slice(ByteBuffer b, int pos, long len) {
    return b.slice(pos, (int) len);
  }

  /** Maps an index file written by {@link WikiIndexBuilder}. */
  public static WikiIndex open(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (ch.size() > Integer.MAX_VALUE) throw new NewsgraphException("entity-link index " + file + " is larger than 2 GB");
      return new WikiIndex(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()), file);
    } catch (IOException e) {
      throw new NewsgraphException("cannot open entity-link index " + file + ": " + e.getMessage(), e);
    }
  }

  /** Number of distinct surface forms. */
  public int size() {
    return forms;
  }

  /** The titles a form may mean, highest prior first; empty when the form is unknown. */
  public List<Candidate> candidates(String form) {
    String key = normalize(form);
    if (key.isEmpty()) return List.of();
    int i = find(fingerprint(key));
    if (i < 0) return List.of();
    int at = offsets.getInt(i * 4);
    int count = data.get(at) & 0xff;
    List<Candidate> out = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      int p = at + 1 + c * 6;
      out.add(new Candidate(title(data.getInt(p)), (data.getShort(p + 4) & 0xffff) / 65535.0));
    }
    return out;
  }

  /** The best title for a form, or null. */
  public Candidate best(String form) {
    List<Candidate> c = candidates(form);
    return c.isEmpty() ? null : c.get(0);
  }

  private String title(int id) {
    int from = titleOffsets.getInt(id * 4);
    int to = titleOffsets.getInt(id * 4 + 4);
    byte[] b = new byte[to - from];
    titles.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private int find(long fp) {
    int lo = 0;
    int hi = forms - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long v = fps.get(mid);
      if (v < fp) lo = mid + 1;
      else if (v > fp) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The form as the index keys it: NFKC, whitespace collapsed, case kept. */
  static String normalize(String form) {
    return Normalizer.normalize(form, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, finished with the MurmurHash3 mixer. */
  static long fingerprint(String normalized) {
    long h = 0xcbf29ce484222325L;
    for (byte b : normalized.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
