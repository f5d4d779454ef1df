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
    int[] forms = new int[MAX_OPTIONS];
    int n = optionForms(w, forms);
    Option[] out = new Option[n];
    for (int k = 0; k < n; k++) {
      out[k] = new Option(strip(forms[k]), core(w, forms[k]));
    }
    return out;
  }

  /** The most options a word has. */
  static final int MAX_OPTIONS = 4;

  /**
   * The options of {@link #options} without building their strings, in the same order: each as
   * {@code strip | from << 8 | alif << 16}, the name's form being the word from letter {@code from},
   * after an "ا" when {@code alif} is 1 (the article the preposition ل swallowed). Returns how many.
   */
  static int optionForms(String w, int[] out) {
    int n = 0;
    out[n++] = form(0, w.length() > 4 && w.startsWith("ال") ? 2 : 0, false);
    int s = 0;
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      s = 1;
      out[n++] = form(1, afterArticle(w, 1), false);
    }
    if (w.length() - s > 3 && "بلك".indexOf(w.charAt(s)) >= 0) {
      if (w.charAt(s) == 'ل' && w.startsWith("ل", s + 1)) {
        // "للقوات": ل + القوات; the article is dropped again when what remains is long enough
        int restored = w.length() - s; // the length of "ا" + the rest
        out[n++] = restored > 4 ? form(s + 1, s + 2, false) : form(s + 1, s + 1, true);
      }
      out[n++] = form(s + 1, afterArticle(w, s + 1), false); // "للبنان": ل + لبنان
    }
    return n;
  }

  private static int form(int strip, int from, boolean alif) {
    return strip | from << 8 | (alif ? 1 << 16 : 0);
  }

  /** The proclitic letters of an option form ({@link #optionForms}). */
  static int strip(int form) {
    return form & 0xFF;
  }

  /** The name's comparison form of an option form ({@link #optionForms}) of {@code w}. */
  static String core(String w, int form) {
    String rest = w.substring(form >>> 8 & 0xFF);
    return (form & 1 << 16) != 0 ? "ا" + rest : rest;
  }

  /** {@code core(w, form).hashCode()}, without building the string. */
  static int coreHash(String w, int form) {
    int h = (form & 1 << 16) != 0 ? 'ا' : 0;
    for (int k = form >>> 8 & 0xFF; k < w.length(); k++) {
      h = 31 * h + w.charAt(k);
    }
    return h;
  }

  /** Where the word from letter {@code from} starts once its article is dropped (when what remains is long enough). */
  private static int afterArticle(String w, int from) {
    return w.length() - from > 4 && w.startsWith("ال", from) ? from + 2 : from;
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
