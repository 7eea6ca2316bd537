package org.newsgraph.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The JSON-LD context for the graph's terms, published at {@value #PATH} and used to compact the
 * server's JSON-LD: the prefixes of the contract, every {@code ng:} term by its local name (read off
 * {@link NG}, so new terms appear without editing this class), and the outside terms the graph uses.
 */
final class JsonLdContext {
  static final String PATH = "/newsgraph/context.jsonld";

  /** ng: properties whose values are nodes, not literals. */
  private static final Set<String> NODE_VALUED = Set.of("roleHolder", "roleIn", "evidence", "inArticle", "speaker",
      "quoteType", "sourceSpan", "cueSpan", "contentSpan", "about", "target", "denies", "asserts", "respondsTo",
      "affiliation", "claimant", "claimGroup", "furniture");
  private static final Map<String, String> TYPED = Map.of("confidence", "xsd:decimal");

  private static final JsonObject CONTEXT = build();

  private JsonLdContext() {}

  /** The context object itself (the value of "@context"). */
  static JsonObject context() {
    return CONTEXT;
  }

  /** The published document: {"@context": {...}}. */
  static String document() {
    return Json.createObjectBuilder().add("@context", CONTEXT).build().toString();
  }

  private static JsonObject build() {
    Map<String, Object> terms = new TreeMap<>();
    for (Field f : NG.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) continue;
      String name = f.getName();
      if (Resource.class.isAssignableFrom(f.getType()) && !Property.class.isAssignableFrom(f.getType())) {
        terms.put(name, "ng:" + name);
      } else if (Property.class.isAssignableFrom(f.getType())) {
        terms.put(name, NODE_VALUED.contains(name) ? idTerm("ng:" + name)
            : TYPED.containsKey(name) ? typedTerm("ng:" + name, TYPED.get(name)) : "ng:" + name);
      }
    }
    terms.put("label", "rdfs:label");
    terms.put("comment", "rdfs:comment");
    terms.put("altLabel", "skos:altLabel");
    terms.put("sameAs", idTerm("owl:sameAs"));
    terms.put("identifier", "dct:identifier");
    terms.put("headline", "schema:headline");
    terms.put("url", idTerm("schema:url"));
    terms.put("datePublished", "schema:datePublished");
    terms.put("publisher", "schema:publisher");
    terms.put("author", "schema:author");
    terms.put("mentions", idTerm("schema:mentions"));
    terms.put("jobTitle", "schema:jobTitle");
    terms.put("worksFor", idTerm("schema:worksFor"));
    terms.put("NewsArticle", "schema:NewsArticle");
    terms.put("isString", "nif:isString");
    terms.put("anchorOf", "nif:anchorOf");
    terms.put("beginIndex", typedTerm("nif:beginIndex", "xsd:nonNegativeInteger"));
    terms.put("endIndex", typedTerm("nif:endIndex", "xsd:nonNegativeInteger"));
    terms.put("referenceContext", idTerm("nif:referenceContext"));
    terms.put("taIdentRef", idTerm("itsrdf:taIdentRef"));
    terms.put("wasGeneratedBy", idTerm("prov:wasGeneratedBy"));
    terms.put("startedAtTime", typedTerm("prov:startedAtTime", "xsd:dateTime"));

    JsonObjectBuilder b = Json.createObjectBuilder();
    new TreeMap<>(Vocab.PREFIXES).forEach(b::add);
    terms.forEach((k, v) -> {
      if (v instanceof String s) b.add(k, s);
      else b.add(k, (JsonObject) v);
    });
    return b.build();
  }

  private static JsonObject idTerm(String id) {
    return Json.createObjectBuilder().add("@id", id).add("@type", "@id").build();
  }

  private static JsonObject typedTerm(String id, String type) {
    return Json.createObjectBuilder().add("@id", id).add("@type", type).build();
  }
}
