package org.newsgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists under {@code resources/org/newsgraph/extract/}: one entry per line,
 * {@code #} starts a comment line. Lists are data, documented in their own headers.
 */
public final class Lexicon {
  /** Where the lists live on the class path. */
  private static final String ROOT = "/org/newsgraph/extract/";

  private Lexicon() {}

  /** The entries of a list, lowercased. */
  public static Set<String> words(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(resource)) out.add(line.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  /** One entry of a list and the line it is on, for error messages. */
  public record Entry(String resource, int line, String text) {
    /** An error about this entry that names the file and line: "verbs.tsv:12: unknown frame 'clase'". */
    public IllegalStateException error(String why) {
      return new IllegalStateException(resource + ":" + line + ": " + why);
    }
  }

  /** The entries of a list as written. */
  public static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries(resource)) out.add(e.text());
    return out;
  }

  /** The entries of a list with their line numbers. */
  public static List<Entry> entries(String resource) {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + ROOT.substring(1) + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) out.add(new Entry(resource, n, s));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A two-column table (name TAB aliases separated by "|"): alias, and the name itself, to name. */
  public static Map<String, String> aliases(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      String[] cols = line.split("\t");
      String name = cols[0].strip();
      out.put(name, name);
      if (cols.length > 1) for (String alias : cols[1].split("\\|")) out.put(alias.strip(), name);
    }
    return out;
  }
}
