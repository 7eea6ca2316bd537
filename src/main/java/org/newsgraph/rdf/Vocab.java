package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The outside vocabularies the graph uses and Jena has no class for (NIF, ITS RDF), plus prefixes. */
public final class Vocab {
  private Vocab() {}

  public static final String SCHEMA = "http://schema.org/";
  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String DCT = "http://purl.org/dc/terms/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  /** Prefixes for writers and for the saved queries. */
  public static final java.util.Map<String, String> PREFIXES = java.util.Map.of(
      "ng", NG.NS, "schema", SCHEMA, "nif", NIF, "itsrdf", ITSRDF, "prov", PROV, "dct", DCT, "skos", SKOS,
      "owl", "http://www.w3.org/2002/07/owl#", "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
      "xsd", "http://www.w3.org/2001/XMLSchema#");

  /** NIF Core terms. */
  public static final class Nif {
    private Nif() {}

    public static final Node Context = NodeFactory.createURI(NIF + "Context");
    public static final Node Phrase = NodeFactory.createURI(NIF + "Phrase");
    public static final Node Sentence = NodeFactory.createURI(NIF + "Sentence");
    public static final Node sentence = NodeFactory.createURI(NIF + "sentence");
    public static final Node String = NodeFactory.createURI(NIF + "String");
    public static final Node isString = NodeFactory.createURI(NIF + "isString");
    public static final Node beginIndex = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node endIndex = NodeFactory.createURI(NIF + "endIndex");
    public static final Node anchorOf = NodeFactory.createURI(NIF + "anchorOf");
    public static final Node referenceContext = NodeFactory.createURI(NIF + "referenceContext");
  }

  /** schema.org terms as nodes (Jena's SchemaDO has them as resources). */
  public static final class Schema {
    private Schema() {}

    public static final Node NewsArticle = NodeFactory.createURI(SCHEMA + "NewsArticle");
    public static final Node Claim = NodeFactory.createURI(SCHEMA + "Claim");
    public static final Node headline = NodeFactory.createURI(SCHEMA + "headline");
    public static final Node url = NodeFactory.createURI(SCHEMA + "url");
    public static final Node datePublished = NodeFactory.createURI(SCHEMA + "datePublished");
    public static final Node publisher = NodeFactory.createURI(SCHEMA + "publisher");
    public static final Node author = NodeFactory.createURI(SCHEMA + "author");
    public static final Node mentions = NodeFactory.createURI(SCHEMA + "mentions");
    public static final Node jobTitle = NodeFactory.createURI(SCHEMA + "jobTitle");
    public static final Node worksFor = NodeFactory.createURI(SCHEMA + "worksFor");
  }

  public static final Node itsTaIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");
  public static final Node provWasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
  public static final Node provActivity = NodeFactory.createURI(PROV + "Activity");
  public static final Node provStartedAtTime = NodeFactory.createURI(PROV + "startedAtTime");
  public static final Node dctIdentifier = NodeFactory.createURI(DCT + "identifier");
  public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");
}
