package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers (the KBP lists behind COUNTRY, STATE_OR_PROVINCE, CITY,
 * NATIONALITY, TITLE and the rest), rewritten so that every entry can be found from the words of
 * a sentence. Why: CoreNLP's {@code TokensRegexNERAnnotator} indexes an entry by a token that is
 * a plain string; an entry whose every token is a regular expression ({@code Calif\.?},
 * {@code u\.s\.-owned}, about a thousand of the 586,000) is tried at every token of every
 * sentence, and those thousand took most of NER's time and over half of the whole pipeline's.
 * Most of them name a handful of strings, so each is written out as those strings
 * ({@code ( "Calif" )}, {@code ( "Calif." )}), which CoreNLP indexes: the same matches, the same
 * types and priorities, the same per-file options. The few that are open-ended
 * ({@code @[A-Za-z_][a-zA-Z_0-9]*}) stay as they are.
 *
 * <p>The rewritten lists are derived from the models jar on the classpath when the pipeline loads
 * and written to a temporary directory of the process (about 18 MB, deleted on exit).
 */
final class Gazetteer {
  static final String DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  /** CoreNLP's default for {@code ner.fine.regexner.mapping}, with the two files as placeholders. */
  private static final String MAPPING = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,%s;%s";
  /** What CoreNLP's TokensRegex treats as a plain string (ComplexNodePattern's test). */
  private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
  /** At most this many strings for one entry; beyond it the entry stays a regular expression. */
  static final int MAX_STRINGS = 64;

  private static volatile String mapping;

  private Gazetteer() {}

  /** The value for {@code ner.fine.regexner.mapping}: CoreNLP's lists, rewritten, on first call. */
  static String mapping() {
    String m = mapping;
    if (m == null) {
      synchronized (Gazetteer.class) {
        m = mapping;
        if (m == null) mapping = m = write();
      }
    }
    return m;
  }

  private static String write() {
    try {
      Path dir = Files.createTempDirectory("newsgraph-gazetteer");
      dir.toFile().deleteOnExit();
      Path caseless = rewrite("regexner_caseless.tab", dir);
      Path cased = rewrite("regexner_cased.tab", dir);
      return String.format(MAPPING, caseless, cased);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rewritten NER gazetteers to a temporary directory: " + e.getMessage(), e);
    }
  }

  private static Path rewrite(String name, Path dir) throws IOException {
    Path out = dir.resolve(name);
    out.toFile().deleteOnExit();
    try (BufferedReader in = open(DIR + name); BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        for (String l : rewriteLine(line)) {
          w.write(l);
          w.newLine();
        }
      }
    }
    return out;
  }

  private static BufferedReader open(String resource) throws IOException {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IOException(resource + " is not on the classpath (CoreNLP's models jar)");
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * One line of a mapping file, as the lines that replace it: itself when CoreNLP can index it
   * already (a token is a plain string) or when it is open-ended; otherwise one line per string it
   * names, each a TokensRegex sequence of exact words, the other columns unchanged.
   */
  static List<String> rewriteLine(String line) {
    int tab = line.indexOf('\t');
    if (tab <= 0) return List.of(line);
    String pattern = line.substring(0, tab).trim();
    if (pattern.startsWith("( ")) return List.of(line);
    String[] tokens = pattern.split("\\s+");
    for (String t : tokens) if (LITERAL.matcher(t).matches()) return List.of(line);
    List<String> sequences = List.of("");
    for (String t : tokens) {
      Optional<List<String>> words = strings(t);
      if (words.isEmpty() || words.get().size() * sequences.size() > MAX_STRINGS) return List.of(line);
      List<String> next = new ArrayList<>();
      for (String s : sequences) {
        for (String w : words.get()) {
          if (w.isEmpty() || w.indexOf('"') >= 0 || w.indexOf('\\') >= 0 || w.chars().anyMatch(Character::isWhitespace)) {
            return List.of(line);
          }
          next.add(s + " \"" + w + "\"");
        }
      }
      sequences = next;
    }
    String rest = line.substring(tab);
    List<String> out = new ArrayList<>(sequences.size());
    for (String s : sequences) out.add("(" + s + " )" + rest);
    return out;
  }

  /**
   * The strings a regular expression matches in full, when they are few: literal characters,
   * escaped punctuation, {@code ?} after a character or group, groups with alternatives, and
   * character classes of plain characters. Empty for anything open-ended or beyond that syntax.
   */
  static Optional<List<String>> strings(String regex) {
    Expander e = new Expander(regex);
    List<String> all = e.alternatives();
    if (all == null || e.pos != regex.length()) return Optional.empty();
    return Optional.of(List.copyOf(new LinkedHashSet<>(all)));
  }

  /** A recursive-descent reader of the small regular-expression syntax above; null means "not finite". */
  private static final class Expander {
    private final String re;
    private int pos;

    Expander(String re) {
      this.re = re;
    }

    List<String> alternatives() {
      List<String> out = new ArrayList<>();
      while (true) {
        List<String> seq = sequence();
        if (seq == null) return null;
        out.addAll(seq);
        if (out.size() > MAX_STRINGS) return null;
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return out;
      }
    }

    private List<String> sequence() {
      List<String> out = List.of("");
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        List<String> atom = atom();
        if (atom == null) return null;
        if (pos < re.length() && re.charAt(pos) == '?') {
          pos++;
          List<String> optional = new ArrayList<>(atom);
          optional.add(0, "");
          atom = optional;
        }
        if (pos < re.length() && "*+{".indexOf(re.charAt(pos)) >= 0) return null;
        List<String> next = new ArrayList<>();
        for (String s : out) for (String a : atom) next.add(s + a);
        if (next.size() > MAX_STRINGS) return null;
        out = next;
      }
      return out;
    }

    private List<String> atom() {
      char c = re.charAt(pos++);
      switch (c) {
        case '(' -> {
          if (re.startsWith("?:", pos)) pos += 2;
          else if (pos < re.length() && re.charAt(pos) == '?') return null;
          List<String> inner = alternatives();
          if (inner == null || pos >= re.length() || re.charAt(pos) != ')') return null;
          pos++;
          return inner;
        }
        case '[' -> {
          List<String> chars = new ArrayList<>();
          while (pos < re.length() && re.charAt(pos) != ']') {
            char k = re.charAt(pos++);
            if (k == '\\') {
              if (pos >= re.length() || Character.isLetterOrDigit(re.charAt(pos))) return null;
              k = re.charAt(pos++);
            } else if (k == '^' || k == '-' || k == '[') {
              return null;
            }
            chars.add(String.valueOf(k));
          }
          if (pos >= re.length() || chars.isEmpty()) return null;
          pos++;
          return chars;
        }
        case '\\' -> {
          if (pos >= re.length() || Character.isLetterOrDigit(re.charAt(pos))) return null;
          return List.of(String.valueOf(re.charAt(pos++)));
        }
        case '.', '*', '+', '?', '{', '}', '^', '$', ']' -> {
          return null;
        }
        default -> {
          if (Character.isHighSurrogate(c) && pos < re.length()) return List.of(re.substring(pos - 1, ++pos));
          return List.of(String.valueOf(c));
        }
      }
    }
  }
}
