package org.newsgraph.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;

/**
 * Wikidata items of countries (and of the European Union) from the shipped table
 * {@code wikidata-countries.tsv} (CC0 identifiers; provenance in the table's header and the
 * README). A country is found by its English name ("Denmark" is Denmark proper, Q35), else by the
 * ISO code Java gives its name ("United States" is US, Q30).
 *
 * <pre>{@code
 * String iri = CountryIds.wikidata(entity);   // "http://www.wikidata.org/entity/Q30", or null
 * }</pre>
 */
public final class CountryIds {
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_CODE = new HashMap<>();
  private static final Map<String, String> CODE_OF = new HashMap<>();

  static {
    for (String line : Lexicon.lines("wikidata-countries.tsv")) {
      String[] c = line.split("\t");
      if (c.length < 3 || !c[1].matches("Q[0-9]+")) throw new IllegalStateException("wikidata-countries.tsv: bad line " + line);
      BY_NAME.putIfAbsent(c[2], c[1]);
      if (!c[0].equals("-")) BY_CODE.put(c[0], c[1]);
    }
    for (String iso : Locale.getISOCountries()) CODE_OF.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH), iso);
  }

  private CountryIds() {}

  /** The Wikidata QID of a country's canonical name ("Q30"), or null. */
  public static String qid(String country) {
    String q = BY_NAME.get(country);
    if (q != null) return q;
    String code = CODE_OF.get(country);
    return code == null ? null : BY_CODE.get(code);
  }

  /** The Wikidata IRI of a country entity, or of the European Union; null for any other entity. */
  public static String wikidata(Entity e) {
    String q = null;
    if (e.kind() == EntityKind.COUNTRY) q = qid(e.label());
    else if ("http://dbpedia.org/resource/European_Union".equals(e.sameAs())) q = BY_CODE.get("EU");
    return q == null ? null : WIKIDATA + q;
  }
}
