package org.newsgraph.extract.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.parse.ConllU;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnnotatedText;

/**
 * One rule fixture: a sentence of our own, its parse as CoNLL-U and what the rule must find there,
 * in one {@code <rule-id>[-n].conllu} file under {@code src/test/resources/org/newsgraph/extract/rules/}.
 * The expectation is in the header comments:
 *
 * <pre>
 * # rule = ccomp-cue
 * # expect = source: The minister | cue: said | content: that the plan would fail
 * </pre>
 *
 * What is expected depends on the rule's stage: for a statement rule its source, cue and content;
 * for a claim rule the claim's text; for a stance rule the stance types it gave; for a role rule
 * the title and its holder. {@link #found(Rule, ArticleFacts)} describes the same things in the same
 * words, so a fixture passes when the rule's finding is described exactly as written.
 */
record RuleFixture(String name, Rule rule, String expect, AnnotatedText doc) {
  static final Path DIR = Path.of("src/test/resources/org/newsgraph/extract/rules");

  static List<RuleFixture> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".conllu")).sorted().map(RuleFixture::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RuleFixture read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> header = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("# ") || !line.contains(" = ")) continue;
      header.putIfAbsent(line.substring(2, line.indexOf(" = ")).strip(), line.substring(line.indexOf(" = ") + 3).strip());
    }
    String id = header.get("rule");
    Rule rule = Rule.byId(id);
    if (rule == null) throw new IllegalStateException(file + ": rule '" + id + "' is not in the catalogue");
    return new RuleFixture(file.getFileName().toString(), rule, header.getOrDefault("expect", ""), ConllU.read(text, file.toString()));
  }

  ArticleFacts extract() {
    Article article = Article.ofText("fixture", doc.text(), null, "test", List.of());
    return new Extractor().extract(article, doc);
  }

  /** What the rule found in the facts, one description per finding, in the words of an {@code expect} line. */
  static List<String> found(Rule rule, ArticleFacts facts) {
    List<String> out = new ArrayList<>();
    String text = facts.article().text();
    switch (rule.stage()) {
      case STATEMENT -> {
        for (Statement s : facts.statements()) {
          if (!s.rule().equals(rule.id())) continue;
          out.add("source: " + texts(text, s.sourceSpans()) + " | cue: " + s.cue() + " | content: " + s.content());
        }
      }
      case CLAIM -> {
        for (Claim c : facts.claims()) if (List.of(c.rule().split("\\+")).contains(rule.id())) out.add("claim: " + c.text());
      }
      case STANCE -> {
        for (Statement s : facts.statements()) {
          if (!s.stanceRules().contains(rule.id())) continue;
          for (Stance kind : new TreeSet<>(s.stances())) {
            out.add("stance: " + kind.name().toLowerCase(Locale.ROOT) + " | content: " + s.content());
          }
        }
      }
      case ROLE -> {
        for (Role r : facts.roles()) if (rule.id().equals(r.rule())) out.add("role: " + r.name() + " | holder: " + r.holder());
      }
    }
    return out;
  }

  private static String texts(String text, List<Span> spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      int b = text.offsetByCodePoints(0, s.begin());
      out.add(text.substring(b, text.offsetByCodePoints(b, s.end() - s.begin())));
    }
    return String.join(" … ", out);
  }

  @Override
  public String toString() {
    return name;
  }
}
