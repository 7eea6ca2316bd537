package org.newsgraph.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Tells English articles from others, to skip what the English models would mangle. Uses the
 * language profiles bundled in the optimaize language-detector jar (nothing from the network). It
 * errs towards English: a text too short to judge, or one the detector is not sure of, passes.
 */
final class Language {
  /** Fewer letters than this and the text is not judged. */
  static final int MIN_LETTERS = 40;
  static final int SAMPLE_CHARS = 4000;

  private static final class Holder {
    static final LanguageDetector DETECTOR = load();
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  private Language() {}

  /** The language code the source declares ("en-GB" gives "en"), lower-cased, or null. */
  static String primary(String declared) {
    if (declared == null || declared.isBlank()) return null;
    String v = declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = v.indexOf('-');
    return dash > 0 ? v.substring(0, dash) : v;
  }

  /**
   * The reason to skip {@code text}, or null when it is English or cannot be told. A declared
   * language counts when it is a clear code; otherwise the text decides.
   */
  static String whyNotEnglish(String text, String declared) {
    String detected = detect(text);
    if ("en".equals(detected)) return null;
    String lang = primary(declared);
    // a page may declare a wrong language, so the declaration counts only when the text does not say English
    if (lang != null && lang.matches("[a-z]{2,3}") && !lang.equals("en") && !lang.equals("eng")) {
      return "not English (declared language \"" + declared.strip() + "\"" + (detected == null ? "" : ", detected \"" + detected + "\"") + "); skipped";
    }
    if (detected != null) return "not English (detected \"" + detected + "\"); skipped";
    return null;
  }

  /** The language code the detector is confident of, "en" for English, or null when unsure or too short. */
  static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(sample.charAt(i))) letters++;
    if (letters < MIN_LETTERS) return null;
    List<DetectedLanguage> found;
    synchronized (Holder.DETECTOR) {
      found = Holder.DETECTOR.getProbabilities(Holder.TEXTS.forText(sample));
    }
    if (found.isEmpty()) return null;
    double english = 0;
    for (DetectedLanguage d : found) if (d.getLocale().getLanguage().equals("en")) english = d.getProbability();
    if (english >= 0.2) return "en";
    DetectedLanguage top = found.get(0);
    return top.getProbability() >= 0.9 ? top.getLocale().getLanguage() : null;
  }

  private static LanguageDetector load() {
    try {
      return LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles", e);
    }
  }
}
