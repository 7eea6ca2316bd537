package org.newsgraph.extract.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.entity.RoleExtractor;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.AnnotationCache;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the stance classifier against PolNeAR gold without a statement extractor: every gold
 * attribution becomes a statement (gold source, cue and content spans), the stance stage types
 * them, and each class's recall is counted against the scorer's gold classes (cue words, the
 * {@code STANCE_CUE_WORDS} table of {@code score_attributions.py}, read from the script itself),
 * with the statements typed so whose gold cue is not in the class.
 *
 * <p>Annotations come from an NLP cache only (read-only; no CoreNLP here): system property
 * {@code newsgraph.test.polnear-cache}, default {@code /work/nlp-cache}. Articles not in the cache
 * are skipped and counted. Split: {@code newsgraph.test.polnear-split}, default {@code dev}. Skips
 * when the eval data is absent.
 */
class PolnearStanceHarnessTest {
  private static final Pattern EVENT_ROLE = Pattern.compile("(Content|Source|Cue)\\d*:(T\\d+)");

  @Test
  void stance_recall_on_polnear_gold_attributions() throws IOException {
    Path eval = Path.of(System.getProperty("newsgraph.shared", "../shared"), "eval");
    String split = System.getProperty("newsgraph.test.polnear-split", "dev");
    Path dir = eval.resolve("polnear").resolve(split);
    Path cacheDir = Path.of(System.getProperty("newsgraph.test.polnear-cache", "/work/nlp-cache"));
    assumeTrue(Files.isDirectory(dir.resolve("text")) && Files.isDirectory(cacheDir), "no PolNeAR " + split + " or NLP cache");
    Map<Stance, List<String>> cueWords = cueWords(eval.resolve("score_attributions.py"));

    var cached = AnnotationCache.wrap(a -> {
      throw new NotCached();
    }, cacheDir);
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    Map<Stance, int[]> counts = new EnumMap<>(Stance.class);  // gold, typed, pred, predOther
    for (Stance s : Stance.values()) counts.put(s, new int[4]);
    int docs = 0;
    int skipped = 0;
    int statements = 0;
    int typedNoCue = 0;
    List<String> misses = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> files = Files.list(dir.resolve("text"))) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path textFile : texts) {
      String stem = textFile.getFileName().toString().replaceAll("\\.txt$", "");
      Path ann = annFile(dir.resolve("attributions"), stem);
      if (ann == null) continue;
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      Article article = reader.textArticle(stem, text, textFile.toString());
      AnnotatedText doc;
      try {
        doc = cached.annotate(article);
      } catch (NotCached e) {
        skipped++;
        continue;
      }
      docs++;
      EntityIndex index = new EntityExtractor().extract(article, doc);
      List<Statement> gold = goldStatements(ann, article, index);
      statements += gold.size();
      StanceAnalyzer.Result result = new StanceAnalyzer().analyze(article, new ParseView(doc), index,
          new RoleExtractor().extract(doc, index), gold, List.of());
      for (Statement st : result.statements()) {
        Set<Stance> goldClasses = classes(cueWords, st.cue());
        for (Stance c : Stance.values()) {
          int[] n = counts.get(c);
          boolean g = goldClasses.contains(c);
          boolean p = st.stances().contains(c);
          if (g) n[0]++;
          if (g && p) n[1]++;
          if (p) n[2]++;
          if (p && !g) n[3]++;
          if (g && !p && (c == Stance.DENIAL || c == Stance.ACCUSATION)) misses.add(c + " missed: [" + st.cue() + "] " + clip(st.content()));
          if (p && !g && others.size() < 400) others.add(c + " by " + st.stanceRules() + ": [" + st.cue() + "] " + clip(st.content()));
        }
        if (!st.stances().isEmpty() && goldClasses.isEmpty()) typedNoCue++;
      }
    }
    assumeTrue(docs > 0, "no " + split + " article is in the NLP cache " + cacheDir);

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles (%d not in the cache skipped), %d gold attributions%n",
        split, docs, skipped, statements));
    report.append(String.format(Locale.ROOT, "%-12s%6s%7s%8s%7s%12s%n", "class", "gold", "typed", "recall", "pred", "pred_other"));
    for (Stance c : Stance.values()) {
      int[] n = counts.get(c);
      report.append(String.format(Locale.ROOT, "%-12s%6d%7d%8.3f%7d%12d%n", c.name().toLowerCase(Locale.ROOT), n[0], n[1],
          n[0] == 0 ? 0.0 : (double) n[1] / n[0], n[2], n[3]));
    }
    report.append("typed with a stance but no stance cue word: ").append(typedNoCue).append('\n');
    misses.forEach(m -> report.append("  ").append(m).append('\n'));
    others.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "stance-" + split + ".txt"), report);

    if (split.equals("dev") && skipped * 10 <= docs) {
      assertThat(recall(counts, Stance.DENIAL)).as("denial recall").isGreaterThanOrEqualTo(0.70);
      assertThat(recall(counts, Stance.ACCUSATION)).as("accusation recall").isGreaterThanOrEqualTo(0.60);
    }
  }

  private static double recall(Map<Stance, int[]> counts, Stance c) {
    int[] n = counts.get(c);
    return n[0] == 0 ? 1.0 : (double) n[1] / n[0];
  }

  private static String clip(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ");
    return one.length() > 140 ? one.substring(0, 140) + "..." : one;
  }

  /** The scorer's gold classes: its STANCE_CUE_WORDS table, read from the script. */
  static Map<Stance, List<String>> cueWords(Path script) throws IOException {
    String src = Files.readString(script, StandardCharsets.UTF_8);
    int start = src.indexOf("STANCE_CUE_WORDS");
    int end = src.indexOf("\n}", start);
    Map<Stance, List<String>> out = new EnumMap<>(Stance.class);
    Matcher m = Pattern.compile("\"(\\w+)\":\\s*\\(([^)]*)\\)").matcher(src.substring(start, end));
    while (m.find()) {
      List<String> words = new ArrayList<>();
      Matcher w = Pattern.compile("\"([^\"]+)\"").matcher(m.group(2));
      while (w.find()) words.add(w.group(1));
      out.put(Stance.valueOf(m.group(1).toUpperCase(Locale.ROOT)), words);
    }
    return out;
  }

  static Set<Stance> classes(Map<Stance, List<String>> cueWords, String cue) {
    if (cue == null) return Set.of();
    String norm = " " + String.join(" ", cue.toLowerCase(Locale.ROOT).trim().split("\\s+")) + " ";
    Set<Stance> out = java.util.EnumSet.noneOf(Stance.class);
    for (var e : cueWords.entrySet()) {
      for (String w : e.getValue()) {
        if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])").matcher(norm).find()) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  private static Path annFile(Path dir, String stem) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(stem + "_") && n.endsWith(".ann") && !n.substring(stem.length() + 1).contains("_");
      }).sorted().findFirst().orElse(null);
    }
  }

  /** One statement per gold attribution with content: brat T lines are spans, E lines join them. */
  private static List<Statement> goldStatements(Path ann, Article article, EntityIndex index) throws IOException {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) continue;
      if (cols[0].startsWith("T")) {
        String[] roleAndOffsets = cols[1].split(" ", 2);
        List<Span> ss = new ArrayList<>();
        for (String part : roleAndOffsets[1].split(";")) {
          String[] be = part.trim().split(" ");
          ss.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
        }
        spans.put(cols[0], ss);
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1]);
      }
    }
    List<Statement> out = new ArrayList<>();
    int n = 0;
    for (String e : events) {
      Map<String, List<Span>> roles = new TreeMap<>();
      Matcher m = EVENT_ROLE.matcher(e);
      while (m.find()) {
        List<Span> s = spans.get(m.group(2));
        if (s != null) roles.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(s);
      }
      List<Span> content = roles.getOrDefault("Content", List.of());
      if (content.isEmpty()) continue;
      List<Span> cue = roles.getOrDefault("Cue", List.of());
      List<Span> source = roles.getOrDefault("Source", List.of());
      String speaker = null;
      for (Span s : source) {
        List<String> es = index.entitiesIn(s);
        if (!es.isEmpty() && speaker == null) speaker = es.get(0);
      }
      String contentText = join(article, content);
      QuoteType type = contentText.contains("\"") || contentText.contains("“") ? QuoteType.MIXED : QuoteType.INDIRECT;
      out.add(Statement.builder("g" + ++n).speaker(speaker).sourceSpans(source).cueSpans(cue).contentSpans(content)
          .cue(cue.isEmpty() ? null : join(article, cue)).content(contentText).quoteType(type).rule("gold").build());
    }
    return out;
  }

  private static String join(Article article, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans.stream().sorted().toList()) {
      int b = article.text().offsetByCodePoints(0, s.begin());
      int e = article.text().offsetByCodePoints(b, s.length());
      sb.append(sb.length() == 0 ? "" : " ").append(article.text(), b, e);
    }
    return sb.toString();
  }

  /** Thrown inside the read-only cache lookup when an article was never annotated. */
  private static final class NotCached extends RuntimeException {
    NotCached() {
      super(null, null, false, false);
    }
  }
}
