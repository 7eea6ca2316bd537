package org.newsgraph.extract.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.lexicon.Lexicon;

/**
 * Canonical names for countries and well-known organisations, and slugs for entity IRIs. Countries
 * come from Java's ISO country list plus {@code country-aliases.tsv}; organisations from
 * {@code org-aliases.tsv}.
 */
public final class Names {
  private static final Map<String, String> COUNTRIES = loadCountries();
  private static final Map<String, String> ORGS = Lexicon.aliases("org-aliases.tsv");

  private Names() {}

  /** The canonical country name for a name, alias or demonym ("U.S." gives "United States"), or null. */
  public static String country(String name) {
    String n = stripThe(name);
    String c = COUNTRIES.get(n);
    return c != null ? c : COUNTRIES.get(n.toLowerCase(Locale.ROOT));
  }

  /** The full name of a well-known organisation for a short form ("EU"), or null. */
  public static String organization(String name) {
    String n = ORGS.get(name);
    return n != null ? n : ORGS.get(stripThe(name));
  }

  public static boolean isCanonicalCountry(String name) {
    return name.equals(country(name));
  }

  public static boolean isKnownOrganization(String name) {
    return name.equals(organization(name));
  }

  /** A DBpedia IRI for a canonical country or known organisation name. */
  public static String dbpedia(String canonical) {
    return "http://dbpedia.org/resource/" + canonical.replace(' ', '_');
  }

  /** "Guo Ping" gives "guo-ping"; accents are dropped, anything else not a letter or digit becomes "-". */
  public static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("'s", "s").replace("’s", "s");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
  }

  /** A person's slug without middle initials, so "Donald J. Trump" and "Donald Trump" share one IRI. */
  public static String personSlug(String name) {
    String[] words = name.trim().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      boolean initial = words[i].matches("\\p{Lu}\\.?");
      if (initial && i > 0 && i < words.length - 1) continue;
      sb.append(i == 0 ? "" : " ").append(words[i]);
    }
    return slug(sb.toString());
  }

  static String stripThe(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
  }

  private static Map<String, String> loadCountries() {
    Map<String, String> out = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
      out.put(name, name);
      out.put(name.toLowerCase(Locale.ROOT), name);
    }
    for (var e : Lexicon.aliases("country-aliases.tsv").entrySet()) {
      out.put(e.getKey(), e.getValue());
      // Lowercase lookups only for multi-letter names that are not acronyms ("us" is a pronoun).
      if (!e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))) out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    return Map.copyOf(out);
  }
}
