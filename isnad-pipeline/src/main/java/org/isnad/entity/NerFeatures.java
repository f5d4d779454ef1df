package org.isnad.entity;

import java.util.Set;

/**
 * The features of one word in its sentence, as 64-bit hashes: the word, its matching key, affixes,
 * the word without clitics, its shape, its word cluster, the words, keys and clusters around it, word
 * pairs, and whether it or its neighbours are in the gazetteers (place names, person names,
 * organisation words, titles). Words are folded by the language's normaliser before they get here.
 * The features fall in three groups a tagger may compute at different costs: those of the word alone,
 * those a word gives its neighbour (both once per distinct word), and those of adjacent word pairs
 * (from the two words' {@link #wordHash} values, no text). Thread-safe.
 */
public final class NerFeatures {

  /** Gazetteer word sets; all folded. */
  public record Gazetteers(Set<String> places, Set<String> persons, Set<String> organisations,
      Set<String> titles) {
    public static final Gazetteers NONE = new Gazetteers(Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** The most features one word has. */
  public static final int MAX = 80;

  /** The boundary word standing before the first and after the last word. */
  public static final String BOUNDARY_WORD = "<s>";

  /** The {@link #wordHash} of the boundary word. */
  static final long BOUNDARY_HASH = wordHash(BOUNDARY_WORD);

  private final Gazetteers gazetteers;
  private final WordClusters clusters;
  private final NameLexicon lexicon;

  /** Features without word clusters. */
  public NerFeatures(Gazetteers gazetteers) {
    this(gazetteers, WordClusters.NONE);
  }

  public NerFeatures(Gazetteers gazetteers, WordClusters clusters) {
    this(gazetteers, clusters, NameLexicon.NONE);
  }

  /** Features with word clusters and the name lists of a model. */
  public NerFeatures(Gazetteers gazetteers, WordClusters clusters, NameLexicon lexicon) {
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon must not be null");
    this.gazetteers = java.util.Objects.requireNonNull(gazetteers, "gazetteers must not be null");
    this.clusters = java.util.Objects.requireNonNull(clusters, "clusters must not be null");
  }

  public WordClusters clusters() {
    return clusters;
  }

  public NameLexicon lexicon() {
    return lexicon;
  }

  /** Writes the features of word {@code i} into {@code out} and returns how many. */
  public int features(String[] norms, String[] keys, int i, long[] out) {
    int n = wordFeatures(norms[i], keys[i], out, 0);
    for (int role = 0; role < ROLES; role++) {
      int at = i + OFFSET[role];
      n = neighbourFeatures(at(norms, at), at(keys, at), role, out, n);
    }
    long[] normHashes = new long[3];
    for (int k = 0; k < 3; k++) {
      normHashes[k] = wordHash(at(norms, i - 1 + k));
    }
    return pairFeatures(normHashes, 1, out, n, 3);
  }

  /**
   * The features of the word alone (its form, key, affixes, shape, cluster, gazetteer membership),
   * which a tagger may compute once per distinct word.
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
    n = clusterFeatures(w, core, out, n);
    n = lexiconFeatures(lexiconBits(w, core), 42, out, n);
    n = trigramFeatures(core, out, n);
    return gazetteerFeatures(w, core, out, n);
  }

  /** The most letter trigrams a word gives. */
  private static final int MAX_TRIGRAMS = 12;

  /**
   * The letter trigrams of the word without clitics, its ends marked, which tell the letter patterns
   * of transcribed foreign names from those of Arabic words.
   */
  private static int trigramFeatures(String core, long[] out, int n) {
    if (core.length() < 2 || core.length() > MAX_TRIGRAMS) {
      return n;
    }
    long h;
    char a = '^';
    char b = core.charAt(0);
    for (int k = 1; k <= core.length(); k++) {
      char c = k < core.length() ? core.charAt(k) : '$';
      h = (long) a << 32 | (long) b << 16 | c;
      out[n++] = mix(45 * 0x9E3779B97F4A7C15L + h) & Long.MAX_VALUE;
      a = b;
      b = c;
    }
    return n;
  }

  /** The name-list bits of a word or, when it has none, of the word without clitics. */
  private int lexiconBits(String w, String core) {
    int bits = lexicon.bits(wordHash(w));
    return bits != 0 ? bits : lexicon.bits(wordHash(core));
  }

  /** One feature per name-list bit set. */
  private static int lexiconFeatures(int bits, int template, long[] out, int n) {
    for (int b = 0; b < 2 * NameLexicon.KINDS; b++) {
      if ((bits & 1 << b) != 0) {
        out[n++] = number(template, b);
      }
    }
    return n;
  }

  /** The word's cluster at each level of the tree (of the word without clitics when it has none). */
  private int clusterFeatures(String w, String core, long[] out, int n) {
    int path = clusters.path(wordHash(w));
    if (path < 0) {
      path = clusters.path(wordHash(core));
    }
    for (int level = 1; level <= WordClusters.LEVELS; level++) {
      out[n++] = number(36 + level, WordClusters.prefix(path, level));
    }
    return n;
  }

  private int gazetteerFeatures(String w, String core, long[] out, int n) {
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

  /** Neighbour roles: the word before, after, two before, two after. */
  public static final int ROLES = 4;

  private static final int[] OFFSET = {-1, 1, -2, 2};

  /** The offset from a word of its neighbour in {@code role}. */
  public static int offset(int role) {
    return OFFSET[role];
  }

  /**
   * The features a word gives its neighbour when it stands in {@code role} to it (its form, key,
   * cluster, and whether it is a title, a person's name or a place): they depend on that word alone,
   * so a tagger may compute them once per distinct word and role.
   */
  public int neighbourFeatures(String norm, String key, int role, long[] out, int n) {
    switch (role) {
      case 0 -> {
        String core = withoutClitics(norm);
        out[n++] = hash(10, norm);
        out[n++] = hash(14, key);
        out[n++] = hash(19, core);
        out[n++] = hash(27, suffix(norm, 2));
        if (gazetteers.titles().contains(core)) {
          out[n++] = hash(33, "after-title");
        }
        if (gazetteers.persons().contains(core)) {
          out[n++] = hash(34, "after-person");
        }
        out[n++] = number(40, WordClusters.prefix(clusters.path(wordHash(norm)), 2));
        n = lexiconFeatures(lexiconBits(norm, core), 43, out, n);
      }
      case 1 -> {
        String core = withoutClitics(norm);
        out[n++] = hash(11, norm);
        out[n++] = hash(15, key);
        out[n++] = hash(20, core);
        out[n++] = hash(28, suffix(norm, 2));
        if (gazetteers.places().contains(core)) {
          out[n++] = hash(35, "before-place");
        }
        out[n++] = number(41, WordClusters.prefix(clusters.path(wordHash(norm)), 2));
        n = lexiconFeatures(lexiconBits(norm, core), 44, out, n);
      }
      case 2 -> out[n++] = hash(12, norm);
      default -> out[n++] = hash(13, norm);
    }
    return n;
  }

  /**
   * The features of the pairs word {@code i} makes with the words before and after it, from the
   * {@link #wordHash} values of the sentence's folded forms (the first {@code len}).
   */
  public int pairFeatures(long[] normHashes, int i, long[] out, int n, int len) {
    int last = len - 1;
    long before = i > 0 ? normHashes[i - 1] : BOUNDARY_HASH;
    long after = i < last ? normHashes[i + 1] : BOUNDARY_HASH;
    out[n++] = pair(before, normHashes[i]);
    out[n++] = pair(normHashes[i], after) ^ 1;
    return n;
  }

  /** The hash of a word (or key) that pair features and clusters are built from. */
  public static long wordHash(String w) {
    return hash(99, w);
  }

  /**
   * The feature of a word pair (of folded forms) for its second word; the first word's feature of
   * the same pair is this hash with the lowest bit flipped. Only word pairs have {@link #PAIR_BIT}
   * set, so that a model can keep them apart ({@link PairWeights}).
   */
  static long pairFeature(long a, long b) {
    return pair(a, b);
  }

  private static long pair(long a, long b) {
    return mix(a * 0x9E3779B97F4A7C15L + (b ^ 16 * 0xC2B2AE3D27D4EB4FL)) & ~1L | PAIR_BIT;
  }

  /** The highest bit, set in the features of word pairs and in no other. */
  static final long PAIR_BIT = Long.MIN_VALUE;

  /** Whether a feature is one of a word pair. */
  public static boolean isPair(long feature) {
    return feature < 0;
  }

  private static long number(int template, int value) {
    return mix(template * 0x9E3779B97F4A7C15L + value) & Long.MAX_VALUE;
  }

  /** The word without a leading conjunction (و، ف), preposition (ب، ل، ك) and article (ال). */
  public static String withoutClitics(String w) {
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

  /**
   * Where {@link #withoutClitics} of {@code w} starts in {@code w}, or -1 when it is no end of it (a
   * word of four letters starting with "لل", whose "ال" is restored); the same string as {@code
   * w.substring(cliticsEnd(w))} otherwise, without building it.
   */
  static int cliticsEnd(String w) {
    int from = 0;
    int n = w.length();
    if (n > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      from = 1;
    }
    if (n - from > 3 && "بلك".indexOf(w.charAt(from)) >= 0 && w.startsWith("ال", from + 1)) {
      from++;
    } else if (n - from > 3 && w.startsWith("لل", from)) {
      // "لل" + rest becomes "ال" + rest, whose article is dropped when it has more than four letters
      return n - from > 4 ? from + 2 : -1;
    }
    if (n - from > 4 && w.startsWith("ال", from)) {
      from += 2;
    }
    return from;
  }

  private static String at(String[] a, int i) {
    return i < 0 || i >= a.length ? BOUNDARY_WORD : a[i];
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
    return mix(h) & Long.MAX_VALUE;
  }

  static long hash(int template, String a, String b) {
    long h = hash(template, a);
    for (int k = 0; k < b.length(); k++) {
      h = (h ^ b.charAt(k)) * 0x100000001b3L;
    }
    return mix(h ^ 0x5bd1e995L) & Long.MAX_VALUE;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
