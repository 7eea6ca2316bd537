package org.newsgraph.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;

/**
 * The states of the United States as news names them: in full ("South Carolina") and, right after
 * a city, abbreviated ("Nashville, Tenn.", "Salem, Ore."), from {@code us-states.tsv}. A
 * dictionary of anchor texts reads the short forms as whatever they most often link to ("Tenn"
 * the writer William Tenn, "Ore" the mineral), and even some full names oddly; the table decides
 * instead. Also brings an older dictionary's titles of US cities up to date (see
 * {@link #currentTitle}).
 */
final class UsStates {
  private static final Map<String, String> STATE_OF = Lexicon.aliases("us-states.tsv");
  private static final Set<String> NAMES = new HashSet<>(STATE_OF.values());
  private static final Set<String> STANDALONE = new HashSet<>(Lexicon.lines("standalone-cities.txt"));
  /** The confidence of a link the table makes. */
  static final double PRIOR = 0.95;

  private final Map<String, String> titles = new HashMap<>();
  /** The full names the index reads as something else that bears the name ("South Carolina" a university). */
  private final Set<String> misread = new HashSet<>();

  UsStates(WikiIndex kb) {
    for (String name : NAMES) {
      String title = title(kb, name);
      titles.put(name, title);
      WikiIndex.Candidate c = kb == null ? null : kb.best(name);
      if (c != null && !c.title().equals(title) && c.title().startsWith(name.replace(' ', '_') + "_")) misread.add(name);
    }
  }

  /** The state's title: the index's "(U.S. state)" or "(state)" article where it has one, else the name. */
  private static String title(WikiIndex kb, String name) {
    String plain = name.replace(' ', '_');
    for (String form : new String[] {name + " (U.S. state)", name + " (state)"}) {
      WikiIndex.Candidate c = kb == null ? null : kb.best(form);
      if (c != null && c.title().startsWith(plain)) return c.title();
    }
    return plain;
  }

  /**
   * The state an entity names, or null: a place named by a state's full name that the index
   * misreads, or any entity named by a state's abbreviation right after "Place," ({@code afterPlace}).
   */
  EntityLinker.Link link(Entity e, boolean afterPlace) {
    String name = e.label().strip();
    if (misread.contains(name) && (e.kind() == EntityKind.PLACE || afterPlace)) return new EntityLinker.Link(titles.get(name), PRIOR);
    if (!afterPlace || e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.EVENT) return null;
    String state = STATE_OF.get(name);
    if (state == null || name.equals(state)) return null;
    return new EntityLinker.Link(titles.get(state), PRIOR);
  }

  /** True for the title of a state. */
  boolean isState(String title) {
    return titles.containsValue(title);
  }

  /**
   * "Houston,_Texas" as Wikipedia names it today, "Houston": the articles of the cities that the
   * AP lets stand alone in a dateline lost their state; any other title is returned as it is.
   */
  static String currentTitle(String title) {
    int comma = title.indexOf(",_");
    if (comma <= 0) return title;
    String city = title.substring(0, comma).replace('_', ' ');
    String state = title.substring(comma + 2).replace('_', ' ');
    return STANDALONE.contains(city) && NAMES.contains(state) ? title.substring(0, comma) : title;
  }
}
