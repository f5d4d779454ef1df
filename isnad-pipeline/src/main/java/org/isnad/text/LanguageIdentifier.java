package org.isnad.text;

import java.util.List;
import java.util.Locale;
import org.isnad.model.Span;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text by its script, and among Latin-script languages by their most
 * frequent function words. Arabic script is told apart from Persian and Urdu by the letters only
 * those use. Returns a BCP-47 code, or {@code und} when the text has too few letters to tell.
 * Stateless and thread-safe.
 */
public final class LanguageIdentifier {

  private static final int MIN_LETTERS = 20;
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "est", "une", "dans", "pour", "que"),
      "es", Set.of("el", "la", "los", "las", "y", "del", "que", "en", "por", "una", "con"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "ein", "zu"),
      "tr", Set.of("ve", "bir", "bu", "da", "de", "ile", "için", "olarak", "olan", "ama"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "non", "una", "sono", "della"));

  private LanguageIdentifier() {}

  /** Looks at no more than this many letters: enough to tell, and cheap on long articles. */
  private static final int SAMPLE_LETTERS = 1500;

  public static String identify(CharSequence text) {
    return identify(text, List.of(new Span(0, text.length())));
  }

  /** The language of the given spans of {@code text}. */
  public static String identify(CharSequence text, List<Span> spans) {
    Counts c = new Counts();
    for (Span s : spans) {
      for (int i = s.start(); i < s.end() && c.letters < SAMPLE_LETTERS; i++) {
        c.add(text.charAt(i));
      }
    }
    return c.decide(text, spans);
  }

  /** Letters counted by script, by code-point ranges (much cheaper than UnicodeScript.of). */
  private static final class Counts {
    int arabic;
    int persian;
    int urdu;
    int latin;
    int hebrew;
    int cyrillic;
    int letters;

    void add(char c) {
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
          letters++;
        }
        return;
      }
      if (c >= 0x0621 && c <= 0x064A) {
        arabic++;
        letters++;
        return;
      }
      if (!Character.isLetter(c)) {
        return;
      }
      letters++;
      if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF) {
        arabic++;
        persian += "پچژگ".indexOf(c) >= 0 ? 1 : 0;
        urdu += "ٹڈڑںےھ".indexOf(c) >= 0 ? 1 : 0;
      } else if (c >= 0x00C0 && c <= 0x024F) {
        latin++;
      } else if (c >= 0x0590 && c <= 0x05FF) {
        hebrew++;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic++;
      }
    }

    String decide(CharSequence text, List<Span> spans) {
      if (letters < MIN_LETTERS) {
        return "und";
      }
      if (arabic * 2 >= letters) {
        return urdu * 100 > arabic ? "ur" : persian * 100 > arabic ? "fa" : "ar";
      }
      if (hebrew * 2 >= letters) {
        return "he";
      }
      if (cyrillic * 2 >= letters) {
        return "ru";
      }
      return latin * 2 >= letters ? latinLanguage(joined(text, spans)) : "und";
    }
  }

  private static String joined(CharSequence text, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(text, s.start(), Math.min(s.end(), s.start() + 20000)).append(' ');
    }
    return sb.toString();
  }

  private static String latinLanguage(CharSequence text) {
    String[] words = text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String best = "und";
    int bestHits = 2;
    for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
      int hits = 0;
      for (String w : words) {
        hits += e.getValue().contains(w) ? 1 : 0;
      }
      if (hits > bestHits || hits == bestHits && e.getKey().compareTo(best) < 0 && !best.equals("und")) {
        best = e.getKey();
        bestHits = hits;
      }
    }
    return best;
  }
}
