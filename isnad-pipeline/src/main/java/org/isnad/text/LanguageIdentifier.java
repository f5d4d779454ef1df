package org.isnad.text;

import java.util.Locale;
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

  public static String identify(CharSequence text) {
    int arabic = 0;
    int persian = 0;
    int urdu = 0;
    int latin = 0;
    int hebrew = 0;
    int cyrillic = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case ARABIC -> {
          arabic++;
          persian += "پچژگ".indexOf(c) >= 0 ? 1 : 0;
          urdu += "ٹڈڑںےھ".indexOf(c) >= 0 ? 1 : 0;
        }
        case LATIN -> latin++;
        case HEBREW -> hebrew++;
        case CYRILLIC -> cyrillic++;
        default -> { }
      }
    }
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
    return latin * 2 >= letters ? latinLanguage(text) : "und";
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
