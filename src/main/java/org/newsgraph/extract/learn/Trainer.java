package org.newsgraph.extract.learn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.newsgraph.extract.learn.LinearModel.Examples;
import org.newsgraph.extract.learn.PolnearGold.Attribution;
import org.newsgraph.extract.learn.PolnearGold.Doc;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Trains the attribution models from gold attributions: the cue model on every token (is it part
 * of a gold cue?), the content model on the candidate spans of each gold cue (is the span the
 * gold content, Dice at least 0.5?), the ranking model on the same spans as one list per gold cue
 * (which of them is closest to the gold content? a listwise model, {@link
 * LinearModel#trainListwise}), the source model on each gold cue's candidate mentions (is it the
 * gold source, or is there none?). The features are those the extractor computes, on the same
 * parse, so what is learned is what is applied.
 */
public final class Trainer {
  /** What training needs of an article: its text as ingest reads it, and its annotation. */
  public interface Source {
    Article article(Path text) throws IOException;

    AnnotatedText annotate(Article article);

    /** What the rules propose on the article, as the extractor computes it. */
    RuleView rules(Article article, AnnotatedText doc, ParseView p);

    /** What {@code models} propose on the article's leftovers once the rules have run, as the extractor computes it. */
    List<AcceptFeatures.Proposed> proposals(Article article, AnnotatedText doc, ParseView p, AttributionModels models);
  }

  /**
   * Settings: liblinear's cost per model, the minimum feature count, the thresholds written with
   * the models; the accept model is boosted trees grown so ({@code acceptTrees}), or linear (null:
   * {@code acceptCost} is its cost).
   */
  public record Settings(double cueCost, double contentCost, double sourceCost, double acceptCost, int minCount,
      double cueThreshold, double acceptThreshold, double rechooseMargin, double ruleFloor, BoostedTrees.Params acceptTrees) {
    public Settings(double cueCost, double contentCost, double sourceCost, double acceptCost, int minCount,
        double cueThreshold, double acceptThreshold, double rechooseMargin) {
      this(cueCost, contentCost, sourceCost, acceptCost, minCount, cueThreshold, acceptThreshold, rechooseMargin,
          AttributionModels.NO_FLOOR, null);
    }
  }

  /**
   * The training examples of a set of articles, one group per article (its index in the list);
   * {@code accept} is null until {@link #acceptExamples} has run.
   */
  public record Data(Examples cue, Examples content, Examples rank, Examples source, Examples accept, int articles) {
    Data withAccept(Examples a) {
      return new Data(cue, content, rank, source, a, articles);
    }
  }

  private final Clusters clusters;
  /** Gold cues seen, and how many of them have a candidate content matching gold (Dice at least 0.5, and exactly). */
  final AtomicInteger goldCues = new AtomicInteger();
  final AtomicInteger reachable = new AtomicInteger();
  final AtomicInteger exact = new AtomicInteger();

  public Trainer(Clusters clusters) {
    this.clusters = clusters;
  }

  /** A line on how much of the gold the candidate spans can reach. */
  public String reach() {
    int n = Math.max(1, goldCues.get());
    return String.format("gold cues %d: a candidate content matches (Dice >= 0.5) for %.1f%%, exactly for %.1f%%",
        goldCues.get(), 100.0 * reachable.get() / n, 100.0 * exact.get() / n);
  }

  /** Reads and annotates the articles (in parallel) and turns their gold into examples. */
  public Data examples(List<Doc> docs, Source source, int threads, Consumer<String> progress) {
    Examples cue = new Examples();
    Examples content = new Examples();
    Examples rank = new Examples();
    Examples src = new Examples();
    forEach(docs, source, threads, progress, "read", (i, a, doc, p) ->
        add(p, source.rules(a, doc, p), docs.get(i).attributions(), i, cue, content, rank, src));
    return new Data(cue, content, rank, src, null, docs.size());
  }

  /**
   * The accept model's examples: the articles are split into {@code folds} parts by index; on each
   * part, the models trained on the other parts (without an accept model) propose statements, and
   * each proposal is right when its content matches a gold content (Dice at least 0.5) and its
   * source is that attribution's (overlapping it; none where gold has none), as the scorer counts
   * an attribution. A proposal whose cue is a stance word needs only its content: its type and
   * content carry the stance, and a passive criticism ("has been harshly criticized for") often
   * names no source to get right. So the accept model learns how far to trust the other models
   * on articles they have not seen.
   */
  public Data acceptExamples(List<Doc> docs, Source source, Data data, int folds, Settings s, int threads,
      Consumer<String> progress) {
    Examples accept = new Examples();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      AttributionModels m = train(data, i -> i % folds != fold, s);
      List<Integer> held = IntStream.range(0, docs.size()).filter(i -> i % folds == fold).boxed().toList();
      forEach(held.stream().map(docs::get).toList(), source, threads, line -> { }, "", (j, a, doc, p) -> {
        int i = held.get(j);
        List<Attribution> gold = docs.get(i).attributions();
        List<BitSet> goldWords = gold.stream().map(g -> words(p, tokens(p, g.content()))).toList();
        for (AcceptFeatures.Proposed pr : source.proposals(a, doc, p, m)) {
          BitSet w = words(p, pr.content());
          double top = 0;
          Attribution match = null;
          for (int g = 0; g < gold.size(); g++) {
            double d = dice(w, goldWords.get(g));
            if (d > top) {
              top = d;
              match = gold.get(g);
            }
          }
          boolean right = top >= 0.5;
          if (right && !pr.stance()) {
            BitSet gs = tokens(p, match.source());
            right = gs.isEmpty() ? pr.source().isEmpty() : gs.intersects(pr.source());
          }
          accept.add(pr.features(), right, i);
        }
      });
      progress.accept("train: accept examples, fold " + (f + 1) + "/" + folds + ": " + accept.size() + " proposals");
    }
    return data.withAccept(accept);
  }

  private interface PerArticle {
    void accept(int index, Article article, AnnotatedText doc, ParseView p);
  }

  /** Reads, annotates and parses each article (in parallel) and hands it on; an article that fails is reported and skipped. */
  private static void forEach(List<Doc> docs, Source source, int threads, Consumer<String> progress, String what, PerArticle work) {
    AtomicInteger done = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> IntStream.range(0, docs.size()).parallel().forEach(i -> {
        Doc d = docs.get(i);
        try {
          Article a = source.article(d.text());
          AnnotatedText doc = source.annotate(a);
          work.accept(i, a, doc, new ParseView(doc));
        } catch (IOException | RuntimeException e) {
          failures.add(d.text() + ": " + e.getMessage());
        }
        int n = done.incrementAndGet();
        if (n % 50 == 0 || n == docs.size()) progress.accept("train: " + n + "/" + docs.size() + " articles " + what);
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    if (!failures.isEmpty()) {
      progress.accept("train: skipped " + failures.size() + " articles, e.g. " + failures.peek());
    }
  }

  void add(ParseView p, RuleView rules, List<Attribution> gold, int group, Examples cueEx, Examples contentEx, Examples rankEx,
      Examples sourceEx) {
    BitSet cueTokens = new BitSet();
    for (Attribution g : gold) cueTokens.or(tokens(p, g.cue()));
    for (int t = 0; t < p.size(); t++) {
      if (CueFeatures.eligible(p, t)) cueEx.add(CueFeatures.of(p, t, clusters), cueTokens.get(t), group);
    }
    for (int gi = 0; gi < gold.size(); gi++) {
      Attribution g = gold.get(gi);
      BitSet cue = tokens(p, g.cue());
      if (cue.isEmpty()) continue;
      int anchor = CueFeatures.anchor(p, cue);
      BitSet content = words(p, tokens(p, g.content()));
      List<ContentSpans.Span> spans = new ArrayList<>(ContentSpans.candidates(p, anchor, cue));
      for (RuleView.Proposal r : rules.proposals()) {
        if (r.cue().intersects(cue)) ContentSpans.addRule(spans, p, r.rule(), r.content());
      }
      // a span is right when it matches the gold content as the scorer counts a match (Dice >= 0.5)
      double[] d = new double[spans.size()];
      double top = 0;
      for (int i = 0; i < d.length; i++) top = Math.max(top, d[i] = dice(words(p, spans.get(i).tokens()), content));
      List<List<String>> features = ContentSpans.features(p, anchor, cue, spans);
      for (int i = 0; i < d.length; i++) {
        List<String> f = features.get(i);
        contentEx.add(f, d[i] >= 0.5, group);
        // the ranking, one list per cue: of a cue whose gold some span matches, the spans closest to it are right
        if (top >= 0.5) rankEx.add(f, d[i] >= top - 1e-9, group, gi);
      }
      goldCues.incrementAndGet();
      if (top >= 0.5) reachable.incrementAndGet();
      if (top >= 0.999) exact.incrementAndGet();
      BitSet source = tokens(p, g.source());
      for (SourceCandidates.Mention m : SourceCandidates.candidates(p, anchor, cue, content, rules.source(anchor))) {
        boolean right = m.none() ? source.isEmpty() : m.tokens().intersects(source) || source.get(m.head());
        sourceEx.add(SourceCandidates.features(p, anchor, m), right, group);
      }
    }
  }

  /** Trains the models on the articles whose index passes {@code use} (the accept model where the data has its examples). */
  public AttributionModels train(Data data, IntPredicate use, Settings s) {
    LinearModel cue = LinearModel.train(data.cue(), use, s.cueCost(), s.minCount());
    LinearModel content = LinearModel.train(data.content(), use, s.contentCost(), s.minCount());
    LinearModel rank = LinearModel.trainListwise(data.rank(), use, s.contentCost(), s.minCount());
    LinearModel source = LinearModel.train(data.source(), use, s.sourceCost(), s.minCount());
    Classifier accept = data.accept() == null ? null
        : s.acceptTrees() == null ? LinearModel.train(data.accept(), use, s.acceptCost(), s.minCount())
        : BoostedTrees.train(data.accept(), use, s.acceptTrees());
    return new AttributionModels(cue, content, rank, source, accept, clusters, s.cueThreshold(), s.acceptThreshold(),
        s.rechooseMargin(), s.ruleFloor());
  }

  /** Writes the models and settings into a folder, each file whole (a temp file moved into place). */
  public static void write(AttributionModels m, Path dir, List<String> provenance) throws IOException {
    Files.createDirectories(dir);
    write(dir, AttributionModels.CUE, out -> m.cue().write(out));
    write(dir, AttributionModels.CONTENT, out -> m.content().write(out));
    write(dir, AttributionModels.RANK, out -> m.rank().write(out));
    write(dir, AttributionModels.SOURCE, out -> m.source().write(out));
    if (m.accept() != null) write(dir, AttributionModels.ACCEPT, out -> m.accept().write(out));
    write(dir, AttributionModels.CLUSTERS, out -> m.clusters().write(out));
    StringBuilder sb = new StringBuilder();
    for (String line : provenance) sb.append("# ").append(line).append('\n');
    sb.append("cue.threshold=").append(m.cueThreshold()).append('\n');
    sb.append("accept.threshold=").append(m.acceptThreshold()).append('\n');
    sb.append("rechoose.margin=").append(m.rechooseMargin()).append('\n');
    sb.append("rule.floor=").append(m.ruleFloor()).append('\n');
    write(dir, AttributionModels.SETTINGS, out -> out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Path dir, String name, Writer w) throws IOException {
    Path tmp = Files.createTempFile(dir, name, ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      w.write(out);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    try {
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));  // a temp file starts private
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults stand
    }
    Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static BitSet tokens(ParseView p, List<Span> spans) {
    BitSet b = new BitSet();
    if (!spans.isEmpty()) for (int t : p.tokensIn(spans)) b.set(t);
    return b;
  }

  /** The tokens that are words (not punctuation): what Dice counts. */
  static BitSet words(ParseView p, BitSet tokens) {
    BitSet b = new BitSet();
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) if (!p.isPunct(t)) b.set(t);
    return b;
  }

  static double dice(BitSet a, BitSet b) {
    int na = a.cardinality();
    int nb = b.cardinality();
    if (na + nb == 0) return 0;
    BitSet i = (BitSet) a.clone();
    i.and(b);
    return 2.0 * i.cardinality() / (na + nb);
  }
}
