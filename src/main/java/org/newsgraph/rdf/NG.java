package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph ontology, {@code ng: <https://w3id.org/newsgraph/ontology#>}. Terms are described in
 * {@code ontology/newsgraph.ttl}; {@link Nodes} has the same terms as graph nodes.
 */
public final class NG {
  public static final String NS = "https://w3id.org/newsgraph/ontology#";

  private NG() {}

  private static Resource r(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property p(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // classes
  public static final Resource Article = r("Article");
  public static final Resource Person = r("Person");
  public static final Resource Organization = r("Organization");
  public static final Resource Country = r("Country");
  public static final Resource Place = r("Place");
  public static final Resource Event = r("Event");
  public static final Resource Mention = r("Mention");
  public static final Resource Role = r("Role");
  public static final Resource Statement = r("Statement");
  public static final Resource Denial = r("Denial");
  public static final Resource Accusation = r("Accusation");
  public static final Resource Criticism = r("Criticism");
  public static final Resource Appeal = r("Appeal");
  public static final Resource UnnamedSource = r("UnnamedSource");
  public static final Resource Claim = r("Claim");
  public static final Resource ClaimGroup = r("ClaimGroup");
  public static final Resource ExtractionRun = r("ExtractionRun");
  public static final Resource DirectQuote = r("DirectQuote");
  public static final Resource IndirectQuote = r("IndirectQuote");
  public static final Resource MixedQuote = r("MixedQuote");

  // properties
  public static final Property contentHash = p("contentHash");
  public static final Property furniture = p("furniture");
  public static final Property sourceInput = p("sourceInput");
  public static final Property roleHolder = p("roleHolder");
  public static final Property roleName = p("roleName");
  public static final Property roleIn = p("roleIn");
  public static final Property evidence = p("evidence");
  public static final Property inArticle = p("inArticle");
  public static final Property speaker = p("speaker");
  public static final Property cue = p("cue");
  public static final Property content = p("content");
  public static final Property quoteType = p("quoteType");
  public static final Property sourceSpan = p("sourceSpan");
  public static final Property cueSpan = p("cueSpan");
  public static final Property contentSpan = p("contentSpan");
  public static final Property about = p("about");
  public static final Property target = p("target");
  public static final Property denies = p("denies");
  public static final Property asserts = p("asserts");
  public static final Property respondsTo = p("respondsTo");
  public static final Property confidence = p("confidence");
  public static final Property linkConfidence = p("linkConfidence");
  public static final Property refersTo = p("refersTo");
  public static final Property rule = p("rule");
  public static final Property stanceRule = p("stanceRule");
  public static final Property affiliation = p("affiliation");
  public static final Property claimant = p("claimant");
  public static final Property claimText = p("claimText");
  public static final Property claimGroup = p("claimGroup");
  public static final Property toolVersion = p("toolVersion");
  public static final Property corenlpVersion = p("corenlpVersion");
  public static final Property annotators = p("annotators");
  // counted when a query asks (org.newsgraph.store.SummaryFunctions), never stored
  public static final Property articleCount = p("articleCount");
  public static final Property statementCount = p("statementCount");
  public static final Property statementArticleCount = p("statementArticleCount");
  public static final Property directQuoteCount = p("directQuoteCount");
  public static final Property entityClass = p("entityClass");

  /** The same terms as {@link Node}s, for building quads. */
  public static final class Nodes {
    private Nodes() {}

    private static Node n(String local) {
      return NodeFactory.createURI(NS + local);
    }

    public static final Node Article = n("Article");
    public static final Node Person = n("Person");
    public static final Node Organization = n("Organization");
    public static final Node Country = n("Country");
    public static final Node Place = n("Place");
    public static final Node Event = n("Event");
    public static final Node Mention = n("Mention");
    public static final Node Role = n("Role");
    public static final Node Statement = n("Statement");
    public static final Node Denial = n("Denial");
    public static final Node Accusation = n("Accusation");
    public static final Node Criticism = n("Criticism");
    public static final Node Appeal = n("Appeal");
    public static final Node UnnamedSource = n("UnnamedSource");
    public static final Node Claim = n("Claim");
    public static final Node ClaimGroup = n("ClaimGroup");
    public static final Node ExtractionRun = n("ExtractionRun");
    public static final Node DirectQuote = n("DirectQuote");
    public static final Node IndirectQuote = n("IndirectQuote");
    public static final Node MixedQuote = n("MixedQuote");

    public static final Node contentHash = n("contentHash");
    public static final Node furniture = n("furniture");
    public static final Node sourceInput = n("sourceInput");
    public static final Node roleHolder = n("roleHolder");
    public static final Node roleName = n("roleName");
    public static final Node roleIn = n("roleIn");
    public static final Node evidence = n("evidence");
    public static final Node inArticle = n("inArticle");
    public static final Node speaker = n("speaker");
    public static final Node cue = n("cue");
    public static final Node content = n("content");
    public static final Node quoteType = n("quoteType");
    public static final Node sourceSpan = n("sourceSpan");
    public static final Node cueSpan = n("cueSpan");
    public static final Node contentSpan = n("contentSpan");
    public static final Node about = n("about");
    public static final Node target = n("target");
    public static final Node denies = n("denies");
    public static final Node asserts = n("asserts");
    public static final Node respondsTo = n("respondsTo");
    public static final Node confidence = n("confidence");
    public static final Node linkConfidence = n("linkConfidence");
    public static final Node refersTo = n("refersTo");
    public static final Node rule = n("rule");
    public static final Node stanceRule = n("stanceRule");
    public static final Node affiliation = n("affiliation");
    public static final Node claimant = n("claimant");
    public static final Node claimText = n("claimText");
    public static final Node claimGroup = n("claimGroup");
    public static final Node toolVersion = n("toolVersion");
    public static final Node articleCount = n("articleCount");
    public static final Node statementCount = n("statementCount");
    public static final Node statementArticleCount = n("statementArticleCount");
    public static final Node directQuoteCount = n("directQuoteCount");
    public static final Node entityClass = n("entityClass");
    public static final Node corenlpVersion = n("corenlpVersion");
    public static final Node annotators = n("annotators");
  }
}
