package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML, GEXF and neo4j CSV exports of the sample (real pipeline) and a hand-made article with statements, read back. */
class GraphExportTest {
  static NewsStore store;
  static PropertyGraph graph;
  static final String GUO = Iris.defaults().entity("guo-ping").getURI();
  static final String HUAWEI = Iris.defaults().entity("huawei").getURI();

  @BeforeAll
  static void load() {
    store = NewsStore.open(TestStores.tempDir("export"));
    TestStores.ingestSample(store, Iris.defaults());
    TestStores.addHandMade(store, Iris.defaults());
    graph = GraphExport.read(store.dataset());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  static List<Element> elements(Document d, String ns, String name) {
    NodeList list = d.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
    return out;
  }

  @Test
  void graphml_has_the_entities_and_labelled_edges() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GraphMl.write(graph, out);
    Document d = xml(out.toByteArray());
    Map<String, Map<String, String>> nodes = new HashMap<>();
    for (Element n : elements(d, GraphMl.NS, "node")) nodes.put(n.getAttribute("id"), data(n));
    assertThat(nodes.get(HUAWEI)).containsEntry("label", "Huawei").containsEntry("type", "Organization");
    assertThat(nodes.get(GUO)).containsEntry("label", "Guo Ping").containsEntry("type", "Person");
    // the link as node attributes: DBpedia for Huawei, DBpedia and Wikidata for a country
    assertThat(nodes.get(HUAWEI)).containsEntry("link", "http://dbpedia.org/resource/Huawei").doesNotContainKey("wikidata");
    assertThat(nodes.values()).anySatisfy(n -> assertThat(n).containsEntry("label", "United States")
        .containsEntry("link", "http://dbpedia.org/resource/United_States").containsEntry("wikidata", "http://www.wikidata.org/entity/Q30"));
    List<String> edges = new ArrayList<>();
    for (Element e : elements(d, GraphMl.NS, "edge")) {
      assertThat(nodes).containsKey(e.getAttribute("source")).containsKey(e.getAttribute("target"));
      Map<String, String> data = data(e);
      edges.add(label(e.getAttribute("source"), nodes) + " -" + data.get("edge_label") + "-> " + label(e.getAttribute("target"), nodes));
    }
    assertThat(edges).contains("Guo Ping -chairman-> Huawei", "Mara Lind -said about-> Huawei",
        "United States -accuses-> Huawei", "Huawei -denies-> United States", "Huawei -denies claim of-> United States");
  }

  @Test
  void gexf_has_the_entities_and_weighted_edges() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Gexf.write(graph, out);
    Document d = xml(out.toByteArray());
    Map<String, String> labels = new HashMap<>();
    for (Element n : elements(d, Gexf.NS, "node")) labels.put(n.getAttribute("id"), n.getAttribute("label"));
    assertThat(labels).containsEntry(HUAWEI, "Huawei").containsEntry(GUO, "Guo Ping");
    Map<String, String> huawei = new HashMap<>();
    for (Element n : elements(d, Gexf.NS, "node")) {
      if (!n.getAttribute("id").equals(HUAWEI)) continue;
      for (Element a : children(n, "attvalue")) huawei.put(a.getAttribute("for"), a.getAttribute("value"));
    }
    assertThat(huawei).containsEntry("type", "Organization").containsEntry("link", "http://dbpedia.org/resource/Huawei");
    assertThat(elements(d, Gexf.NS, "attribute")).anySatisfy(a -> assertThat(a.getAttribute("id")).isEqualTo("link"));
    List<Element> edges = elements(d, Gexf.NS, "edge");
    assertThat(edges).anySatisfy(e -> {
      assertThat(e.getAttribute("source")).isEqualTo(GUO);
      assertThat(e.getAttribute("target")).isEqualTo(HUAWEI);
      assertThat(e.getAttribute("label")).isEqualTo("chairman");
      assertThat(e.getAttribute("weight")).isEqualTo("1");
    });
    for (Element e : edges) assertThat(labels).containsKey(e.getAttribute("source")).containsKey(e.getAttribute("target"));
  }

  @Test
  void neo4j_csv_has_node_and_relationship_files_in_import_layout() throws Exception {
    Path dir = TestStores.tempDir("neo4j");
    Neo4jCsv.write(graph, dir);
    List<String> nodes = Files.readAllLines(dir.resolve(Neo4jCsv.NODES), StandardCharsets.UTF_8);
    List<String> rels = Files.readAllLines(dir.resolve(Neo4jCsv.RELATIONSHIPS), StandardCharsets.UTF_8);
    assertThat(nodes.get(0)).isEqualTo("id:ID,name,type,articles:int,link,wikidata,:LABEL");
    assertThat(nodes).anySatisfy(l -> assertThat(l).startsWith(GUO + ",Guo Ping,Person,1,").endsWith(",Entity;Person"));
    assertThat(nodes).anySatisfy(l -> assertThat(l).startsWith(HUAWEI + ",Huawei,Organization,")
        .endsWith(",http://dbpedia.org/resource/Huawei,,Entity;Organization"));
    assertThat(rels.get(0)).isEqualTo(":START_ID,:END_ID,:TYPE,kind,label,weight:int");
    assertThat(rels).contains(GUO + "," + HUAWEI + ",ROLE,role,chairman,1");
    assertThat(Neo4jCsv.quote("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
  }

  @Test
  void several_articles_agreeing_make_a_heavier_edge() {
    // the same role in two more articles about the same people
    Iris iris = Iris.defaults();
    try (NewsStore two = NewsStore.open(TestStores.tempDir("weights"))) {
      TestStores.addHandMade(two, iris);
      TestStores.addHandMadeCopy(two, iris, "ostland-review-2");
      PropertyGraph g = GraphExport.read(two.dataset());
      assertThat(g.edges()).anySatisfy(e -> {
        assertThat(e.label()).isEqualTo("head");
        assertThat(e.weight()).isEqualTo(2);
      });
    }
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    NodeList list = e.getElementsByTagNameNS(Gexf.NS, name);
    for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
    return out;
  }

  private static String label(String id, Map<String, Map<String, String>> nodes) {
    return nodes.get(id).get("label");
  }

  private static Map<String, String> data(Element e) {
    Map<String, String> out = new HashMap<>();
    NodeList list = e.getElementsByTagNameNS(GraphMl.NS, "data");
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      out.put(d.getAttribute("key"), d.getTextContent());
    }
    return out;
  }
}
