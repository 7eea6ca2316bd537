package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.Names;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;

/**
 * Links the entities of one article to Wikipedia titles, using the article rather than each string
 * alone. Deterministic: the same article and index always give the same links.
 *
 * <ul>
 *   <li>An entity is linked by its fullest name; a short form ("Peng") never links on its own
 *       when the article has the full name ("Peng Liyuan"): short forms are already merged into
 *       the entity of the longer mention, so they share its link.
 *   <li>A person is linked only by names of at least two words, or, for a surname alone, when the
 *       dictionary reads it as one person with a prior of at least {@value #SURNAME_PRIOR}.
 *   <li>Organisations and places try their other names in turn (longest first), and each name
 *       without and then with a legal suffix stripped ("Paxar Corp" then "Paxar").
 *   <li>A link needs a prior of at least {@value #MIN_PRIOR}; where an entity's names disagree,
 *       the title another entity of the article already links to wins (the article decides).
 * </ul>
 */
public final class EntityLinker {
  static final double MIN_PRIOR = Double.parseDouble(System.getProperty("newsgraph.link.minPrior", "0.35"));
  static final double SURNAME_PRIOR = 0.5;
  private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
      "ltd", "ltd.", "plc", "llc", "l.p.", "lp", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "se", "spa", "gmbh", "limited",
      "company", "cos", "cos.", "group", "holdings", "holding", "pty", "bhd", "ab", "asa", "oyj");

  private static final Map<String, String> SPELLED_OUT = Map.of("Corp", "Corporation", "Corp.", "Corporation",
      "Co", "Company", "Co.", "Company", "Inc", "Inc.", "Ltd", "Limited|Ltd.", "Plc", "plc", "PLC", "plc", "Cos", "Companies");

  /** A link: the Wikipedia title and its prior for the name that chose it. */
  public record Link(String title, double prior) {
    /** The DBpedia IRI of the title. */
    public String dbpedia() {
      return "http://dbpedia.org/resource/" + title;
    }

    /** The title as a name: underscores to spaces, a trailing "(qualifier)" dropped. */
    public String label() {
      return title.replace('_', ' ').replaceAll("\\s*\\([^)]*\\)$", "").strip();
    }
  }

  private final WikiIndex kb;
  private final UsStates states;

  public EntityLinker(WikiIndex kb) {
    this.kb = kb;
    this.states = new UsStates(kb);
  }

  /** The link of each entity that has one, by entity key. */
  public Map<String, Link> link(List<Entity> entities) {
    return link(entities, Set.of());
  }

  /**
   * The link of each entity that has one, by entity key; {@code afterPlace} holds the keys of the
   * entities named right after "Place," in the text ("Nashville, Tenn."), where a state's
   * abbreviation means the state.
   */
  public Map<String, Link> link(List<Entity> entities, Set<String> afterPlace) {
    Map<String, Link> out = new LinkedHashMap<>();
    Map<String, List<Link>> options = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.kind() == EntityKind.EVENT && e.label().split("\\s+").length < 2) continue;
      Link state = states.link(e, afterPlace.contains(e.key()));
      List<Link> found = state != null ? List.of(state) : candidates(e);
      if (!found.isEmpty()) options.put(e.key(), found);
    }
    // short forms take the link of the longer name they abbreviate ("Burlington" of "Burlington Industries Inc")
    for (Entity e : entities) {
      Link longer = longerLink(e, entities, options);
      if (longer != null) options.put(e.key(), List.of(longer));
    }
    // a lone "Morgan" that NER took for a person, in an article about "J.P. Morgan and Co Inc"
    for (Entity e : entities) {
      if (options.containsKey(e.key())) continue;
      Link company = companyNamedAfter(e, entities, options);
      if (company != null) options.put(e.key(), List.of(company));
    }
    // titles chosen with no doubt (the entity's fullest name), which then decide the doubtful ones
    Set<String> sure = new java.util.HashSet<>();
    for (List<Link> ls : options.values()) sure.add(ls.get(0).title());
    for (var en : options.entrySet()) {
      List<Link> ls = en.getValue();
      Link pick = ls.get(0);
      for (Link l : ls) {
        if (l != ls.get(0) && sure.contains(l.title()) && !l.title().equals(pick.title())) {
          pick = l;
          break;
        }
      }
      out.put(en.getKey(), pick);
    }
    return out;
  }

  /** True for the title of a state of the United States. */
  boolean isState(String title) {
    return states.isState(title);
  }

  /**
   * The link of the one other entity of the article that has a longer name starting with this
   * entity's name, or whose initials it is ("CME" of "Chicago Mercantile Exchange"); null when
   * there is none or several disagree. People only take links of people.
   */
  private static Link longerLink(Entity e, List<Entity> entities, Map<String, List<Link>> options) {
    String name = e.label();
    int words = name.split("\\s+").length;
    Link found = null;
    // a place with a reading of its own keeps it: "London" is not short for "London Metal Exchange",
    // but "Burlington" (no likely reading) is for "Burlington Industries Inc"
    boolean place = (e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY) && options.containsKey(e.key());
    for (Entity f : entities) {
      if (f == e || !options.containsKey(f.key()) || (f.kind() == EntityKind.PERSON) != (e.kind() == EntityKind.PERSON)) continue;
      if (place && f.kind() == EntityKind.ORGANIZATION) continue;
      boolean abbreviates = false;
      List<String> fNames = new ArrayList<>(f.altLabels());
      fNames.add(f.label());
      for (String fn : fNames) {
        String[] fw = fn.split("\\s+");
        if (fw.length <= words) continue;
        abbreviates |= e.kind() == EntityKind.PERSON ? fn.endsWith(" " + name)
            : fn.startsWith(name + " ") || initials(fw).equals(name) || e.kind() == EntityKind.ORGANIZATION && !stripSuffix(fn).equals(fn)
                && stripAllSuffixes(fn).endsWith(" " + name);  // "Morgan" of "J.P. Morgan and Co Inc"
      }
      if (!abbreviates) continue;
      Link l = options.get(f.key()).get(0);
      if (found != null && !found.title().equals(l.title())) return null;
      found = l;
    }
    return found;
  }

  /**
   * The link of the one organisation of the article whose name, without its legal form, begins or
   * ends with this one-word person's name ("Morgan" of "J.P. Morgan and Co Inc", "Reynolds" of
   * "Reynolds and Reynolds Co"), where no other person of the article bears the name; else null.
   * NER often takes a company named after its founder for a person when it stands alone.
   */
  private static Link companyNamedAfter(Entity e, List<Entity> entities, Map<String, List<Link>> options) {
    if (e.kind() != EntityKind.PERSON || e.label().contains(" ") || !e.altLabels().isEmpty()) return null;
    String name = e.label();
    Link found = null;
    for (Entity f : entities) {
      if (f == e) continue;
      List<String> fNames = new ArrayList<>(f.altLabels());
      fNames.add(f.label());
      if (f.kind() == EntityKind.PERSON) {
        for (String fn : fNames) if (fn.endsWith(" " + name) || fn.startsWith(name + " ")) return null;  // a person of that name
        continue;
      }
      if (f.kind() != EntityKind.ORGANIZATION || !options.containsKey(f.key())) continue;
      boolean named = false;
      for (String fn : fNames) {
        if (stripSuffix(fn).equals(fn)) continue;  // a company: a name with a legal form
        String[] w = stripAllSuffixes(fn).split("\\s+");
        named |= w.length > 1 && (w[0].equals(name) || w[w.length - 1].equals(name));
      }
      if (!named) continue;
      Link l = options.get(f.key()).get(0);
      if (found != null && !found.title().equals(l.title())) return null;
      found = l;
    }
    return found;
  }

  private static String initials(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
    return sb.toString();
  }

  /** The links the entity's names give, the fullest name's first. */
  List<Link> candidates(Entity e) {
    List<String> names = new ArrayList<>();
    names.add(e.label());
    List<String> alts = new ArrayList<>(e.altLabels());
    alts.sort(Comparator.comparingInt((String s) -> -s.split("\\s+").length).thenComparingInt(s -> -s.length()));
    names.addAll(alts);
    int fullest = names.stream().mapToInt(s -> s.split("\\s+").length).max().orElse(1);
    List<Link> out = new ArrayList<>();
    for (String name : names) {
      int words = name.split("\\s+").length;
      if (e.kind() == EntityKind.PERSON && words < fullest) continue;  // never a short form of a person
      Link l = lookup(name, e.kind() == EntityKind.PERSON && words == 1 ? SURNAME_PRIOR : MIN_PRIOR, e.kind());
      if (l != null && out.stream().noneMatch(x -> x.title().equals(l.title()))) out.add(l);
    }
    return out;
  }

  /**
   * The first form with an entry decides; a name with a legal suffix also tries the name without
   * it, and the likelier of the two wins ("Ford Motor Co" is a rally team more often than
   * "Ford Motor" is the company).
   */
  private Link lookup(String name, double minPrior, EntityKind kind) {
    WikiIndex.Candidate best = null;
    for (String form : forms(name, kind)) {
      WikiIndex.Candidate c = kb.best(form);
      if (c == null) continue;
      if (best == null || c.prior() > best.prior()) best = c;
      if (stripSuffix(form).equals(form)) break;
    }
    return best != null && best.prior() >= minPrior ? new Link(UsStates.currentTitle(best.title()), best.prior()) : null;
  }

  /** The forms to look up for a name, in order: as written, without "the", in title case, without a legal suffix. */
  static List<String> forms(String name, EntityKind kind) {
    List<String> out = new ArrayList<>();
    String n = name.strip();
    if (n.startsWith("the ") || n.startsWith("The ")) n = n.substring(4);
    addForm(out, n);
    if (n.equals(n.toUpperCase(Locale.ROOT)) && n.length() > 4) addForm(out, titleCase(n));
    if (kind != EntityKind.PERSON) {
      // the legal form as titles spell it out ("Cetus Corp" is "Cetus Corporation", "Noranda Inc" "Noranda Inc.")
      int sp = n.lastIndexOf(' ');
      String spelled = sp > 0 ? SPELLED_OUT.get(n.substring(sp + 1)) : null;
      if (spelled != null) for (String f : spelled.split("\\|")) addForm(out, n.substring(0, sp + 1) + f);
    }
    if (kind != EntityKind.PERSON) {
      String s = n;
      for (String stripped = stripSuffix(s); !stripped.equals(s); s = stripped, stripped = stripSuffix(s)) {
        addForm(out, stripped);
      }
    }
    return out;
  }

  private static void addForm(List<String> out, String f) {
    if (!f.isEmpty() && !out.contains(f)) out.add(f);
  }

  /** True when a name ends in a legal form ("Inc", "plc"): the name of an organisation. */
  public static boolean hasLegalSuffix(String name) {
    return !stripSuffix(name).equals(name);
  }

  /** The name without its legal suffix ("Paxar Corp" gives "Paxar"); the name itself when it has none. */
  public static String stripLegalSuffix(String name) {
    return stripSuffix(name);
  }

  private static String stripAllSuffixes(String name) {
    String s = name;
    for (String t = stripSuffix(s); !t.equals(s); s = t, t = stripSuffix(s)) {}
    return s;
  }

  /** "Paxar Corp" gives "Paxar"; "Smith & Co." gives "Smith"; a name of one word stays. */
  static String stripSuffix(String name) {
    String n = name.replaceAll("[,\\s]+$", "");
    int sp = n.lastIndexOf(' ');
    if (sp <= 0) return name;
    String last = n.substring(sp + 1).toLowerCase(Locale.ROOT);
    if (!LEGAL_SUFFIXES.contains(last)) return name;
    return n.substring(0, sp).replaceAll("[,&\\s]+$", "").replaceAll("\\s+(&|and)$", "");
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  /** The entity key for a title: its name as a slug, the qualifier kept ("georgia-country"). */
  public static String keyOf(Link link, EntityKind kind) {
    String name = link.title().replace('_', ' ');
    return kind == EntityKind.PERSON ? Names.personSlug(name) : Names.slug(name);
  }
}
