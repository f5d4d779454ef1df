package org.isnad.entity;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
    maxWords = Math.max(maxWords, words.length);
  }

  /** The folded words of a name, without clitics and article on each, as matching compares them. */
  public String[] wordsOf(String name) {
    return words(name);
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

  /** A folded word's comparison form (without the article). */
  static String core(String w) {
    return Clitics.dropArticle(w);
  }

  /**
   * The words of one text as matching compares them: each word's form without the article and its
   * clitic options, computed once and shared by every dictionary searched in the same text.
   */
  public static final class Words {
    final String[] norms;
    final String[] cores;
    final Clitics.Option[][] options;

    public Words(String[] norms) {
      this.norms = norms;
      this.cores = new String[norms.length];
      this.options = new Clitics.Option[norms.length][];
      Map<String, Forms> cache = FORMS.get();
      if (cache.size() > MAX_CACHED_FORMS) {
        cache.clear();
      }
      for (int i = 0; i < norms.length; i++) {
        Forms f = cache.computeIfAbsent(norms[i], w -> new Forms(core(w), Clitics.options(w)));
        cores[i] = f.core();
        options[i] = f.options();
      }
    }
  }

  /** A word's comparison forms, as {@link Words} needs them; computed once per word and thread. */
  private record Forms(String core, Clitics.Option[] options) {}

  /** Distinct words whose forms a thread keeps before it starts over (a few MB). */
  private static final int MAX_CACHED_FORMS = 100_000;

  private static final ThreadLocal<Map<String, Forms>> FORMS = ThreadLocal.withInitial(HashMap::new);

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
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < words.cores.length; ) {
      Match<V> m = longestAt(words, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }

  private Match<V> longestAt(Words words, int i) {
    Match<V> best = null;
    String[] cores = words.cores;
    for (Clitics.Option o : words.options[i]) {
      List<Entry<V>> candidates = byFirstWord.get(o.core());
      if (candidates == null) {
        continue;
      }
      for (Entry<V> e : candidates) {
        int n = e.words().length;
        if (i + n <= cores.length && matches(cores, i, e.words()) && (best == null || n > best.end() - best.start())) {
          best = new Match<>(i, i + n, e.value(), o.strip());
        }
      }
    }
    return best;
  }

  /** Whether words after the first match (the first was matched through its clitic options). */
  private static boolean matches(String[] cores, int i, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!cores[i + k].equals(words[k])) {
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
