package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.UnionScan;

/**
 * Point lookups on the union graph for the pages: labels, types, article texts (kept for the length
 * of one page) and the spans a statement points to. Callers hold a read transaction.
 */
final class Lookup {
  private static final Pattern CHAR = Pattern.compile("#char=(\\d+),(\\d+)$");
  private final Graph union;
  private final DatasetGraph dsg;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, List<String>> known = new HashMap<>();

  Lookup(Site site) {
    this.union = site.dsg().getUnionGraph();
    this.dsg = site.dsg();
  }

  Graph union() {
    return union;
  }

  static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  /** One value of (s, p), or null. */
  String value(String s, Node p) {
    String k = s + " " + p.getURI();
    List<String> all = known.get(k);
    if (all != null) return all.isEmpty() ? null : all.get(0);
    var it = UnionScan.find(dsg, iri(s), p, Node.ANY);
    try {
      if (!it.hasNext()) return null;
      Node o = it.next().getObject();
      return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
    } finally {
      Iter.close(it);
    }
  }

  List<String> values(String s, Node p) {
    // kept for the page: the label or type of an entity that many articles mention is read from
    // every one of their graphs, and a page asks for it once per statement
    return known.computeIfAbsent(s + " " + p.getURI(), k -> read(s, p));
  }

  private List<String> read(String s, Node p) {
    List<String> out = new ArrayList<>();
    // each distinct value once, however many article graphs repeat it
    UnionScan.find(dsg, iri(s), p, Node.ANY).forEachRemaining(t -> {
      Node o = t.getObject();
      String v = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
      if (v != null && !out.contains(v)) out.add(v);
    });
    return out;
  }

  String label(String s) {
    String l = value(s, RDFS.Nodes.label);
    return l != null ? l : value(s, Vocab.Nif.anchorOf);
  }

  /** The local names of the ng: classes of s ("Person", "Denial"). */
  List<String> ngTypes(String s) {
    List<String> out = new ArrayList<>();
    for (String t : values(s, RDF.Nodes.type)) if (t.startsWith(NG.NS)) out.add(t.substring(NG.NS.length()));
    return out;
  }

  /** The text of an article (nif:isString), read once per page. */
  String text(String article) {
    return texts.computeIfAbsent(article, a -> {
      String t = value(a, Vocab.Nif.isString);
      return t == null ? "" : t;
    });
  }

  /** The spans (begin, end) that s points to with p, from their {@code #char=b,e} IRIs. */
  List<int[]> spans(String s, Node p) {
    List<int[]> out = new ArrayList<>();
    for (String v : values(s, p)) {
      int[] span = span(v);
      if (span != null) out.add(span);
    }
    return out;
  }

  static int[] span(String spanIri) {
    Matcher m = CHAR.matcher(spanIri);
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
  }

  /** The article a span IRI belongs to. */
  static String articleOfSpan(String spanIri) {
    int i = spanIri.indexOf("#char=");
    return i < 0 ? null : spanIri.substring(0, i);
  }

  /**
   * The offsets (begin, end) of the mentions of entity e in one article's graph: from the mention
   * IRIs ({@code #char=b,e}) where they carry them, else from {@code nif:beginIndex} and {@code nif:endIndex}.
   */
  List<int[]> mentions(Node graph, Node e) {
    List<int[]> out = new ArrayList<>();
    for (Node p : List.of(Vocab.itsTaIdentRef, NG.Nodes.refersTo)) {
      dsg.find(graph, Node.ANY, p, e).forEachRemaining(q -> {
        int[] s = offsets(graph, q.getSubject());
        if (s != null && out.stream().noneMatch(x -> x[0] == s[0] && x[1] == s[1])) out.add(s);
      });
    }
    return out;
  }

  private int[] offsets(Node graph, Node mention) {
    int[] s = mention.isURI() ? span(mention.getURI()) : null;
    if (s != null) return s;
    var b = dsg.find(graph, mention, Vocab.Nif.beginIndex, Node.ANY);
    var end = dsg.find(graph, mention, Vocab.Nif.endIndex, Node.ANY);
    if (!b.hasNext() || !end.hasNext()) return null;
    Node bn = b.next().getObject();
    Node en = end.next().getObject();
    if (!(bn.getLiteralValue() instanceof Number bv) || !(en.getLiteralValue() instanceof Number ev)) return null;
    return new int[] {bv.intValue(), ev.intValue()};
  }

  /**
   * A statement's details with the variables of the page's statement rows (st, speaker,
   * speakerLabel, cue, content, quoteType, art, headline, types: its types, space-separated), read by
   * point lookups; null for a node with no ng:inArticle or no type (not a statement of an article).
   */
  Binding statement(Node st) {
    String s = st.getURI();
    String art = value(s, NG.Nodes.inArticle);
    List<String> types = values(s, RDF.Nodes.type);
    if (art == null || types.isEmpty()) return null;
    BindingBuilder b = BindingFactory.builder();
    b.add(Var.alloc("st"), st);
    put(b, "art", iri(art));
    String speaker = value(s, NG.Nodes.speaker);
    if (speaker != null) {
      put(b, "speaker", iri(speaker));
      put(b, "speakerLabel", literal(value(speaker, RDFS.Nodes.label)));
    }
    put(b, "cue", literal(value(s, NG.Nodes.cue)));
    put(b, "content", literal(value(s, NG.Nodes.content)));
    String qt = value(s, NG.Nodes.quoteType);
    if (qt != null) put(b, "quoteType", iri(qt));
    put(b, "headline", literal(value(art, Vocab.Schema.headline)));
    put(b, "types", literal(String.join(" ", types)));
    return b.build();
  }

  /** A role's details (role, holder, holderLabel, name, org, orgLabel, art, headline); null without holder, name or article. */
  Binding role(Node role) {
    String r = role.getURI();
    String holder = value(r, NG.Nodes.roleHolder);
    String name = value(r, NG.Nodes.roleName);
    String art = value(r, NG.Nodes.inArticle);
    if (holder == null || name == null || art == null) return null;
    BindingBuilder b = BindingFactory.builder();
    b.add(Var.alloc("role"), role);
    put(b, "holder", iri(holder));
    put(b, "holderLabel", literal(value(holder, RDFS.Nodes.label)));
    put(b, "name", literal(name));
    String org = value(r, NG.Nodes.roleIn);
    if (org != null) {
      put(b, "org", iri(org));
      put(b, "orgLabel", literal(value(org, RDFS.Nodes.label)));
    }
    put(b, "art", iri(art));
    put(b, "headline", literal(value(art, Vocab.Schema.headline)));
    return b.build();
  }

  /**
   * A claim's details, one row per statement that denies it (or one row when none does): c,
   * claimant, claimantLabel, text, art, headline, denial, denier, denierLabel; empty without text or article.
   */
  List<Binding> claim(Node c) {
    String s = c.getURI();
    String text = value(s, NG.Nodes.claimText);
    String art = value(s, NG.Nodes.inArticle);
    if (text == null || art == null) return List.of();
    BindingBuilder b = BindingFactory.builder();
    b.add(Var.alloc("c"), c);
    put(b, "text", literal(text));
    put(b, "art", iri(art));
    put(b, "headline", literal(value(art, Vocab.Schema.headline)));
    String claimant = value(s, NG.Nodes.claimant);
    if (claimant != null) {
      put(b, "claimant", iri(claimant));
      put(b, "claimantLabel", literal(value(claimant, RDFS.Nodes.label)));
    }
    Binding base = b.build();
    List<Binding> out = new ArrayList<>();
    UnionScan.find(dsg, Node.ANY, NG.Nodes.denies, c).forEachRemaining(t -> {
      BindingBuilder d = BindingFactory.builder(base);
      d.add(Var.alloc("denial"), t.getSubject());
      if (t.getSubject().isURI()) {
        String denier = value(t.getSubject().getURI(), NG.Nodes.speaker);
        if (denier != null) {
          put(d, "denier", iri(denier));
          put(d, "denierLabel", literal(value(denier, RDFS.Nodes.label)));
        }
      }
      out.add(d.build());
    });
    if (out.isEmpty()) out.add(base);
    return out;
  }

  private static void put(BindingBuilder b, String var, Node value) {
    if (value != null) b.add(Var.alloc(var), value);
  }

  private static Node literal(String s) {
    return s == null ? null : NodeFactory.createLiteralString(s);
  }

  /** The sentence of statement st, its content, cue and source marked. */
  String statementSentence(String st, String article) {
    List<Snippets.Mark> marks = new ArrayList<>();
    for (int[] s : spans(st, NG.Nodes.contentSpan)) marks.add(new Snippets.Mark(s[0], s[1], "content"));
    for (int[] s : spans(st, NG.Nodes.cueSpan)) marks.add(new Snippets.Mark(s[0], s[1], "cue"));
    for (int[] s : spans(st, NG.Nodes.sourceSpan)) marks.add(new Snippets.Mark(s[0], s[1], "source"));
    return Snippets.sentence(text(article), marks);
  }
}
