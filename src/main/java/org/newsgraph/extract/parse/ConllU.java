package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.NewsgraphException;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Annotated text as CoNLL-U and back, so that a rule fixture is a small text file and needs no
 * models. Columns: ID, FORM, LEMMA, UPOS (unused, "_"), XPOS (the Penn tag our rules read), FEATS
 * ("_"), HEAD, DEPREL (basic UD), DEPS ("_"), MISC. MISC carries {@code SpaceAfter=No}, the
 * token's NER tag ({@code NER=PERSON}) and its entity mention in BIO form ({@code Ent=B-PERSON}).
 * A {@code # newpar} comment before a sentence starts a new paragraph (a line break in the text);
 * other comments are ignored. No coreference.
 *
 * <pre>{@code
 * AnnotatedText doc = ConllU.read(Files.readString(path), path.toString());
 * ParseView p = new ParseView(doc);
 * }</pre>
 */
public final class ConllU {
  private ConllU() {}

  /** Reads CoNLL-U; {@code source} names the input in error messages ("ccomp-cue.conllu: line 7: ..."). */
  public static AnnotatedText read(String conllu, String source) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    boolean newPar = false;
    String[] lines = conllu.split("\n", -1);
    for (int n = 0; n <= lines.length; n++) {
      String line = n < lines.length ? lines[n].strip() : "";
      if (line.startsWith("#")) {
        if (line.replace(" ", "").equals("#newpar")) newPar = true;
        continue;
      }
      if (!line.isEmpty()) {
        String[] cols = lines[n].split("\t");
        if (cols.length != 10) throw bad(source, n + 1, "expected 10 tab-separated columns, got " + cols.length);
        rows.add(cols);
        rowLines.add(n + 1);
        continue;
      }
      if (rows.isEmpty()) continue;
      if (!tokens.isEmpty()) text.append(newPar ? "\n" : " ");
      newPar = false;
      int first = tokens.size();
      List<Dependency> deps = new ArrayList<>();
      String open = null;
      int openAt = -1;
      for (int k = 0; k < rows.size(); k++) {
        String[] c = rows.get(k);
        int line1 = rowLines.get(k);
        if (!c[0].equals(Integer.toString(k + 1))) throw bad(source, line1, "expected token id " + (k + 1) + ", got '" + c[0] + "'");
        String misc = c[9];
        int begin = text.codePointCount(0, text.length());
        text.append(c[1]);
        int end = begin + c[1].codePointCount(0, c[1].length());
        if (k + 1 < rows.size() && !misc.contains("SpaceAfter=No")) text.append(' ');
        String ner = field(misc, "NER", "O");
        tokens.add(new Token(first + k, sentences.size(), begin, end, c[1], c[2].equals("_") ? null : c[2], c[4], ner));
        int head;
        try {
          head = Integer.parseInt(c[6]);
        } catch (NumberFormatException e) {
          throw bad(source, line1, "HEAD is not a number: '" + c[6] + "'");
        }
        if (head < 0 || head > rows.size()) throw bad(source, line1, "HEAD " + head + " is outside the sentence");
        deps.add(new Dependency(head == 0 ? -1 : first + head - 1, first + k, c[7].toLowerCase(Locale.ROOT)));
        String ent = field(misc, "Ent", "O");
        if (open != null && !ent.equals("I-" + open)) {
          mentions.add(new EntityMention(openAt, first + k, open));
          open = null;
        }
        if (ent.startsWith("B-")) {
          open = ent.substring(2);
          openAt = first + k;
        } else if (ent.startsWith("I-") && open == null) {
          throw bad(source, line1, "entity '" + ent + "' continues no mention");
        }
      }
      if (open != null) mentions.add(new EntityMention(openAt, first + rows.size(), open));
      sentences.add(new Sentence(sentences.size(), first, tokens.size(), deps, List.of()));
      rows.clear();
      rowLines.clear();
    }
    return new AnnotatedText(text.toString(), tokens, sentences, mentions, List.of());
  }

  /** Writes the tokens, basic parses and entity mentions of a text as CoNLL-U (coreference is left out). */
  public static String write(AnnotatedText doc) {
    StringBuilder out = new StringBuilder();
    String[] ent = new String[doc.tokens().size()];
    for (EntityMention m : doc.entityMentions()) {
      for (int i = m.first(); i < m.end(); i++) ent[i] = (i == m.first() ? "B-" : "I-") + m.ner();
    }
    for (Sentence s : doc.sentences()) {
      if (s.first() > 0 && doc.text(new org.newsgraph.model.Span(doc.token(s.first() - 1).end(), doc.token(s.first()).begin())).contains("\n")) {
        out.append("# newpar\n");
      }
      out.append("# text = ").append(doc.text(s.first(), s.end()).replace('\n', ' ')).append('\n');
      for (int i = s.first(); i < s.end(); i++) {
        Token t = doc.token(i);
        Dependency d = doc.head(i);
        List<String> misc = new ArrayList<>();
        if (i + 1 < s.end() && doc.token(i + 1).begin() == t.end()) misc.add("SpaceAfter=No");
        if (t.ner() != null && !t.ner().equals("O")) misc.add("NER=" + t.ner());
        if (ent[i] != null) misc.add("Ent=" + ent[i]);
        out.append(i - s.first() + 1).append('\t').append(t.word()).append('\t').append(t.lemma() == null ? "_" : t.lemma())
            .append("\t_\t").append(t.pos()).append("\t_\t").append(d.governor() < 0 ? 0 : d.governor() - s.first() + 1)
            .append('\t').append(d.relation()).append("\t_\t").append(misc.isEmpty() ? "_" : String.join("|", misc)).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String field(String misc, String key, String otherwise) {
    for (String kv : misc.split("\\|")) if (kv.startsWith(key + "=")) return kv.substring(key.length() + 1);
    return otherwise;
  }

  private static NewsgraphException bad(String source, int line, String why) {
    return new NewsgraphException(source + ": line " + line + ": " + why);
  }
}
