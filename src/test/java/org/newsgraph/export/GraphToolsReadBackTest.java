package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;

/**
 * The graph exports read back by the tools people use: GEXF by networkx's own reader (Debian's
 * python3-networkx 2.8 where installed, else any python3 with networkx; skipped without one), and the
 * neo4j CSV with one relationship type per kind of relation. Over the hand-made article, no NLP.
 */
class GraphToolsReadBackTest {
  static final String HUAWEI = Iris.defaults().entity("huawei").getURI();
  static final String US = Iris.defaults().entity("united-states").getURI();
  static final String LIND = Iris.defaults().entity("mara-lind").getURI();
  static NewsStore store;
  static PropertyGraph graph;

  @BeforeAll
  static void load() {
    store = NewsStore.open(TestStores.tempDir("graph-tools"));
    TestStores.addHandMade(store, Iris.defaults());
    graph = GraphExport.read(store.dataset());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** A python that imports networkx: Debian's first (2.8, the one the issue was found with). */
  static String pythonWithNetworkx() throws Exception {
    for (String python : List.of("/usr/bin/python3", "python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import networkx").redirectErrorStream(true).start();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return python;
      } catch (java.io.IOException e) {
        // not there
      }
    }
    return null;
  }

  @Test
  void networkx_reads_the_gexf_with_every_attribute() throws Exception {
    String python = pythonWithNetworkx();
    Assumptions.assumeTrue(python != null, "no python3 with networkx: GEXF read-back skipped");
    Path file = TestStores.tempDir("gexf").resolve("graph.gexf");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Gexf.write(graph, out);
    Files.write(file, out.toByteArray());
    String script = String.join("\n",
        "import json, sys, networkx as nx",
        "g = nx.read_gexf(sys.argv[1])",
        "print(json.dumps({'version': nx.__version__,",
        "  'nodes': {n: d for n, d in g.nodes(data=True)},",
        "  'edges': [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)]}))");
    Process p = new ProcessBuilder(python, "-c", script, file.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    JsonObject read = JSON.parse(output.lines().reduce((a, b) -> b).orElseThrow());
    System.out.println("networkx " + read.get("version").getAsString().value() + " read " + file);
    JsonObject huawei = read.get("nodes").getAsObject().get(HUAWEI).getAsObject();
    assertThat(huawei.get("label").getAsString().value()).isEqualTo("Huawei");
    assertThat(huawei.get("type").getAsString().value()).isEqualTo("Organization");
    assertThat(huawei.get("articles").getAsNumber().value().intValue()).isEqualTo(1);
    assertThat(read.get("nodes").getAsObject().keys()).hasSize(graph.nodes().size());
    assertThat(read.get("edges").getAsArray()).hasSize(graph.edges().size());
    assertThat(read.get("edges").getAsArray()).anySatisfy(v -> {
      JsonObject e = v.getAsObject();
      assertThat(e.get("source").getAsString().value()).isEqualTo(US);
      assertThat(e.get("target").getAsString().value()).isEqualTo(HUAWEI);
      assertThat(e.get("label").getAsString().value()).isEqualTo("accuses");
      assertThat(e.get("kind").getAsString().value()).isEqualTo("target");
      assertThat(e.get("weight").getAsNumber().value().doubleValue()).isEqualTo(1.0);
    });
  }

  @Test
  void neo4j_relationship_types_are_the_kinds_of_relation() throws Exception {
    Path dir = TestStores.tempDir("neo4j-types");
    Neo4jCsv.write(graph, dir);
    List<String> rels = Files.readAllLines(dir.resolve(Neo4jCsv.RELATIONSHIPS), StandardCharsets.UTF_8);
    assertThat(rels.get(0)).isEqualTo(":START_ID,:END_ID,:TYPE,kind,label,weight:int");
    assertThat(rels).contains(US + "," + HUAWEI + ",ACCUSES,target,accuses,1", HUAWEI + "," + US + ",DENIES,target,denies,1",
        HUAWEI + "," + US + ",DENIES_CLAIM_OF,denial,denies claim of,1", LIND + "," + HUAWEI + ",SAID_ABOUT,about,said about,1");
    assertThat(rels).anySatisfy(r -> assertThat(r).startsWith(LIND + ",").contains(",ROLE,role,head,"));
    assertThat(rels.stream().skip(1).map(r -> r.split(",")[2]).distinct())
        .allSatisfy(type -> assertThat(type).matches("[A-Z][A-Z_]*"));
  }
}
