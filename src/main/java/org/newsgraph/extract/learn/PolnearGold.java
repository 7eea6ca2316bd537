package org.newsgraph.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.model.Span;

/**
 * Reads a PolNeAR-format folder ({@code text/<stem>.txt} and {@code attributions/<stem>_<annotator>.ann},
 * brat standoff): each article's gold attributions, from the alphabetically first annotator's file
 * as the PolNeAR scorer reads them. Offsets are code points, as ours.
 */
public final class PolnearGold {
  private PolnearGold() {}

  /** One gold attribution: its content, source and cue spans (source and cue may be empty). */
  public record Attribution(List<Span> content, List<Span> source, List<Span> cue) {}

  /** A gold article: its text file and attributions. */
  public record Doc(String stem, Path text, List<Attribution> attributions) {}

  public static List<Doc> read(Path folder) throws IOException {
    Path texts = folder.resolve("text");
    Path anns = folder.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(folder + ": not a PolNeAR folder (needs text/ and attributions/)");
    }
    List<String> annNames;
    try (Stream<Path> s = Files.list(anns)) {
      annNames = s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".ann")).sorted().toList();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(texts)) {
      files = s.filter(x -> x.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String stem = name.substring(0, name.length() - 4);
      String ann = annNames.stream().filter(n -> n.startsWith(stem + "_")).findFirst().orElse(null);
      if (ann == null) continue;
      out.add(new Doc(stem, f, parse(Files.readString(anns.resolve(ann), StandardCharsets.UTF_8), ann)));
    }
    return out;
  }

  static List<Attribution> parse(String ann, String where) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    int n = 0;
    for (String line : ann.split("\n")) {
      n++;
      if (line.startsWith("T")) {
        String[] f = line.split("\t");
        if (f.length < 2) continue;
        String[] typeAndRanges = f[1].split(" ", 2);
        if (typeAndRanges.length < 2) throw new IOException(where + ": line " + n + ": cannot read span " + f[1]);
        List<Span> list = new ArrayList<>();
        for (String frag : typeAndRanges[1].split(";")) {
          String[] be = frag.trim().split(" ");
          try {
            list.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
          } catch (RuntimeException e) {
            throw new IOException(where + ": line " + n + ": cannot read span " + frag);
          }
        }
        spans.put(f[0], list);
      } else if (line.startsWith("E")) {
        String[] f = line.split("\t");
        if (f.length >= 2) events.add(f[1].trim().split("\\s+"));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] args : events) {
      List<Span> content = new ArrayList<>();
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        int colon = args[i].indexOf(':');
        if (colon < 0) continue;
        String role = args[i].substring(0, colon).replaceAll("\\d+$", "");
        List<Span> s = spans.get(args[i].substring(colon + 1));
        if (s == null) continue;
        switch (role) {
          case "Content" -> content.addAll(s);
          case "Source" -> source.addAll(s);
          case "Cue" -> cue.addAll(s);
          default -> { }
        }
      }
      if (!content.isEmpty()) out.add(new Attribution(content, source, cue));
    }
    return out;
  }
}
