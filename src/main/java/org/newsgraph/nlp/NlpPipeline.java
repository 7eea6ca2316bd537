package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * every newline, basic and enhanced++ UD parses, NER mentions (CoreNLP), and coreference chains
 * ({@link Coreference}, ours: CoreNLP's statistical coref cost more than half the time). The
 * fine-grained NER lists are CoreNLP's, rewritten so that CoreNLP can index them ({@link Gazetteer}:
 * the same tags in a third of the time). The NER and parser models load on threads of their own
 * while the rest loads. Page furniture is
 * blanked to spaces before CoreNLP sees it, so nothing is found there and offsets stay put; a run of
 * text without a sentence end is broken into lines of at most {@link SentenceCap#MAX_CHARS}.
 */
public final class NlpPipeline {
  /** The CoreNLP annotators run; coreference is ours ({@link Coreference}), computed from their output. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
  /** What a run record names as its NLP stages. */
  public static final String STAGES = ANNOTATORS + ",coref(newsgraph)";
  /**
   * The annotator list that keys the annotation cache. It still names CoreNLP's coref, which ran
   * when the cache began: the CoreNLP part (tokenize..depparse, same options) is unchanged since,
   * so old entries stay valid, and the chains they carry are ignored ({@link AnnotationCache}).
   * The rewritten gazetteers ({@link Gazetteer}) tag exactly what CoreNLP's own lists tag (all 84
   * PolNeAR dev articles and the sample, token for token), so they did not change it either.
   * Change it when any option of the CoreNLP part changes its output.
   */
  static final String CACHE_KEY = "tokenize,ssplit,pos,lemma,ner,depparse,coref";
  public static final String CORENLP_VERSION = "4.5.10";

  private static volatile NlpPipeline shared;

  private final StanfordCoreNLP corenlp;
  private final long loadMillis;

  private NlpPipeline() {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.docdate.usePresent", "false");
    props.setProperty("depparse.extradependencies", "MAXIMAL");
    ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "corenlp-load");
      t.setDaemon(true);
      return t;
    });
    try {
      corenlp = new StanfordCoreNLP(props) {
        @Override
        protected AnnotatorImplementations getAnnotatorImplementations() {
          return new ParallelLoad(loaders);
        }
      };
    } finally {
      loaders.shutdown();
    }
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** The process-wide pipeline, loaded on first use. */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) shared = p = new NlpPipeline();
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

  /** The article's annotations: CoreNLP's part and our coreference. */
  public AnnotatedText annotate(Article article) {
    return Coreference.resolve(annotateCoreNlp(article));
  }

  /** CoreNLP's part alone (no coreference chains): what the annotation cache keeps. */
  public AnnotatedText annotateCoreNlp(Article article) {
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
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap sentence = coreSentences.get(s);
      int first = tokens.size();
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
    return new AnnotatedText(text, tokens, sentences, mentions, List.of());
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

  /**
   * Builds the NER and dependency parser models on threads of their own, started when the
   * pipeline asks for its first annotator (the tokenizer): the annotators are the ones CoreNLP
   * itself builds from the same properties, so their output is the same; only the loading overlaps.
   */
  private static final class ParallelLoad extends AnnotatorImplementations {
    private final ExecutorService loaders;
    private Future<edu.stanford.nlp.pipeline.Annotator> ner;
    private Future<edu.stanford.nlp.pipeline.Annotator> depparse;

    ParallelLoad(ExecutorService loaders) {
      this.loaders = loaders;
    }

    private synchronized void start(Properties props) {
      if (ner != null) return;
      ner = loaders.submit(() -> {
        // rewriting the gazetteers (about 2 s) overlaps the parser's load instead of preceding it
        Properties withLists = new Properties();
        for (String key : props.stringPropertyNames()) withLists.setProperty(key, props.getProperty(key));
        withLists.setProperty("ner.fine.regexner.mapping", Gazetteer.mapping());
        return super.ner(withLists);
      });
      depparse = loaders.submit(() -> super.dependencies(props));
    }

    @Override
    public edu.stanford.nlp.pipeline.Annotator tokenizer(Properties props) {
      start(props);
      return super.tokenizer(props);
    }

    @Override
    public edu.stanford.nlp.pipeline.Annotator ner(Properties props) {
      start(props);
      return await(ner);
    }

    @Override
    public edu.stanford.nlp.pipeline.Annotator dependencies(Properties props) {
      start(props);
      return await(depparse);
    }

    private static edu.stanford.nlp.pipeline.Annotator await(Future<edu.stanford.nlp.pipeline.Annotator> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw new IllegalStateException("cannot load the CoreNLP models: " + e.getCause(), e.getCause());
      }
    }
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
