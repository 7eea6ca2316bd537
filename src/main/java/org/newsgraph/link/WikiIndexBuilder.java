package org.newsgraph.link;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.NewsgraphException;

/**
 * Builds a {@link WikiIndex} file from a Wikipedia dictionary in CoreNLP's format: one
 * {@code form TAB title TAB prior} per line, gzipped, grouped by title. Forms that are web
 * addresses or wiki markup ("en:Huawei", "http://...") are dropped; each form keeps its
 * {@value #MAX_CANDIDATES} most likely titles (those with a prior of at least {@value #MIN_PRIOR},
 * and always the best).
 *
 * <p>The file is written beside the target under a temporary name and moved into place only when
 * complete, so a killed build never leaves a broken index.
 */
public final class WikiIndexBuilder {
  static final int MAX_CANDIDATES = 6;
  static final double MIN_PRIOR = 0.005;

  private long[] fps = new long[1 << 20];
  private int[] ids = new int[1 << 20];
  private char[] priors = new char[1 << 20];
  private int n;
  private byte[] titleBytes = new byte[1 << 20];
  private int titleLen;
  private int[] titleStarts = new int[1 << 16];
  private int titleCount;

  private WikiIndexBuilder() {}

  /**
   * Reads the gzipped dictionary and writes the index to {@code target}; {@code progress} hears a
   * line now and then. Returns the target.
   */
  public static Path build(InputStream gzipped, Path target, Consumer<String> progress) {
    WikiIndexBuilder b = new WikiIndexBuilder();
    Path tmp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      b.read(new GZIPInputStream(gzipped, 1 << 16), progress);
      progress.accept("entity-link index: sorting " + b.n + " entries");
      b.sort();
      tmp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        b.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      progress.accept("entity-link index: " + Files.size(target) / (1 << 20) + " MB written to " + target);
      return target;
    } catch (IOException e) {
      throw new NewsgraphException("cannot build the entity-link index " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a left-over .part file is harmless: the next build writes a new one
        }
      }
    }
  }

  private void read(InputStream in, Consumer<String> progress) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    String lastTitle = null;
    long lines = 0;
    while ((line = r.readLine()) != null) {
      if (++lines % 5_000_000 == 0) progress.accept("entity-link index: read " + lines / 1_000_000 + " M dictionary lines");
      int t1 = line.indexOf('\t');
      int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
      if (t2 < 0) continue;
      String form = line.substring(0, t1);
      if (!usable(form)) continue;
      double prior;
      try {
        prior = Double.parseDouble(line.substring(t2 + 1));
      } catch (NumberFormatException e) {
        continue;
      }
      String title = line.substring(t1 + 1, t2);
      if (title.isEmpty()) continue;
      if (!title.equals(lastTitle)) {
        addTitle(title);
        lastTitle = title;
      }
      String key = WikiIndex.normalize(form);
      if (key.isEmpty()) continue;
      add(WikiIndex.fingerprint(key), titleCount - 1, (char) Math.round(Math.max(0, Math.min(1, prior)) * 65535));
    }
  }

  /** Names, not addresses or markup. */
  static boolean usable(String form) {
    if (form.isEmpty() || form.length() > 100) return false;
    if (form.contains("http") || form.contains("www.") || form.contains("ikipedia") || form.contains("/wiki") || form.contains("://")) return false;
    int colon = form.indexOf(':');
    return colon < 0 || colon > 6 || !form.substring(0, colon).chars().allMatch(Character::isLowerCase);
  }

  private void addTitle(String title) {
    byte[] b = title.getBytes(StandardCharsets.UTF_8);
    if (titleLen + b.length > titleBytes.length) titleBytes = Arrays.copyOf(titleBytes, Math.max(titleBytes.length * 2, titleLen + b.length));
    if (titleCount + 1 >= titleStarts.length) titleStarts = Arrays.copyOf(titleStarts, titleStarts.length * 2);
    titleStarts[titleCount++] = titleLen;
    System.arraycopy(b, 0, titleBytes, titleLen, b.length);
    titleLen += b.length;
  }

  private void add(long fp, int id, char prior) {
    if (n == fps.length) {
      int cap = n + (n >> 1);
      fps = Arrays.copyOf(fps, cap);
      ids = Arrays.copyOf(ids, cap);
      priors = Arrays.copyOf(priors, cap);
    }
    fps[n] = fp;
    ids[n] = id;
    priors[n] = prior;
    n++;
  }

  // --- sorting parallel arrays by fingerprint, then prior descending ---------------------------

  private void sort() {
    quicksort(0, n - 1);
  }

  private boolean less(int a, int b) {
    return fps[a] < fps[b] || fps[a] == fps[b] && priors[a] > priors[b];
  }

  private void quicksort(int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      if (less(mid, lo)) swap(mid, lo);
      if (less(hi, lo)) swap(hi, lo);
      if (less(hi, mid)) swap(hi, mid);
      swap(mid, hi - 1);
      int p = hi - 1;
      int i = lo;
      int j = hi - 1;
      while (true) {
        while (less(++i, p)) {}
        while (j > lo && less(p, --j)) {}
        if (i >= j) break;
        swap(i, j);
      }
      swap(i, hi - 1);
      // recurse into the smaller half, loop on the larger, so the stack stays shallow
      if (i - lo < hi - i) {
        quicksort(lo, i - 1);
        lo = i + 1;
      } else {
        quicksort(i + 1, hi);
        hi = i - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && less(j, j - 1); j--) swap(j, j - 1);
    }
  }

  private void swap(int a, int b) {
    long f = fps[a];
    fps[a] = fps[b];
    fps[b] = f;
    int d = ids[a];
    ids[a] = ids[b];
    ids[b] = d;
    char p = priors[a];
    priors[a] = priors[b];
    priors[b] = p;
  }

  // --- writing ---------------------------------------------------------------------------------

  private void write(OutputStream raw) throws IOException {
    // Compact in place: form j's fingerprint goes to fps[j], its offset into the data to ids[j].
    byte[] data = new byte[1 << 20];
    int dataLen = 0;
    int forms = 0;
    int[] group = new int[MAX_CANDIDATES];
    char[] groupPrior = new char[MAX_CANDIDATES];
    int i = 0;
    while (i < n) {
      int k = i;
      long fp = fps[i];
      int count = 0;
      while (k < n && fps[k] == fp) {
        boolean dup = false;
        for (int c = 0; c < count; c++) dup |= group[c] == ids[k];
        if (!dup && count < MAX_CANDIDATES && (count == 0 || priors[k] / 65535.0 >= MIN_PRIOR)) {
          group[count] = ids[k];
          groupPrior[count] = priors[k];
          count++;
        }
        k++;
      }
      if (dataLen + 1 + count * 6 > data.length) data = Arrays.copyOf(data, data.length * 2);
      fps[forms] = fp;
      ids[forms] = dataLen;
      forms++;
      data[dataLen++] = (byte) count;
      for (int c = 0; c < count; c++) {
        int id = group[c];
        data[dataLen++] = (byte) (id >>> 24);
        data[dataLen++] = (byte) (id >>> 16);
        data[dataLen++] = (byte) (id >>> 8);
        data[dataLen++] = (byte) id;
        data[dataLen++] = (byte) (groupPrior[c] >>> 8);
        data[dataLen++] = (byte) groupPrior[c];
      }
      i = k;
    }
    titleStarts[titleCount] = titleLen;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
      out.writeLong(WikiIndex.MAGIC);
      out.writeLong(forms);
      out.writeLong(titleCount);
      for (int f = 0; f < forms; f++) out.writeLong(fps[f]);
      for (int f = 0; f < forms; f++) out.writeInt(ids[f]);
      out.writeInt(dataLen);
      out.write(data, 0, dataLen);
      for (int t = 0; t <= titleCount; t++) out.writeInt(titleStarts[t]);
      out.write(titleBytes, 0, titleLen);
    }
  }
}
