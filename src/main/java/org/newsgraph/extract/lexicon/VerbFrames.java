package org.newsgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb frames of {@code verbs.tsv}: for each verb lemma, every way the rules read it (a clause
 * cue, an intention, an object cue with its preposition, a charge with its prepositions, a claim
 * pattern, a stance, ...). The file documents each frame; this class only parses it, and a bad
 * line fails with the file and line ("verbs.tsv:12: unknown frame 'clase'").
 *
 * <pre>{@code
 * VerbFrames.DEFAULT.has("say", VerbFrames.Frame.CLAUSE)   // true
 * VerbFrames.DEFAULT.argument("blame", VerbFrames.Frame.CHARGE)  // ["for", "on"]
 * }</pre>
 */
public final class VerbFrames {
  /** A frame of {@code verbs.tsv}, by the name it has there. */
  public enum Frame {
    CLAUSE("clause"), MESSAGE("message"), XCOMP("xcomp"), OBJECT("object"), CHARGE("charge"), CLAIM("claim"),
    DENIES("denies"), STANCE("stance"), SOURCELESS("sourceless"), RAISING("raising"), NOT_WITH("not-with"),
    HEADLINE("headline"), ADDRESSEE("addressee"), NAMES("names"), MAKES_CLAIM("makes-claim"), EVIDENCE("evidence");

    private final String key;

    Frame(String key) {
      this.key = key;
    }

    static Frame of(String key) {
      for (Frame f : values()) if (f.key.equals(key)) return f;
      return null;
    }
  }

  public static final VerbFrames DEFAULT = load("verbs.tsv");

  /** lemma -> frame -> argument ("" when the frame has none, "for,on" for a charge). */
  private final Map<String, Map<Frame, String>> frames;

  private VerbFrames(Map<String, Map<Frame, String>> frames) {
    this.frames = frames;
  }

  static VerbFrames load(String resource) {
    Map<String, Map<Frame, String>> out = new LinkedHashMap<>();
    for (Lexicon.Entry e : Lexicon.entries(resource)) {
      String[] cols = e.text().split("\t");
      if (cols.length != 2) throw e.error("expected lemma<TAB>frames, got '" + e.text() + "'");
      String lemma = cols[0].strip().toLowerCase(Locale.ROOT);
      if (out.containsKey(lemma)) throw e.error("'" + lemma + "' is listed twice; give all its frames on one line");
      Map<Frame, String> mine = new LinkedHashMap<>();
      for (String f : cols[1].strip().split("\\s+")) {
        int colon = f.indexOf(':');
        Frame frame = Frame.of(colon < 0 ? f : f.substring(0, colon));
        if (frame == null) throw e.error("unknown frame '" + f + "' for '" + lemma + "' (the frames are listed in the file's header)");
        mine.put(frame, colon < 0 ? "" : f.substring(colon + 1));
      }
      out.put(lemma, Collections.unmodifiableMap(mine));
    }
    return new VerbFrames(Collections.unmodifiableMap(out));
  }

  public boolean has(String lemma, Frame frame) {
    Map<Frame, String> f = frames.get(lemma);
    return f != null && f.containsKey(frame);
  }

  /** The frame's argument as written after the colon ("as", "that", "DENIAL"), "" if none, or null when the verb lacks the frame. */
  public String argument(String lemma, Frame frame) {
    Map<Frame, String> f = frames.get(lemma);
    return f == null ? null : f.get(frame);
  }

  /** The comma-separated arguments of a frame ("for,on" gives for and on); empty when none. */
  public Set<String> arguments(String lemma, Frame frame) {
    String a = argument(lemma, frame);
    if (a == null || a.isEmpty()) return Set.of();
    return Set.of(a.split(","));
  }

  /** Every lemma with the frame, in file order. */
  public List<String> lemmas(Frame frame) {
    List<String> out = new ArrayList<>();
    for (var e : frames.entrySet()) if (e.getValue().containsKey(frame)) out.add(e.getKey());
    return out;
  }

  /** The lemmas with the frame, as a set. */
  public Set<String> set(Frame frame) {
    return Set.copyOf(new LinkedHashSet<>(lemmas(frame)));
  }
}
