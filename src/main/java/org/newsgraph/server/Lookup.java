package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Point lookups on the union graph for the pages: labels, types, article texts (kept for the length
 * of one page) and the spans a statement points to. Callers hold a read transaction.
 */
final class Lookup {
  private static final Pattern CHAR = Pattern.compile("#char=(\\d+),(\\d+)$");
  private final Graph union;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, List<String>> known = new HashMap<>();

  Lookup(Site site) {
    this.union = site.dsg().getUnionGraph();
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
    var it = union.find(iri(s), p, Node.ANY);
    try {
      if (!it.hasNext()) return null;
      Node o = it.next().getObject();
      return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
    } finally {
      it.close();
    }
  }

  List<String> values(String s, Node p) {
    // kept for the page: the label or type of an entity that many articles mention is read from
    // every one of their graphs, and a page asks for it once per statement
    return known.computeIfAbsent(s + " " + p.getURI(), k -> read(s, p));
  }

  private List<String> read(String s, Node p) {
    List<String> out = new ArrayList<>();
    union.find(iri(s), p, Node.ANY).forEach(t -> {
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

  /** The sentence of statement st, its content, cue and source marked. */
  String statementSentence(String st, String article) {
    List<Snippets.Mark> marks = new ArrayList<>();
    for (int[] s : spans(st, NG.Nodes.contentSpan)) marks.add(new Snippets.Mark(s[0], s[1], "content"));
    for (int[] s : spans(st, NG.Nodes.cueSpan)) marks.add(new Snippets.Mark(s[0], s[1], "cue"));
    for (int[] s : spans(st, NG.Nodes.sourceSpan)) marks.add(new Snippets.Mark(s[0], s[1], "source"));
    return Snippets.sentence(text(article), marks);
  }
}
