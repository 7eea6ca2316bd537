package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;

/**
 * The key statements of the sample article ({@code samples/huawei-5g-backdoors.txt}), written by
 * hand as the statement extractor is meant to find them, with spans computed from the text. The
 * one place that stands in for {@link StatementExtractor} until it lands: tests of the stance stage
 * on the sample take their statements from here, so re-pointing them at the real extractor is a
 * change to {@link #of} alone.
 */
public final class SampleStatements {
  public static final String OFFICIAL = "source-1";

  private SampleStatements() {}

  public static StatementExtractor.Result of(Article article) {
    Finder f = new Finder(article.text());
    List<Statement> out = new ArrayList<>();
    out.add(f.statement("headline", "guo-ping", "Huawei chairman", "says",
        QuoteType.MIXED, "the US has ‘no evidence, nothing’ of Chinese backdoors in 5G"));
    out.add(f.statement("no-evidence", "guo-ping", "Huawei's chairman Guo Ping", "has said", QuoteType.MIXED,
        "there is \"no evidence, nothing\" to support US claims of spying via its telecommunications equipment"));
    out.add(f.statement("bad-things", "guo-ping", "Ping", "said", QuoteType.DIRECT, "\"We don't do bad things,\""));
    out.add(f.statement("backdoors", "guo-ping", null, null, QuoteType.DIRECT,
        "\"Here, let me say this as clearly as possible: Huawei has not and will never plant backdoors. "
            + "And we will never allow anyone to do so in our equipment.\""));
    out.add(f.statement("no-business", "guo-ping", "Ping", "told", QuoteType.INDIRECT,
        "the company could continue to operate without a business in the US for the foreseeable future"));
    out.add(f.statement("transparent", "vincent-peng", "Huawei's European boss Vincent Peng", "said", QuoteType.MIXED,
        "the company needs to be \"more transparent\" about its cyber security practices"));
    out.add(f.statement("technical", "vincent-peng", null, "adding", QuoteType.MIXED,
        "the problems the firm is facing are \"a technical challenge, not a political challenge\""));
    out.add(f.statement("ironic", "guo-ping", "Ping", "calling", QuoteType.MIXED,
        "it \"ironic\" that US President Donald Trump passed a law last year which enables companies such as Microsoft, "
            + "Google and Facebook to give data on all of their users globally to the US government when requested"));
    out.add(f.statement("track-record", "guo-ping", "he", "said", QuoteType.DIRECT,
        "\"Huawei has had a strong track record in security for three decades, serving 3bn people around the world,\"",
        "\"The US security accusation on our 5G has no evidence, nothing.\""));
    out.add(f.statement("echoed", "guo-ping", "Ping", "echoed", QuoteType.INDIRECT,
        "similar calls made by Peng yesterday for the EU, governments, telecoms operators to work together on "
            + "achieving a unified global standard for 5G cyber security"));
    out.add(f.statement("experts", "guo-ping", "he", "added", QuoteType.DIRECT,
        "\"Let the experts decide whether networks are safe or not,\""));
    out.add(f.statement("duplicitous", OFFICIAL, "A senior US official", "telling", QuoteType.DIRECT,
        "\"We know that Huawei itself has been duplicitous and deceitful.\""));
    UnnamedSource official = new UnnamedSource(OFFICIAL, "A senior US official", "united-states",
        f.span("A senior US official", 0));
    return new StatementExtractor.Result(out, List.of(official));
  }

  /** Finds the code-point spans of exact strings in the text, each search starting after the last content found. */
  private static final class Finder {
    final String text;
    int from;

    Finder(String text) {
      this.text = text;
    }

    Statement statement(String key, String speaker, String source, String cue, QuoteType type, String... contents) {
      List<Span> contentSpans = new ArrayList<>();
      int start = from;
      for (String c : contents) {
        Span s = span(c, start);
        contentSpans.add(s);
        start = s.end();
      }
      Span first = contentSpans.get(0);
      // cue and source lie just before the content or just after it, within its paragraph
      int para = text.lastIndexOf('\n', text.offsetByCodePoints(0, first.begin())) + 1;
      int paraCp = text.codePointCount(0, para);
      List<Span> cueSpans = cue == null ? List.of() : List.of(spanNear(cue, paraCp));
      List<Span> sourceSpans = source == null ? List.of() : List.of(spanNear(source, paraCp));
      from = start;
      StringBuilder content = new StringBuilder();
      for (String c : contents) content.append(content.length() == 0 ? "" : " ").append(c);
      return Statement.builder(key).speaker(speaker).sourceSpans(sourceSpans).cueSpans(cueSpans)
          .contentSpans(contentSpans).cue(cue).content(content.toString()).quoteType(type).rule("fixture").build();
    }

    Span spanNear(String s, int paragraphStart) {
      return span(s, paragraphStart);
    }

    /** The span of the first whole-word occurrence of s at or after code point {@code fromCp}. */
    Span span(String s, int fromCp) {
      String left = Character.isLetterOrDigit(s.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
      String right = Character.isLetterOrDigit(s.charAt(s.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
      Matcher m = Pattern.compile(left + Pattern.quote(s) + right).matcher(text);
      if (!m.find(text.offsetByCodePoints(0, fromCp))) {
        throw new IllegalArgumentException("not in the sample after " + fromCp + ": " + s);
      }
      int i = m.start();
      int b = text.codePointCount(0, i);
      return new Span(b, b + s.codePointCount(0, s.length()));
    }
  }
}
