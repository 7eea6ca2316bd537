package org.newsgraph.extract.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.parse.ParseView;

/** The content words of a text, by which claims and denials are found to be about the same thing. */
final class ContentWords {
  /** Lemmas that carry little content; they never make two texts "about the same thing". */
  private static final Set<String> LIGHT = Lexicon.words("light-lemmas.txt");

  private ContentWords() {}

  /** Content lemmas (nouns, verbs, adjectives; no light words, none of {@code skip}) of the tokens. */
  static Set<String> of(ParseView p, List<Integer> tokens, Set<String> skip) {
    Set<String> out = new LinkedHashSet<>();
    for (int i : tokens) {
      String pos = p.tok(i).pos();
      if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) continue;
      String l = p.lemma(i);
      if (LIGHT.contains(l) || skip.contains(l) || l.length() < 2) continue;
      out.add(l);
    }
    return out;
  }
}
