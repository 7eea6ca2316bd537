package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphException;

/**
 * The analysts' saved queries, {@code queries/*.rq} in the project and in the jar. Each starts with
 * comment lines: the first is its title, the rest its description in plain words (the web UI shows
 * it), then one {@code # @bind VAR  what it is} line per variable a user may set. The variables follow
 * one convention: an entity by name is {@code name} ({@code accuserName}, {@code firstName}, ... when
 * there are several), the same entity by IRI drops the suffix ({@code entity}, {@code accuser},
 * {@code first}); a class is {@code type}.
 */
public final class SavedQueries {
  /** A variable a saved query lets users set. */
  public record Param(String name, String description) {}

  /** A saved query: its file name without ".rq", title, description, text and settable variables. */
  public record Saved(String name, String title, String description, String text, List<Param> params) {
    public Saved {
      params = List.copyOf(params);
    }
  }

  private SavedQueries() {}

  public static List<Saved> all() {
    List<Saved> out = new ArrayList<>();
    try {
      URI uri = SavedQueries.class.getResource("/queries").toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          collect(fs.getPath("/queries"), out);
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
          collect(FileSystems.getFileSystem(uri).getPath("/queries"), out);
        }
      } else {
        collect(Path.of(uri), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    out.sort(java.util.Comparator.comparing(Saved::name));
    return out;
  }

  private static void collect(Path dir, List<Saved> out) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
        String name = p.getFileName().toString().replaceAll("\\.rq$", "");
        out.add(parse(name, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
  }

  /** A saved query by name, or Usage listing the names. */
  public static Saved get(String name) {
    try (InputStream in = SavedQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
      if (in == null) {
        throw new NewsgraphException.Usage("no saved query named '" + name + "'; saved queries: "
            + String.join(", ", all().stream().map(Saved::name).toList()));
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A saved query read from its text, as the files under queries/ are (for benchmarks that compare versions of one). */
  public static Saved parse(String name, String text) {
    List<String> comments = new ArrayList<>();
    List<Param> params = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) break;
      String c = line.replaceFirst("^#\\s?", "");
      if (c.startsWith("@bind ")) {
        String[] p = c.substring(6).strip().split("\\s+", 2);
        params.add(new Param(p[0].replaceFirst("^[?$]", ""), p.length > 1 ? p[1] : ""));
      } else {
        comments.add(c);
      }
    }
    String title = comments.isEmpty() ? name : comments.get(0);
    String description = comments.size() > 1 ? String.join("\n", comments.subList(1, comments.size())).strip() : "";
    return new Saved(name, title, description, text, params);
  }
}
