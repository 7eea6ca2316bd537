package org.newsgraph.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/**
 * The one place that runs Stanford CoreNLP. Loading the models takes tens of seconds and about
 * 1.5 GB, so a process loads them once ({@link #shared()}) and annotates many articles, from
 * several threads if it likes: {@code annotate} is thread-safe for separate articles.
 *
 * <pre>{@code
 * AnnotatedText doc = NlpPipeline.shared().annotate(article);
 * }</pre>
 *
 * <p>Needs: the article text. Adds: tokens (word, lemma, POS, fine-grained NER), sentences split at
 * every newline, basic and enhanced++ UD parses, NER mentions, coreference chains. Page furniture is
 * blanked to spaces before CoreNLP sees it, so nothing is found there and offsets stay put; a run of
 * text without a sentence end is broken into lines of at most {@link SentenceCap#MAX_CHARS}.
 */
public final class NlpPipeline {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";
  /** The annotators of {@link #parseOnly()}: what the attribution models are trained on (they read no coreference). */
  public static final String PARSE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
  public static final String CORENLP_VERSION = "4.5.10";

  private static volatile NlpPipeline shared;
  private static volatile NlpPipeline parseOnly;

  private final StanfordCoreNLP corenlp;
  private final long loadMillis;

  private NlpPipeline(String annotators) {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.docdate.usePresent", "false");
    props.setProperty("depparse.extradependencies", "MAXIMAL");
    corenlp = new StanfordCoreNLP(props);
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** The process-wide pipeline, loaded on first use. */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) shared = p = new NlpPipeline(ANNOTATORS);
      }
    }
    return p;
  }

  /**
   * The same pipeline without coreference ({@link #PARSE_ANNOTATORS}), loaded on first use: the
   * training of the attribution models needs only tokens, tags, entities and parses, at half the cost.
   */
  public static NlpPipeline parseOnly() {
    NlpPipeline p = parseOnly;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = parseOnly;
        if (p == null) parseOnly = p = new NlpPipeline(PARSE_ANNOTATORS);
      }
    }
    return p;
  }

  /** True once the models are in memory. */
  public static boolean isLoaded() {
    return shared != null;
  }

  public long loadMillis() {
    return loadMillis;
  }

  public AnnotatedText annotate(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(SentenceCap.apply(blankFurniture(text, article.furniture())));
    corenlp.annotate(doc);
    return convert(text, doc);
  }

  /** Replaces furniture characters (not line breaks) with spaces; lengths and offsets stay the same. */
  static String blankFurniture(String text, List<Span> furniture) {
    if (furniture.isEmpty()) return text;
    char[] chars = text.toCharArray();
    for (Span f : furniture) {
      int b = text.offsetByCodePoints(0, f.begin());
      int e = text.offsetByCodePoints(b, f.length());
      for (int i = b; i < e; i++) if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
    }
    return new String(chars);
  }

  private static AnnotatedText convert(String text, Annotation doc) {
    CodePoints cp = new CodePoints(text);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int[] sentenceStart = new int[coreSentences.size()];
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap sentence = coreSentences.get(s);
      int first = tokens.size();
      sentenceStart[s] = first;
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(tokens.size(), s, cp.of(t.beginPosition()), cp.of(t.endPosition()),
            t.originalText(), t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
      }
      List<Dependency> basic = arcs(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first);
      List<Dependency> enhanced = arcs(
          sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), first);
      sentences.add(new Sentence(s, first, tokens.size(), basic, enhanced));
    }
    List<EntityMention> mentions = new ArrayList<>();
    List<CoreMap> coreMentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (coreMentions != null) {
      for (CoreMap m : coreMentions) {
        mentions.add(new EntityMention(m.get(CoreAnnotations.TokenBeginAnnotation.class),
            m.get(CoreAnnotations.TokenEndAnnotation.class), m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
      }
    }
    List<CorefChain> chains = new ArrayList<>();
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coreChains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (coreChains != null) {
      for (edu.stanford.nlp.coref.data.CorefChain chain : coreChains.values()) {
        var representative = chain.getRepresentativeMention();
        List<CorefMention> ms = new ArrayList<>();
        for (var m : chain.getMentionsInTextualOrder()) {
          int base = sentenceStart[m.sentNum - 1] - 1;  // CoreNLP counts tokens from 1 within a sentence
          ms.add(new CorefMention(base + m.startIndex, base + m.endIndex, base + m.headIndex,
              m.mentionType.name(), m.gender.name(), m.number.name(), m == representative));
        }
        chains.add(new CorefChain(chain.getChainID(), ms));
      }
    }
    return new AnnotatedText(text, tokens, sentences, mentions, chains);
  }

  private static List<Dependency> arcs(SemanticGraph graph, int first) {
    List<Dependency> out = new ArrayList<>();
    if (graph == null) return out;
    for (IndexedWord root : graph.getRoots()) out.add(new Dependency(-1, first + root.index() - 1, "root"));
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      out.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    return out;
  }

  /** Maps UTF-16 offsets (CoreNLP's) to code points (the graph's). */
  private static final class CodePoints {
    private final String text;
    private final boolean bmpOnly;

    CodePoints(String text) {
      this.text = text;
      this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    int of(int utf16) {
      return bmpOnly ? utf16 : text.codePointCount(0, utf16);
    }
  }
}
