package org.isnad.entity;

/**
 * Arabic proclitics on folded words: the conjunctions و and ف and the prepositions ب, ل and ك that
 * are written joined to the next word, and the article ال. Used to compare names whatever is
 * joined to them, and to start a mention's span after them. Stateless.
 */
public final class Clitics {

  private Clitics() {}

  /** The word without the article (when what remains still has three letters). */
  public static String dropArticle(String w) {
    return w.length() > 4 && w.startsWith("ال") ? w.substring(2) : w;
  }

  /**
   * The ways a word may split into proclitics and a name, as {@code strip} letters and the name's
   * comparison form, most literal first: the word itself; without a conjunction; without a
   * preposition ("لداعش" → "داعش"; "للقوات" → "قوات"); without both.
   */
  public static Option[] options(String w) {
    Option[] out = new Option[5];
    int n = 0;
    out[n++] = new Option(0, dropArticle(w));
    int s = 0;
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      s = 1;
      out[n++] = new Option(1, withoutArticleFrom(w, 1));
    }
    if (w.length() - s > 3 && "بلك".indexOf(w.charAt(s)) >= 0) {
      if (w.charAt(s) == 'ل' && w.startsWith("ل", s + 1)) {
        // "للقوات": ل + القوات; the article is dropped again when what remains is long enough
        int restored = w.length() - s; // the length of "ا" + the rest
        out[n++] = new Option(s + 1, restored > 4 ? w.substring(s + 2) : "ا" + w.substring(s + 1));
      }
      out[n++] = new Option(s + 1, withoutArticleFrom(w, s + 1)); // "للبنان": ل + لبنان
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** {@code dropArticle(w.substring(from))}, cutting the word once. */
  private static String withoutArticleFrom(String w, int from) {
    return w.length() - from > 4 && w.startsWith("ال", from) ? w.substring(from + 2) : w.substring(from);
  }

  /**
   * The word once its first {@code strip} letters (proclitics) are removed, with the article the
   * preposition ل swallowed restored ("للجزيرة", strip 1 → "الجزيره").
   */
  public static String afterProclitics(String w, int strip) {
    if (strip <= 0 || strip >= w.length()) {
      return w;
    }
    String rest = w.substring(strip);
    return w.charAt(strip - 1) == 'ل' && rest.startsWith("ل") ? "ا" + rest : rest;
  }

  /** One split: how many letters are proclitics, and the name's comparison form. */
  public record Option(int strip, String core) {}

  /**
   * How many leading letters are certainly proclitics: those before an article ("والقوات",
   * "بالقوات", "للقوات", "وبالقوات"); 0 when the word has no article after them. A ك before "ال" is
   * no certain preposition in a name: names start with it ("كاليفورنيا", "وكالة").
   */
  public static int certain(String w) {
    int s = 0;
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      s = 1;
    }
    if (w.length() - s > 3 && "بل".indexOf(w.charAt(s)) >= 0
        && (w.startsWith("ال", s + 1) || w.charAt(s) == 'ل' && w.startsWith("ل", s + 1))) {
      return s + 1;
    }
    return s == 1 && w.startsWith("ال", 1) ? 1 : 0;
  }
}
