package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PropertyGraph} as GraphML, for Cytoscape, Gephi, yEd and graph libraries. Nodes
 * carry {@code label}, {@code name} (Cytoscape's display column), {@code type}, {@code articles}
 * and, where linked, {@code link} (the DBpedia resource) and {@code wikidata};
 * edges carry {@code label}, {@code kind} and {@code weight}. Node ids are the entities' IRIs.
 */
public final class GraphMl {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphMl() {}

  public static void write(PropertyGraph g, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("graphml");
      w.writeDefaultNamespace(NS);
      w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      w.writeCharacters("\n");
      key(w, "label", "node", "label", "string");
      key(w, "name", "node", "name", "string");
      key(w, "type", "node", "type", "string");
      key(w, "articles", "node", "articles", "int");
      key(w, "link", "node", "link", "string");
      key(w, "wikidata", "node", "wikidata", "string");
      key(w, "edge_label", "edge", "label", "string");
      key(w, "kind", "edge", "kind", "string");
      key(w, "weight", "edge", "weight", "double");
      w.writeStartElement("graph");
      w.writeAttribute("id", "newsgraph");
      w.writeAttribute("edgedefault", "directed");
      w.writeCharacters("\n");
      for (PropertyGraph.Node n : g.nodes()) {
        w.writeStartElement("node");
        w.writeAttribute("id", n.id());
        data(w, "label", n.label());
        data(w, "name", n.label());
        data(w, "type", n.type());
        data(w, "articles", Integer.toString(n.articles()));
        if (!n.link().isEmpty()) data(w, "link", n.link());
        if (!n.wikidata().isEmpty()) data(w, "wikidata", n.wikidata());
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      int i = 0;
      for (PropertyGraph.Edge e : g.edges()) {
        w.writeStartElement("edge");
        w.writeAttribute("id", "e" + i++);
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
        data(w, "edge_label", e.label());
        data(w, "kind", e.kind());
        data(w, "weight", Integer.toString(e.weight()));
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
    w.writeEmptyElement("key");
    w.writeAttribute("id", id);
    w.writeAttribute("for", forWhat);
    w.writeAttribute("attr.name", name);
    w.writeAttribute("attr.type", type);
    w.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
    w.writeStartElement("data");
    w.writeAttribute("key", key);
    w.writeCharacters(value);
    w.writeEndElement();
  }
}
