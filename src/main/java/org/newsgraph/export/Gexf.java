package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2 (the 1.2draft namespace), the version both Gephi and
 * networkx read (networkx 2.8 finds no graph in GEXF 1.3): nodes with their label, a
 * {@code type} attribute, {@code link} (the DBpedia resource) and {@code wikidata} where linked, and
 * a colour by type; edges with their label, a {@code kind} attribute and
 * their weight. Node ids are the entities' IRIs.
 */
public final class Gexf {
  static final String NS = "http://www.gexf.net/1.2draft";
  static final String VIZ = "http://www.gexf.net/1.2draft/viz";
  /** The web UI's colours, so a graph looks the same in Gephi. */
  private static final Map<String, int[]> COLOURS = Map.of(
      "Person", new int[] {217, 83, 79}, "Organization", new int[] {27, 154, 170}, "Country", new int[] {224, 168, 0},
      "Place", new int[] {92, 184, 92}, "Event", new int[] {142, 108, 174}, "UnnamedSource", new int[] {138, 143, 152});

  private Gexf() {}

  public static void write(PropertyGraph g, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("gexf");
      w.writeDefaultNamespace(NS);
      w.writeNamespace("viz", VIZ);
      w.writeAttribute("version", "1.2");
      w.writeCharacters("\n");
      w.writeStartElement("meta");
      element(w, "creator", "newsgraph");
      element(w, "description", "who said what about whom: entities, roles, statements, denials and claims");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeStartElement("graph");
      w.writeAttribute("defaultedgetype", "directed");
      w.writeAttribute("mode", "static");
      attributes(w, "node", new String[][] {{"type", "string"}, {"articles", "integer"}, {"link", "string"}, {"wikidata", "string"}});
      attributes(w, "edge", new String[][] {{"kind", "string"}});
      w.writeStartElement("nodes");
      w.writeCharacters("\n");
      for (PropertyGraph.Node n : g.nodes()) {
        w.writeStartElement("node");
        w.writeAttribute("id", n.id());
        w.writeAttribute("label", n.label());
        w.writeStartElement("attvalues");
        attvalue(w, "type", n.type());
        attvalue(w, "articles", Integer.toString(n.articles()));
        if (!n.link().isEmpty()) attvalue(w, "link", n.link());
        if (!n.wikidata().isEmpty()) attvalue(w, "wikidata", n.wikidata());
        w.writeEndElement();
        int[] c = COLOURS.get(n.type());
        if (c != null) {
          w.writeEmptyElement(VIZ, "color");
          w.writeAttribute("r", Integer.toString(c[0]));
          w.writeAttribute("g", Integer.toString(c[1]));
          w.writeAttribute("b", Integer.toString(c[2]));
        }
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeStartElement("edges");
      w.writeCharacters("\n");
      int i = 0;
      for (PropertyGraph.Edge e : g.edges()) {
        w.writeStartElement("edge");
        w.writeAttribute("id", Integer.toString(i++));
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
        w.writeAttribute("label", e.label());
        w.writeAttribute("weight", Integer.toString(e.weight()));
        w.writeStartElement("attvalues");
        attvalue(w, "kind", e.kind());
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static void attributes(XMLStreamWriter w, String forClass, String[][] attrs) throws XMLStreamException {
    w.writeStartElement("attributes");
    w.writeAttribute("class", forClass);
    for (String[] a : attrs) {
      w.writeEmptyElement("attribute");
      w.writeAttribute("id", a[0]);
      w.writeAttribute("title", a[0]);
      w.writeAttribute("type", a[1]);
    }
    w.writeEndElement();
    w.writeCharacters("\n");
  }

  private static void attvalue(XMLStreamWriter w, String attr, String value) throws XMLStreamException {
    w.writeEmptyElement("attvalue");
    w.writeAttribute("for", attr);
    w.writeAttribute("value", value);
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
