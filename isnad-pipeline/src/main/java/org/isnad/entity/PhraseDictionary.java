package org.isnad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.lang.Language;

/**
 * Names as word sequences, matched longest-first against an article's words. Each name is folded
 * and split into words; a word of the text matches a name word when it is equal to it, or equal
 * once its clitics are removed ("لداعش" matches "داعش", "والقيادة" matches "القيادة"). Immutable
 * once built; thread-safe.
 *
 * @param <V> what a name refers to
 */
public final class PhraseDictionary<V> {

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{P}&&[^-]]+");

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  /** The same entries by first word, longest name first, found from a word's letters without cutting it. */
  private final FirstWordTable longestFirst = new FirstWordTable();
  private final Language language;
  private int maxWords;

  /** A name and what it refers to. */
  public record Entry<V>(String[] words, V value) {}

  /**
   * A match in a word sequence: words {@code [start, end)}; the first word's first {@code strip}
   * letters are proclitics, not part of the name.
   */
  public record Match<V>(int start, int end, V value, int strip) {}

  public PhraseDictionary(Language language) {
    this.language = language;
  }

  public void add(String name, V value) {
    String[] words = words(name);
    if (words.length == 0 || words.length == 1 && words[0].length() < 2) {
      return;
    }
    Entry<V> entry = new Entry<>(words, value);
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
    longestFirst.add(entry);
    register(words[0]);
    set(firstWords, firstWordBit(words[0]));
    maxWords = Math.max(maxWords, words.length);
  }

  /** The folded words of a name, without clitics and article on each, as matching compares them. */
  public String[] wordsOf(String name) {
    return words(name);
  }

  /**
   * Which words of a name are written with the article that matching drops ({@link
   * Clitics#dropArticle}): bit k for word k. "العمران" gives 1, "عمران" 0, "باب الهوى" 2.
   */
  public int articlesOf(String name) {
    String folded = language.normalizer().fold(name.strip());
    int out = 0;
    int k = 0;
    for (String w : WORD_BREAK.split(folded)) {
      if (!w.isEmpty()) {
        out |= k < 31 && !Clitics.dropArticle(w).equals(w) ? 1 << k : 0;
        k++;
      }
    }
    return out;
  }

  String[] words(String name) {
    String folded = language.normalizer().fold(name.strip());
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(folded)) {
      if (!w.isEmpty()) {
        out.add(Clitics.dropArticle(w));
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * The words of one text as matching compares them, with what every dictionary searched in the
   * same text tests first (the hashes of each word's endings), computed once.
   */
  public static final class Words {
    final String[] norms;

    /**
     * Per word, made when a dictionary first asks about it and kept for the others ({@link #STRIDE}
     * ints from {@code i * STRIDE}): how many clitic options it has, plus one (0 while not made); the
     * hashes of its last four letters (-1 when it has fewer) and of its last three ({@link #ending});
     * then per option its form ({@link Clitics#optionForms}) and the hash code of its name form
     * ({@link Clitics#coreHash}). Made for the few words a dictionary tries, not for every word.
     */
    private int[] made;

    private static final int ENDING4 = 1;
    private static final int ENDING3 = 2;
    private static final int FORMS = 3;
    private static final int HASHES = FORMS + Clitics.MAX_OPTIONS;
    private static final int STRIDE = HASHES + Clitics.MAX_OPTIONS;

    public Words(String[] norms) {
      this.norms = norms;
    }

    int size() {
      return norms.length;
    }

    /** Where word i's data starts in {@link #made}, made now if not yet. */
    private int at(int i) {
      if (made == null) {
        made = new int[norms.length * STRIDE];
      }
      int at = i * STRIDE;
      if (made[at] == 0) {
        String w = norms[i];
        int n = w.length();
        if (n >= 4) {
          // the hashes of the last four letters and of the last three ({@link #ending}), in one pass
          int last3 = (w.charAt(n - 3) * 31 + w.charAt(n - 2)) * 31 + w.charAt(n - 1);
          made[at + ENDING4] = mixEnding(w.charAt(n - 4) * 29791 + last3);
          made[at + ENDING3] = mixEnding(last3);
        } else {
          made[at + ENDING4] = -1;
          made[at + ENDING3] = ending(w, 3);
        }
        int[] forms = new int[Clitics.MAX_OPTIONS];
        int count = Clitics.optionForms(w, forms);
        for (int k = 0; k < count; k++) {
          made[at + FORMS + k] = forms[k];
          made[at + HASHES + k] = Clitics.coreHash(w, forms[k]);
        }
        made[at] = count + 1;
      }
      return at;
    }

    int ending4(int i) {
      int at = at(i); // before reading made, which at(i) may allocate
      return made[at + ENDING4];
    }

    int ending3(int i) {
      int at = at(i); // before reading made, which at(i) may allocate
      return made[at + ENDING3];
    }

    /** The number of clitic options of word i. */
    int optionsOf(int i) {
      int at = at(i); // before reading made, which at(i) may allocate
      return made[at] - 1;
    }

    /** The form of word i's option k ({@link Clitics#optionForms}). */
    int option(int i, int k) {
      int at = at(i); // before reading made, which at(i) may allocate
      return made[at + FORMS + k];
    }

    /** The hash code of the name form of word i's option k ({@link Clitics#coreHash}). */
    int optionHash(int i, int k) {
      int at = at(i); // before reading made, which at(i) may allocate
      return made[at + HASHES + k];
    }

    /** The hash code of word i without its article ({@link Clitics#dropArticle}), without building it. */
    int coreHash(int i) {
      String w = norms[i];
      int h = 0;
      for (int k = w.length() > 4 && w.startsWith("ال") ? 2 : 0; k < w.length(); k++) {
        h = 31 * h + w.charAt(k);
      }
      return h;
    }
  }

  /**
   * Bits of the endings of every name's first word: its last four letters when it has four or more,
   * else its last three (or the whole word). Every form a text word is compared in (itself, without
   * its clitics, without the article) is a suffix of it of three letters or more, or the word itself,
   * so a word whose endings have no bit starts no name and is skipped without building its forms
   * (most words). The one form that is no suffix, ل + ل restored to "ال" in a word of four letters
   * ("للبن" -> "البن"), is registered in its written form too.
   */
  private final long[] endings4 = new long[ENDING_BITS / 64];
  private final long[] endings3 = new long[ENDING_BITS / 64];

  private static final int ENDING_BITS = 1 << 16;

  /**
   * Bits of the hash codes of the names' first words, small enough to stay in the processor's
   * cache: a clitic option whose bit is clear is no first word, without a look-up in the large map.
   */
  private final long[] firstWords = new long[FIRST_WORD_BITS / 64];

  private static final int FIRST_WORD_BITS = 1 << 20;

  private static int firstWordBit(String w) {
    return firstWordBit(w.hashCode());
  }

  private static int firstWordBit(int hashCode) {
    int h = hashCode * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (FIRST_WORD_BITS - 1);
  }

  private void register(String first) {
    if (first.length() >= 4) {
      set(endings4, ending(first, 4));
      if (first.length() == 4 && first.startsWith("ال")) {
        set(endings4, ending("ل" + first.substring(1), 4));
      }
    } else {
      set(endings3, ending(first, 3));
    }
  }

  private static void set(long[] bits, int e) {
    bits[e >>> 6] |= 1L << e;
  }

  private static boolean has(long[] bits, int e) {
    return (bits[e >>> 6] & (1L << e)) != 0;
  }

  /** A hash of the last {@code letters} characters of {@code w} (all of it when shorter). */
  private static int ending(String w, int letters) {
    int n = w.length();
    int h = 0;
    for (int k = Math.max(0, n - letters); k < n; k++) {
      h = h * 31 + w.charAt(k);
    }
    return mixEnding(h);
  }

  private static int mixEnding(int h) {
    h *= 0x9E3779B9;
    return (h ^ (h >>> 16)) & (ENDING_BITS - 1);
  }

  /** Whether word {@code i} may start a name; its endings are hashed once for every dictionary searched. */
  private boolean mayStart(Words words, int i) {
    int e4 = words.ending4(i);
    return e4 >= 0 && has(endings4, e4) || has(endings3, words.ending3(i));
  }

  /**
   * All longest, non-overlapping matches in the folded words of a text, left to right. The first
   * word of a name may carry proclitics; the following words may carry a conjunction only where
   * the name itself has one, so they are compared as they are.
   */
  public List<Match<V>> find(String[] norms) {
    return find(new Words(norms));
  }

  /** {@link #find(String[])} over words prepared once for several dictionaries. */
  public List<Match<V>> find(Words words) {
    return find(words, null, 0);
  }

  /**
   * {@link #find(Words)} where the clitic options of word i that may start a name are known, {@code
   * options[offset + i]} ({@link #startOptions}): a word with none is skipped, and only those are tried.
   */
  List<Match<V>> find(Words words, int[] options, int offset) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      Match<V> m = options == null ? longestAt(words, i)
          : options[offset + i] == 0 ? null : longestAt(words, i, options[offset + i]);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }

  /**
   * False when no clitic option of the folded word {@code w} is the first word of a name, so that it
   * starts no match whatever follows it; depends on the word alone.
   */
  boolean mayStartName(String w) {
    return startOptions(w) != 0;
  }

  /**
   * Which clitic options of the folded word {@code w} ({@link Clitics#optionForms}; bit k for option
   * k) are the first word of a name: those {@link #longestAt(Words, int)} tries. 0 when the word
   * starts no match whatever follows it; depends on the word alone, so a caller may keep it.
   */
  int startOptions(String w) {
    int[] forms = new int[Clitics.MAX_OPTIONS];
    int count = Clitics.optionForms(w, forms);
    int options = 0;
    for (int k = 0; k < count; k++) {
      int hash = Clitics.coreHash(w, forms[k]);
      if (has(firstWords, firstWordBit(hash)) && longestFirst.slot(w, forms[k], hash) >= 0) {
        options |= 1 << k;
      }
    }
    return options;
  }

  /**
   * {@link #longestAt(Words, int)} trying only the clitic options of word i in {@code options}
   * ({@link #startOptions}, not 0): the others are no first word, so the result is the same, and the
   * word's other options are neither cut nor hashed.
   */
  private Match<V> longestAt(Words words, int i, int options) {
    String w = words.norms[i];
    if (!mayStart(w)) {
      return null;
    }
    int[] forms = new int[Clitics.MAX_OPTIONS];
    Clitics.optionForms(w, forms);
    Match<V> best = null;
    int bestLength = 0;
    for (int k = 0; options >>> k != 0; k++) {
      if ((options & 1 << k) == 0) {
        continue;
      }
      Match<V> m = atSlot(words, i, forms[k], Clitics.coreHash(w, forms[k]), bestLength);
      if (m != null) {
        best = m;
        bestLength = m.end() - m.start();
      }
    }
    return best;
  }

  /** {@link #mayStart(Words, int)} of a word alone, its endings hashed as {@link Words} hashes them. */
  private boolean mayStart(String w) {
    int n = w.length();
    if (n < 4) {
      return has(endings3, ending(w, 3));
    }
    int last3 = (w.charAt(n - 3) * 31 + w.charAt(n - 2)) * 31 + w.charAt(n - 1);
    return has(endings4, mixEnding(w.charAt(n - 4) * 29791 + last3)) || has(endings3, mixEnding(last3));
  }

  private Match<V> longestAt(Words words, int i) {
    if (!mayStart(words, i)) {
      return null;
    }
    Match<V> best = null;
    int bestLength = 0;
    int count = words.optionsOf(i);
    for (int k = 0; k < count; k++) {
      // the option's form is hashed from the word's letters: most are no first word, and are ruled
      // out without cutting them from the word
      int hash = words.optionHash(i, k);
      if (!has(firstWords, firstWordBit(hash))) {
        continue;
      }
      Match<V> m = atSlot(words, i, words.option(i, k), hash, bestLength);
      if (m != null) {
        best = m;
        bestLength = m.end() - m.start();
      }
    }
    return best;
  }

  /**
   * The longest name longer than {@code longerThan} at word i whose first word is the word's option
   * {@code form} (hashed to {@code hash}), or null.
   */
  private Match<V> atSlot(Words words, int i, int form, int hash, int longerThan) {
    int slot = longestFirst.slot(words.norms[i], form, hash);
    return slot < 0 ? null
        : longestAt(words, i, longestFirst.entries(slot), longestFirst.shapes(slot), longerThan, Clitics.strip(form));
  }

  /**
   * The longest of the {@code candidates} (longest first, in the order added among names of one
   * length) that matches at word i and is longer than {@code longerThan}, or null: the first that
   * matches. A candidate whose second word's hash code differs from the text's is ruled out without
   * reading its words.
   */
  private Match<V> longestAt(Words words, int i, Entry<?>[] candidates, int[] shapes, int longerThan, int strip) {
    int second = Integer.MIN_VALUE;
    for (int c = 0; c < candidates.length; c++) {
      int n = shapes[2 * c];
      if (n <= longerThan) {
        return null;
      }
      if (i + n > words.size()) {
        continue;
      }
      if (n > 1) {
        if (second == Integer.MIN_VALUE) {
          second = words.coreHash(i + 1);
        }
        if (shapes[2 * c + 1] != second) {
          continue;
        }
      }
      @SuppressWarnings("unchecked")
      Entry<V> e = (Entry<V>) candidates[c];
      if (matches(words, i, e.words())) {
        return new Match<>(i, i + n, e.value(), strip);
      }
    }
    return null;
  }

  /** Whether a folded word without its article ({@link Clitics#dropArticle}) equals {@code word}, without building it. */
  static boolean coreEquals(String norm, String word) {
    boolean article = norm.length() > 4 && norm.startsWith("ال");
    return article ? norm.length() - 2 == word.length() && norm.startsWith(word, 2) : norm.equals(word);
  }

  /** Whether words after the first match (the first was matched through its clitic options). */
  private static boolean matches(Words text, int i, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!coreEquals(text.norms[i + k], words[k])) {
        return false;
      }
    }
    return true;
  }

  public int maxWords() {
    return maxWords;
  }

  public int size() {
    return byFirstWord.values().stream().mapToInt(List::size).sum();
  }
}
