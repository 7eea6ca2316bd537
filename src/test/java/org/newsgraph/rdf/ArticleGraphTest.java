package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Furniture;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.rdf.Vocab.Nif;

/**
 * The graph contract for hand-made facts: IRIs, code-point spans whose anchors equal the text
 * (with an emoji before them), conformance to the SHACL shapes, and non-conformance when a span
 * lies.
 */
class ArticleGraphTest {
  private static final String BASE = "https://news.example.org/kg/";
  private static final ExtractionRun RUN =
      new ExtractionRun("run1", "test", "4.5.10", "tokenize", Instant.parse("2024-01-01T00:00:00Z"));
  private static final ArticleGraph WRITER = new ArticleGraph(new Iris(BASE), RUN);

  // an emoji (two UTF-16 chars, one code point) before every fact
  private static final String TEXT = String.join("\n",
      "Acme \uD83D\uDE80 recalls scooters",
      "Acme chairman John Smith said the recall was \"a precaution\".",
      "Globex denied that it had copied the design.",
      "Read more: Scooter fires");

  /** The code-point span of the n-th (from 0) occurrence of {@code s} in the text. */
  static Span find(String text, String s, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(s, i + 1);
      if (i < 0) throw new IllegalArgumentException(s);
    }
    int b = text.codePointCount(0, i);
    return new Span(b, b + s.codePointCount(0, s.length()));
  }

  private static Span find(String s) {
    return find(TEXT, s, 0);
  }

  static ArticleFacts facts() {
    Article article = Article.ofText("acme-recall", TEXT, "Acme \uD83D\uDE80 recalls scooters", "test", Furniture.find(TEXT));
    List<Entity> entities = List.of(
        new Entity("acme", EntityKind.ORGANIZATION, "Acme", List.of(), null),
        new Entity("john-smith", EntityKind.PERSON, "John Smith", List.of("Smith"), null),
        new Entity("globex", EntityKind.ORGANIZATION, "Globex", List.of(), "http://dbpedia.org/resource/Globex"));
    List<Mention> mentions = List.of(
        new Mention(find(TEXT, "Acme", 1), "Acme", "acme"),
        new Mention(find("John Smith"), "John Smith", "john-smith"),
        new Mention(find("Globex"), "Globex", "globex"),
        new Mention(find("it had"), "it", "globex"));
    List<Role> roles = List.of(new Role("john-smith", "chairman", "acme", find("Acme chairman John Smith"), "title-org-name"));
    Span copied = find("it had copied the design");
    Claim claim = new Claim("c1", null, List.of("globex"), "it had copied the design", List.of(copied), "denied-content");
    Statement said = Statement.builder("1").speaker("john-smith").sourceSpans(List.of(find("John Smith")))
        .cueSpans(List.of(find("said"))).cue("said")
        .contentSpans(List.of(find("the recall was \"a precaution\""))).content("the recall was \"a precaution\"")
        .quoteType(QuoteType.MIXED).about(List.of()).confidence(0.9).rule("ccomp-cue").build();
    Statement denied = Statement.builder("2").speaker("globex").cueSpans(List.of(find("denied"))).cue("denied")
        .contentSpans(List.of(find("that it had copied the design"))).content("that it had copied the design")
        .stances(Set.of(Stance.DENIAL)).denies(List.of("c1")).about(List.of("globex")).rule("ccomp-cue")
        .stanceRules(List.of("cue-lexicon")).build();
    List<Span> sentences = TEXT.lines().map(l -> find(l)).toList();
    return new ArticleFacts(article, entities, mentions, roles, List.of(), List.of(said, denied), List.of(claim), sentences);
  }

  private static Graph graph(List<Quad> quads) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Quad q : quads) g.add(q.asTriple());
    return g;
  }

  private static Node uri(String local) {
    return NodeFactory.createURI(BASE + local);
  }

  private static String anchor(Graph g, Node span) {
    return g.find(span, Nif.anchorOf, Node.ANY).next().getObject().getLiteralLexicalForm();
  }

  @Test
  void every_quad_is_in_the_article_graph_and_iris_follow_the_contract() {
    List<Quad> quads = WRITER.quads(facts());
    assertThat(quads).allSatisfy(q -> assertThat(q.getGraph()).isEqualTo(uri("graph/acme-recall")));
    assertThat(WRITER.graphName("acme-recall")).isEqualTo(uri("graph/acme-recall"));
    Graph g = graph(quads);
    Node art = uri("article/acme-recall");
    assertThat(g.contains(art, Vocab.dctIdentifier, NodeFactory.createLiteralString("acme-recall"))).isTrue();
    assertThat(g.contains(art, Vocab.Schema.mentions, uri("entity/john-smith"))).isTrue();
    assertThat(g.contains(uri("entity/john-smith"), org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.Person)).isTrue();
    assertThat(g.contains(uri("article/acme-recall/role/1"), NG.Nodes.roleIn, uri("entity/acme"))).isTrue();
    assertThat(g.contains(uri("article/acme-recall/statement/2"), NG.Nodes.denies, uri("article/acme-recall/claim/c1"))).isTrue();
    assertThat(g.contains(uri("article/acme-recall/statement/2"), org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.Denial)).isTrue();
    assertThat(g.contains(uri("entity/john-smith"), Vocab.Schema.worksFor, uri("entity/acme"))).isTrue();
  }

  @Test
  void spans_are_code_points_and_anchors_equal_the_text_there() {
    Graph g = graph(WRITER.quads(facts()));
    Span smith = find("John Smith");
    // the emoji on the first line puts char offsets one past code-point offsets
    assertThat(TEXT.indexOf("John Smith")).isEqualTo(smith.begin() + 1);
    Node n = uri("article/acme-recall#char=" + smith.begin() + "," + smith.end());
    assertThat(anchor(g, n)).isEqualTo("John Smith");
    assertThat(g.contains(n, Vocab.itsTaIdentRef, uri("entity/john-smith"))).isTrue();
    assertThat(g.contains(n, Nif.beginIndex, NodeFactory.createLiteralDT(Integer.toString(smith.begin()), XSDDatatype.XSDnonNegativeInteger)))
        .isTrue();
    var spans = g.find(Node.ANY, Nif.beginIndex, Node.ANY).toList();
    assertThat(spans).hasSizeGreaterThan(10);
    for (Triple t : spans) {
      Node s = t.getSubject();
      int b = Integer.parseInt(t.getObject().getLiteralLexicalForm());
      int e = Integer.parseInt(g.find(s, Nif.endIndex, Node.ANY).next().getObject().getLiteralLexicalForm());
      int cb = TEXT.offsetByCodePoints(0, b);
      assertThat(anchor(g, s)).as(s.getURI()).isEqualTo(TEXT.substring(cb, TEXT.offsetByCodePoints(cb, e - b)));
      assertThat(s.getURI()).endsWith("#char=" + b + "," + e);
    }
  }

  @Test
  void the_furniture_line_is_marked_and_mentions_point_to_their_sentence() {
    Graph g = graph(WRITER.quads(facts()));
    Node art = uri("article/acme-recall");
    Node furniture = g.find(art, NG.Nodes.furniture, Node.ANY).next().getObject();
    assertThat(anchor(g, furniture)).isEqualTo("Read more: Scooter fires");
    Span line2 = find(TEXT.lines().toList().get(1));
    Span smith = find("John Smith");
    assertThat(g.contains(uri("article/acme-recall#char=" + smith.begin() + "," + smith.end()), Nif.sentence,
        uri("article/acme-recall#char=" + line2.begin() + "," + line2.end()))).isTrue();
  }

  @Test
  void a_tiny_article_gives_exactly_the_contract_graph() throws Exception {
    String text = "Hi \uD83D\uDE00 Acme.";
    Article article = Article.ofText("tiny", text, text, "test", List.of());
    ArticleFacts facts = new ArticleFacts(article, List.of(new Entity("acme", EntityKind.ORGANIZATION, "Acme", List.of(), null)),
        List.of(new Mention(new Span(5, 9), "Acme", "acme")), List.of(), List.of(), List.of(), List.of());
    String hash = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    String expected = """
        @prefix ng: <https://w3id.org/newsgraph/ontology#> .
        @prefix schema: <http://schema.org/> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @base <%s> .
        <article/tiny> a ng:Article, schema:NewsArticle, nif:Context ;
            dct:identifier "tiny" ; schema:headline "%s" ; ng:sourceInput "test" ;
            nif:isString "%s" ; ng:contentHash "%s" ;
            prov:wasGeneratedBy <run/run1> ; schema:mentions <entity/acme> .
        <run/run1> a ng:ExtractionRun, prov:Activity ; ng:toolVersion "test" ; ng:corenlpVersion "4.5.10" ;
            ng:annotators "tokenize" ; prov:startedAtTime "2024-01-01T00:00:00Z"^^xsd:dateTime .
        <entity/acme> a ng:Organization ; rdfs:label "Acme" .
        <article/tiny#char=5,9> a ng:Mention, nif:Phrase, nif:String ; nif:referenceContext <article/tiny> ;
            nif:beginIndex "5"^^xsd:nonNegativeInteger ; nif:endIndex "9"^^xsd:nonNegativeInteger ;
            nif:anchorOf "Acme" ; itsrdf:taIdentRef <entity/acme> .
        """.formatted(BASE, text, text, hash);
    Graph want = RDFParser.fromString(expected, Lang.TURTLE).toGraph();
    Graph got = graph(WRITER.quads(facts));
    assertThat(got.isIsomorphicWith(want)).as("got:%n%s", got).isTrue();
  }

  @Test
  void the_same_facts_give_the_same_graph() {
    assertThat(graph(WRITER.quads(facts())).isIsomorphicWith(graph(WRITER.quads(facts())))).isTrue();
  }

  @Test
  void the_graph_conforms_to_the_shapes() {
    ValidationReport report = Shapes.validate(graph(WRITER.quads(facts())));
    assertThat(report.getEntries()).isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  @Test
  void an_anchor_that_differs_from_the_text_does_not_conform() {
    Graph g = graph(WRITER.quads(facts()));
    Span smith = find("John Smith");
    Node n = uri("article/acme-recall#char=" + smith.begin() + "," + smith.end());
    g.delete(Triple.create(n, Nif.anchorOf, NodeFactory.createLiteralString("John Smith")));
    g.add(Triple.create(n, Nif.anchorOf, NodeFactory.createLiteralString("John Smyth")));
    ValidationReport report = Shapes.validate(g);
    assertThat(report.conforms()).isFalse();
    assertThat(report.getEntries()).singleElement().satisfies(e -> {
      assertThat(e.focusNode()).isEqualTo(n);
      assertThat(e.message()).contains("anchorOf differs from the text");
    });
  }

  @Test
  void offsets_counted_in_utf16_chars_do_not_conform() {
    // "John Smith" at its char offsets: one past its code-point offsets because of the emoji
    int b = TEXT.indexOf("John Smith");
    Graph g = graph(WRITER.quads(facts()));
    Node n = uri("article/acme-recall#char=" + b + "," + (b + 10));
    spanTriples(g, n, b, b + 10, "John Smith");
    assertThat(Shapes.validate(g).getEntries()).extracting(e -> e.focusNode()).containsExactly(n);
  }

  @Test
  void a_span_that_ends_before_it_begins_or_past_the_text_does_not_conform() {
    Graph g = graph(WRITER.quads(facts()));
    Node backwards = uri("article/acme-recall#char=9,5");
    spanTriples(g, backwards, 9, 5, null);
    int length = TEXT.codePointCount(0, TEXT.length());
    Node past = uri("article/acme-recall#char=" + (length - 2) + "," + (length + 3));
    spanTriples(g, past, length - 2, length + 3, null);
    ValidationReport report = Shapes.validate(g);
    assertThat(report.conforms()).isFalse();
    assertThat(report.getEntries()).extracting(e -> e.focusNode()).containsExactlyInAnyOrder(backwards, past);
  }

  private static void spanTriples(Graph g, Node n, int b, int e, String anchor) {
    g.add(Triple.create(n, org.apache.jena.vocabulary.RDF.Nodes.type, Nif.String));
    g.add(Triple.create(n, Nif.referenceContext, uri("article/acme-recall")));
    g.add(Triple.create(n, Nif.beginIndex, NodeFactory.createLiteralDT(Integer.toString(b), XSDDatatype.XSDnonNegativeInteger)));
    g.add(Triple.create(n, Nif.endIndex, NodeFactory.createLiteralDT(Integer.toString(e), XSDDatatype.XSDnonNegativeInteger)));
    if (anchor != null) g.add(Triple.create(n, Nif.anchorOf, NodeFactory.createLiteralString(anchor)));
  }

  @Test
  void dates_are_typed_only_when_they_are_dates() {
    assertThat(ArticleGraph.date("2019-02-26")).isEqualTo(NodeFactory.createLiteralDT("2019-02-26", XSDDatatype.XSDdate));
    assertThat(ArticleGraph.date("2019-02-26T10:15:00Z").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
    assertThat(ArticleGraph.date("26 Feb 2019")).isEqualTo(NodeFactory.createLiteralString("26 Feb 2019"));
  }
}
