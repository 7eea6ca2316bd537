package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.rdf.Vocab.Nif;
import org.newsgraph.rdf.Vocab.Schema;

/**
 * Writes one article's facts as the quads of its named graph, per the graph contract of DESIGN.md.
 * Pure: the same facts give the same quads, and nothing is shared between calls.
 *
 * <pre>{@code
 * List<Quad> quads = new ArticleGraph(Iris.defaults(), run).quads(facts);
 * }</pre>
 */
public final class ArticleGraph {
  private final Iris iris;
  private final ExtractionRun run;

  public ArticleGraph(Iris iris, ExtractionRun run) {
    this.iris = iris;
    this.run = run;
  }

  public Node graphName(String articleId) {
    return iris.graph(articleId);
  }

  public List<Quad> quads(ArticleFacts facts) {
    return new Writer(facts).write();
  }

  /** "sha256:" and the hex digest of the text's UTF-8 bytes. */
  public static String contentHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("sha256:");
      for (byte b : d) sb.append(String.format("%02x", b));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Node kindClass(EntityKind kind) {
    return switch (kind) {
      case PERSON -> NG.Nodes.Person;
      case ORGANIZATION -> NG.Nodes.Organization;
      case COUNTRY -> NG.Nodes.Country;
      case PLACE -> NG.Nodes.Place;
      case EVENT -> NG.Nodes.Event;
    };
  }

  private final class Writer {
    final ArticleFacts facts;
    final Article article;
    final Node g;
    final Node art;
    final List<Quad> out = new ArrayList<>();
    final Set<Quad> seen = new HashSet<>();
    final Set<Span> spansWritten = new HashSet<>();
    final Map<String, Node> speakers = new HashMap<>();
    final Map<String, Node> claims = new HashMap<>();
    final Map<String, Node> statements = new HashMap<>();

    Writer(ArticleFacts facts) {
      this.facts = facts;
      this.article = facts.article();
      this.g = iris.graph(article.id());
      this.art = iris.article(article.id());
    }

    void add(Node s, Node p, Node o) {
      Quad q = Quad.create(g, s, p, o);
      if (seen.add(q)) out.add(q);
    }

    List<Quad> write() {
      writeArticle();
      for (Entity e : facts.entities()) writeEntity(e);
      for (Mention m : facts.mentions()) writeMention(m);
      int n = 1;
      for (Role r : facts.roles()) writeRole(r, n++);
      for (UnnamedSource u : facts.unnamedSources()) writeUnnamed(u);
      for (Claim c : facts.claims()) claims.put(c.key(), iris.part(article.id(), "claim", c.key()));
      for (Statement s : facts.statements()) statements.put(s.key(), iris.part(article.id(), "statement", s.key()));
      for (Claim c : facts.claims()) writeClaim(c);
      for (Statement s : facts.statements()) writeStatement(s);
      return out;
    }

    void writeArticle() {
      add(art, RDF.Nodes.type, NG.Nodes.Article);
      add(art, RDF.Nodes.type, Schema.NewsArticle);
      add(art, RDF.Nodes.type, Nif.Context);
      add(art, Vocab.dctIdentifier, lit(article.id()));
      if (article.headline() != null) add(art, Schema.headline, lit(article.headline()));
      if (article.url() != null) add(art, Schema.url, NodeFactory.createURI(article.url()));
      if (article.published() != null) add(art, Schema.datePublished, date(article.published()));
      if (article.publisher() != null) add(art, Schema.publisher, lit(article.publisher()));
      if (article.author() != null) add(art, Schema.author, lit(article.author()));
      if (article.source() != null) add(art, NG.Nodes.sourceInput, lit(article.source()));
      add(art, Nif.isString, lit(article.text()));
      add(art, NG.Nodes.contentHash, lit(contentHash(article.text())));
      for (Span f : article.furniture()) add(art, NG.Nodes.furniture, span(f));
      Node r = iris.run(run.id());
      add(art, Vocab.provWasGeneratedBy, r);
      add(r, RDF.Nodes.type, NG.Nodes.ExtractionRun);
      add(r, RDF.Nodes.type, Vocab.provActivity);
      add(r, NG.Nodes.toolVersion, lit(run.toolVersion()));
      add(r, NG.Nodes.corenlpVersion, lit(run.corenlpVersion()));
      add(r, NG.Nodes.annotators, lit(run.annotators()));
      add(r, Vocab.provStartedAtTime, NodeFactory.createLiteralDT(run.started().toString(), XSDDatatype.XSDdateTime));
    }

    void writeEntity(Entity e) {
      Node n = iris.entity(e.key());
      add(n, RDF.Nodes.type, kindClass(e.kind()));
      add(n, RDFS.Nodes.label, lit(e.label()));
      for (String alt : e.altLabels()) add(n, Vocab.skosAltLabel, lit(alt));
      if (e.sameAs() != null) add(n, OWL.sameAs.asNode(), NodeFactory.createURI(e.sameAs()));
      String wikidata = org.newsgraph.link.CountryIds.wikidata(e);
      if (wikidata != null) add(n, OWL.sameAs.asNode(), NodeFactory.createURI(wikidata));
      if (e.sameAs() != null && e.linkConfidence() != null) {
        add(n, NG.Nodes.linkConfidence, NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.3f", e.linkConfidence()), XSDDatatype.XSDdecimal));
      }
      add(art, Schema.mentions, n);
    }

    void writeMention(Mention m) {
      Node s = span(m.span());
      Node sentence = sentenceOf(m.span());
      if (sentence != null) add(s, Nif.sentence, sentence);
      add(s, RDF.Nodes.type, NG.Nodes.Mention);
      add(s, RDF.Nodes.type, Nif.Phrase);
      add(s, m.name() ? Vocab.itsTaIdentRef : NG.Nodes.refersTo, iris.entity(m.entity()));
    }

    void writeRole(Role r, int n) {
      Node role = iris.part(article.id(), "role", Integer.toString(n));
      Node holder = iris.entity(r.holder());
      add(role, RDF.Nodes.type, NG.Nodes.Role);
      add(role, NG.Nodes.roleHolder, holder);
      add(role, NG.Nodes.roleName, lit(r.name()));
      add(role, NG.Nodes.evidence, span(r.evidence()));
      add(role, NG.Nodes.inArticle, art);
      if (r.rule() != null) add(role, NG.Nodes.rule, lit(r.rule()));
      add(holder, Schema.jobTitle, lit(r.name()));
      if (r.organization() != null) {
        Node org = iris.entity(r.organization());
        add(role, NG.Nodes.roleIn, org);
        add(holder, Schema.worksFor, org);
      }
    }

    void writeUnnamed(UnnamedSource u) {
      Node n = iris.part(article.id(), "source", u.key());
      speakers.put(u.key(), n);
      add(n, RDF.Nodes.type, NG.Nodes.UnnamedSource);
      add(n, RDFS.Nodes.label, lit(u.label()));
      add(n, NG.Nodes.inArticle, art);
      if (u.affiliation() != null) add(n, NG.Nodes.affiliation, iris.entity(u.affiliation()));
      if (u.span() != null) add(n, NG.Nodes.evidence, span(u.span()));
    }

    Node party(String key) {
      Node n = speakers.get(key);
      return n != null ? n : iris.entity(key);
    }

    void writeClaim(Claim c) {
      Node n = claims.get(c.key());
      add(n, RDF.Nodes.type, NG.Nodes.Claim);
      add(n, RDF.Nodes.type, Schema.Claim);
      add(n, NG.Nodes.inArticle, art);
      add(n, NG.Nodes.claimText, lit(c.text()));
      if (c.claimant() != null) add(n, NG.Nodes.claimant, party(c.claimant()));
      for (String a : c.about()) add(n, NG.Nodes.about, iris.entity(a));
      for (Span s : c.evidence()) add(n, NG.Nodes.evidence, span(s));
      if (c.rule() != null) add(n, NG.Nodes.rule, lit(c.rule()));
      if (c.claimant() != null && !c.about().isEmpty() && !speakers.containsKey(c.claimant())) {
        Node group = iris.claimGroup(c.claimant(), c.about().get(0));
        add(n, NG.Nodes.claimGroup, group);
        add(group, RDF.Nodes.type, NG.Nodes.ClaimGroup);
        add(group, NG.Nodes.claimant, iris.entity(c.claimant()));
        add(group, NG.Nodes.about, iris.entity(c.about().get(0)));
      }
    }

    void writeStatement(Statement s) {
      Node n = statements.get(s.key());
      add(n, RDF.Nodes.type, NG.Nodes.Statement);
      for (var stance : s.stances()) {
        add(n, RDF.Nodes.type, switch (stance) {
          case DENIAL -> NG.Nodes.Denial;
          case ACCUSATION -> NG.Nodes.Accusation;
          case CRITICISM -> NG.Nodes.Criticism;
          case APPEAL -> NG.Nodes.Appeal;
        });
      }
      add(n, NG.Nodes.inArticle, art);
      if (s.speaker() != null) add(n, NG.Nodes.speaker, party(s.speaker()));
      if (s.cue() != null) add(n, NG.Nodes.cue, lit(s.cue()));
      if (s.content() != null) add(n, NG.Nodes.content, lit(s.content()));
      add(n, NG.Nodes.quoteType, switch (s.quoteType()) {
        case DIRECT -> NG.Nodes.DirectQuote;
        case INDIRECT -> NG.Nodes.IndirectQuote;
        case MIXED -> NG.Nodes.MixedQuote;
      });
      for (Span x : s.sourceSpans()) add(n, NG.Nodes.sourceSpan, span(x));
      for (Span x : s.cueSpans()) add(n, NG.Nodes.cueSpan, span(x));
      for (Span x : s.contentSpans()) add(n, NG.Nodes.contentSpan, span(x));
      Node sentence = sentenceOf(s.contentSpans().get(0));
      if (sentence != null) add(n, Nif.sentence, sentence);
      for (String a : new LinkedHashSet<>(s.about())) add(n, NG.Nodes.about, iris.entity(a));
      if (s.target() != null) add(n, NG.Nodes.target, party(s.target()));
      for (String c : s.denies()) if (claims.containsKey(c)) add(n, NG.Nodes.denies, claims.get(c));
      for (String c : s.asserts()) if (claims.containsKey(c)) add(n, NG.Nodes.asserts, claims.get(c));
      for (String r : s.respondsTo()) if (statements.containsKey(r)) add(n, NG.Nodes.respondsTo, statements.get(r));
      add(n, NG.Nodes.confidence, NodeFactory.createLiteralDT(Double.toString(s.confidence()), XSDDatatype.XSDdecimal));
      if (s.rule() != null) add(n, NG.Nodes.rule, lit(s.rule()));
      for (String r : s.stanceRules()) add(n, NG.Nodes.stanceRule, lit(r));
    }

    /** The node of the sentence holding (the start of) a span, typed nif:Sentence; null if unknown. */
    Node sentenceOf(Span inner) {
      List<Span> sentences = facts.sentences();
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = sentences.get(mid);
        if (inner.begin() < s.begin()) hi = mid - 1;
        else if (inner.begin() >= s.end()) lo = mid + 1;
        else {
          Node n = span(s);
          add(n, RDF.Nodes.type, Nif.Sentence);
          return n;
        }
      }
      return null;
    }

    /** The span's node, described once: begin, end, anchor, context. */
    Node span(Span s) {
      Node n = iris.span(article.id(), s);
      if (spansWritten.add(s)) {
        add(n, RDF.Nodes.type, Nif.String);
        add(n, Nif.referenceContext, art);
        add(n, Nif.beginIndex, NodeFactory.createLiteralDT(Integer.toString(s.begin()), XSDDatatype.XSDnonNegativeInteger));
        add(n, Nif.endIndex, NodeFactory.createLiteralDT(Integer.toString(s.end()), XSDDatatype.XSDnonNegativeInteger));
        add(n, Nif.anchorOf, lit(substring(article.text(), s)));
      }
      return n;
    }
  }

  static String substring(String text, Span s) {
    int b = text.offsetByCodePoints(0, s.begin());
    int e = text.offsetByCodePoints(b, s.length());
    return text.substring(b, e);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  /** xsd:date or xsd:dateTime where the value is one, else a plain string. */
  static Node date(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
    if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
      return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdateTime);
    }
    return lit(value);
  }
}
