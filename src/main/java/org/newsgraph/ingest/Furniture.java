package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Finds lines of page furniture in article text: "Read more: ..." links, share and subscribe
 * prompts, bylines. They stay in the text (offsets index the whole file) but yield no facts. The
 * patterns are data: {@code furniture-patterns.txt}, one regular expression per line, matched
 * against a whole trimmed line, case-insensitively.
 */
public final class Furniture {
  private static final List<Pattern> PATTERNS = load();

  private Furniture() {}

  /** The code-point spans of the furniture lines in {@code text} (without their line breaks). */
  public static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int cp = 0;
    int i = 0;
    while (i <= text.length()) {
      int nl = text.indexOf('\n', i);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(i, lineEnd);
      int lineCps = line.codePointCount(0, line.length());
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && isFurniture(trimmed)) {
        int lead = line.indexOf(trimmed.charAt(0));
        int b = cp + line.codePointCount(0, lead);
        out.add(new Span(b, b + trimmed.codePointCount(0, trimmed.length())));
      }
      cp += lineCps + 1;
      if (nl < 0) break;
      i = nl + 1;
    }
    return out;
  }

  public static boolean isFurniture(String line) {
    for (Pattern p : PATTERNS) if (p.matcher(line).matches()) return true;
    return false;
  }

  private static List<Pattern> load() {
    List<Pattern> out = new ArrayList<>();
    try (var in = Furniture.class.getResourceAsStream("furniture-patterns.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
