package org.isnad.entity;

import java.util.Set;

/**
 * The features of one word in its sentence, as 64-bit hashes: the word, its matching key, affixes,
 * the word without clitics, its shape, the words and keys around it, word pairs, and whether it or
 * its neighbours are in the gazetteers (place names, person names, organisation words, titles).
 * Words are folded by the language's normaliser before they get here. Thread-safe.
 */
public final class NerFeatures {

  /** Gazetteer word sets; all folded. */
  public record Gazetteers(Set<String> places, Set<String> persons, Set<String> organisations,
      Set<String> titles) {
    public static final Gazetteers NONE = new Gazetteers(Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** The most features one word has. */
  public static final int MAX = 40;

  private static final String BOUNDARY = "<s>";

  private final Gazetteers gazetteers;

  public NerFeatures(Gazetteers gazetteers) {
    this.gazetteers = gazetteers;
  }

  /** Writes the features of word {@code i} into {@code out} and returns how many. */
  public int features(String[] norms, String[] keys, int i, long[] out) {
    int n = wordFeatures(norms[i], keys[i], out, 0);
    return contextFeatures(norms, keys, i, out, n);
  }

  /**
   * The features of the word alone (its form, key, affixes, shape, gazetteer membership), which a
   * tagger may compute once per distinct word.
   */
  public int wordFeatures(String w, String key, long[] out, int n) {
    out[n++] = hash(0, "");
    out[n++] = hash(1, w);
    out[n++] = hash(2, key);
    out[n++] = hash(3, prefix(w, 2));
    out[n++] = hash(4, prefix(w, 3));
    out[n++] = hash(5, suffix(w, 2));
    out[n++] = hash(6, suffix(w, 3));
    out[n++] = hash(7, suffix(w, 1));
    String core = withoutClitics(w);
    out[n++] = hash(8, core);
    out[n++] = hash(9, shape(w));
    out[n++] = hash(21, prefix(w, 4));
    out[n++] = hash(22, suffix(w, 4));
    out[n++] = hash(23, prefix(core, 3));
    out[n++] = hash(24, suffix(core, 2));
    out[n++] = hash(18, w.startsWith("ال") ? "al" : w.length() > 3 && "وفبلك".indexOf(w.charAt(0)) >= 0
        && w.startsWith("ال", 1) ? "cl+al" : "-");
    Gazetteers g = gazetteers;
    if (g.places().contains(w) || g.places().contains(core)) {
      out[n++] = hash(30, "place");
    }
    if (g.persons().contains(w) || g.persons().contains(core)) {
      out[n++] = hash(31, "person");
    }
    if (g.organisations().contains(w) || g.organisations().contains(core)) {
      out[n++] = hash(32, "org");
    }
    return n;
  }

  /** The features of word {@code i} that depend on its neighbours. */
  public int contextFeatures(String[] norms, String[] keys, int i, long[] out, int n) {
    for (int role = 0; role < ROLES; role++) {
      int at = i + OFFSET[role];
      n = neighbourFeatures(at(norms, at), at(keys, at), role, out, n);
    }
    return pairFeatures(norms, keys, i, out, n);
  }

  /** Neighbour roles: the word before, after, two before, two after. */
  public static final int ROLES = 4;

  private static final int[] OFFSET = {-1, 1, -2, 2};

  /** The boundary word standing before the first and after the last word. */
  public static final String BOUNDARY_WORD = "<s>";

  /**
   * The features a word gives its neighbour when it stands in {@code role} to it: they depend on
   * that word alone, so a tagger may compute them once per distinct word and role.
   */
  public int neighbourFeatures(String norm, String key, int role, long[] out, int n) {
    switch (role) {
      case 0 -> {
        out[n++] = hash(10, norm);
        out[n++] = hash(14, key);
        out[n++] = hash(19, withoutClitics(norm));
        out[n++] = hash(27, suffix(norm, 2));
      }
      case 1 -> {
        out[n++] = hash(11, norm);
        out[n++] = hash(15, key);
        out[n++] = hash(20, withoutClitics(norm));
        out[n++] = hash(28, suffix(norm, 2));
      }
      case 2 -> out[n++] = hash(12, norm);
      default -> out[n++] = hash(13, norm);
    }
    return n;
  }

  /** The features of word pairs and gazetteer context, which depend on two words at once. */
  public int pairFeatures(String[] norms, String[] keys, int i, long[] out, int n) {
    String w = norms[i];
    out[n++] = hash(16, at(norms, i - 1), w);
    out[n++] = hash(17, w, at(norms, i + 1));
    out[n++] = hash(25, at(keys, i - 1), keys[i]);
    out[n++] = hash(26, keys[i], at(keys, i + 1));
    return contextGazetteer(norms, i, out, n);
  }

  private int contextGazetteer(String[] norms, int i, long[] out, int n) {
    Gazetteers g = gazetteers;
    if (i > 0 && g.titles().contains(withoutClitics(norms[i - 1]))) {
      out[n++] = hash(33, "after-title");
    }
    if (i > 0 && g.persons().contains(withoutClitics(norms[i - 1]))) {
      out[n++] = hash(34, "after-person");
    }
    if (i + 1 < norms.length && g.places().contains(withoutClitics(norms[i + 1]))) {
      out[n++] = hash(35, "before-place");
    }
    return n;
  }

  /** The word without a leading conjunction (و، ف), preposition (ب، ل، ك) and article (ال). */
  static String withoutClitics(String w) {
    String s = w;
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
    }
    if (s.length() > 3 && "بلك".indexOf(s.charAt(0)) >= 0 && s.startsWith("ال", 1)) {
      s = s.substring(1);
    } else if (s.length() > 3 && s.startsWith("لل")) {
      s = "ال" + s.substring(2);
    }
    if (s.length() > 4 && s.startsWith("ال")) {
      s = s.substring(2);
    }
    return s;
  }

  private static String at(String[] a, int i) {
    return i < 0 || i >= a.length ? BOUNDARY : a[i];
  }

  private static String prefix(String w, int n) {
    return w.length() <= n ? w : w.substring(0, n);
  }

  private static String suffix(String w, int n) {
    return w.length() <= n ? w : w.substring(w.length() - n);
  }

  static String shape(String w) {
    boolean arabic = false;
    boolean latin = false;
    boolean digit = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      arabic |= c >= '\u0600' && c <= '\u06FF';
      latin |= c < 0x250 && Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    String len = w.length() <= 2 ? "s" : w.length() <= 5 ? "m" : "l";
    return (arabic ? "A" : "") + (latin ? "L" : "") + (digit ? "D" : "") + len;
  }

  /** A 64-bit hash of a template and one string. */
  static long hash(int template, String s) {
    long h = 0xcbf29ce484222325L ^ template * 0x9E3779B97F4A7C15L;
    for (int k = 0; k < s.length(); k++) {
      h = (h ^ s.charAt(k)) * 0x100000001b3L;
    }
    return mix(h);
  }

  static long hash(int template, String a, String b) {
    long h = hash(template, a);
    for (int k = 0; k < b.length(); k++) {
      h = (h ^ b.charAt(k)) * 0x100000001b3L;
    }
    return mix(h ^ 0x5bd1e995L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
