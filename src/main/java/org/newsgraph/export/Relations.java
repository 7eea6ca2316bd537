package org.newsgraph.export;

import org.newsgraph.rdf.NG;

/**
 * The kinds of edge between entities that the explorer and the graph exports draw, and their labels:
 * a role ("chairman"), a statement's speaker to what it is about ("said about") or to its target
 * (by stance: "denies", "accuses", ...), a denial to the claimant of the denied claim, a claim's
 * claimant to what it is about.
 */
public final class Relations {
  private Relations() {}

  public static final String ROLE = "role";
  public static final String ABOUT = "about";
  public static final String TARGET = "target";
  public static final String DENIAL = "denial";
  public static final String CLAIM = "claim";

  /**
   * The label of an edge.
   *
   * @param kind one of the kinds above
   * @param roleName the role's name, for roles
   * @param stanceIri the statement's stance class (ng:Denial, ...), for targets; may be null
   */
  public static String label(String kind, String roleName, String stanceIri) {
    return switch (kind) {
      case ROLE -> roleName == null ? "role" : roleName;
      case ABOUT -> "said about";
      case TARGET -> stanceIri == null ? "addresses" : switch (stanceIri.substring(NG.NS.length())) {
        case "Denial" -> "denies";
        case "Accusation" -> "accuses";
        case "Criticism" -> "criticises";
        case "Appeal" -> "appeals to";
        default -> "addresses";
      };
      case DENIAL -> "denies claim of";
      case CLAIM -> "claims about";
      default -> kind;
    };
  }
}
