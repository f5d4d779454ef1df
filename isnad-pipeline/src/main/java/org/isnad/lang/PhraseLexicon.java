package org.isnad.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.TextNormalizer;

/**
 * Phrases of a language sorted into categories ("event": "هجوم" is an attack; "killed": "مقتل"),
 * matched on the text stage's normalised tokens. The first word of a phrase may carry proclitics
 * ("والهجوم", "باعتقال"); the other words must match exactly, but for a gap ({@code *}) that stands
 * for one or two words between them ("أطلق * النار": "أطلق مسلحون النار"). The longest phrase wins.
 *
 * <p>Read from a tab-separated resource: {@code category TAB label TAB phrase[|phrase...]}, {@code #}
 * comments. Immutable and thread-safe.
 */
public final class PhraseLexicon {

  /** A phrase found in the tokens. */
  public record Match(String category, String label, int from, int length) {
    public int end() {
      return from + length;
    }
  }

  private record Entry(String category, String label, String[] words) {}

  private final Map<String, List<Entry>> byFirstWord;
  /** Every entry under each written form of its first word: bare, and with each proclitic. */
  private final Map<String, Entry[]> byForm;
  private final List<String> proclitics;
  /** Rejects, before the look-up, the words that are no written form of a first word. */
  private final EndingFilter formEndings;
  /** Rejects, by the word's hash code, most words the ending filter lets through. */
  private final WordHashFilter formHashes;
  /** By category, its one-word phrases ({@link #labelOfPrefix}). */
  private final Map<String, OneWords> oneWordLabels;

  private PhraseLexicon(Map<String, List<Entry>> byFirstWord, List<String> proclitics) {
    this.byFirstWord = byFirstWord;
    this.proclitics = proclitics;
    Map<String, List<Entry>> forms = new HashMap<>();
    // bare forms first, so that on equal length a word as written ("فحسب") wins over a proclitic
    // reading of it ("ف" + "حسب"); the sort below is stable
    byFirstWord.forEach((first, entries) -> forms.computeIfAbsent(first, k -> new ArrayList<>()).addAll(entries));
    byFirstWord.forEach((first, entries) -> {
      for (String p : proclitics) {
        forms.computeIfAbsent(p + first, k -> new ArrayList<>()).addAll(entries);
      }
    });
    forms.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    Map<String, Entry[]> arrays = new HashMap<>();
    forms.forEach((form, entries) -> arrays.put(form, entries.toArray(new Entry[0])));
    this.byForm = arrays;
    this.formEndings = new EndingFilter(forms.keySet(), 3);
    this.formHashes = new WordHashFilter(forms.keySet());
    this.oneWordLabels = oneWordLabels(byFirstWord);
  }

  /**
   * The one-word phrases of each category, for {@link #labelOfPrefix}: each word with the label of
   * the first one-word entry of the category under it (the entry {@code labelOfPrefix} would find
   * first), with a bit filter over the words' hash codes and the longest word's length.
   */
  private record OneWords(Map<String, String> labels, long[] hashBits, int longest) {

    private static final int BITS = 1 << 12;

    OneWords() {
      this(new HashMap<>(), new long[BITS >>> 6], 0);
    }

    OneWords with(String word, String label) {
      labels.putIfAbsent(word, label);
      int b = bit(word.hashCode());
      hashBits[b >>> 6] |= 1L << b;
      return new OneWords(labels, hashBits, Math.max(longest, word.length()));
    }

    /** False when no word of the category has hash code {@code hash}. */
    boolean mayHave(int hash) {
      int b = bit(hash);
      return (hashBits[b >>> 6] & 1L << b) != 0;
    }

    private static int bit(int hash) {
      int h = hash * 0x9E3779B9;
      return (h ^ h >>> 16) & (BITS - 1);
    }
  }

  private static Map<String, OneWords> oneWordLabels(Map<String, List<Entry>> byFirstWord) {
    Map<String, OneWords> out = new HashMap<>();
    byFirstWord.forEach((first, entries) -> {
      for (Entry e : entries) { // in list order: the first entry of a category keeps the word
        if (e.words().length == 1) {
          out.put(e.category(), out.getOrDefault(e.category(), new OneWords()).with(first, e.label()));
        }
      }
    });
    return Map.copyOf(out);
  }

  /**
   * Loads a lexicon resource.
   *
   * @param owner the class the resource path is relative to
   * @param resource the resource name
   * @param normalizer folds each phrase the way the text stage folds tokens
   * @param proclitics the prefixes a first word may carry, longest first
   */
  public static PhraseLexicon load(Class<?> owner, String resource, TextNormalizer normalizer,
      List<String> proclitics) {
    Map<String, List<Entry>> index = new HashMap<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        addLine(index, line, normalizer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    index.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    return new PhraseLexicon(index, List.copyOf(proclitics));
  }

  private static void addLine(Map<String, List<Entry>> index, String line, TextNormalizer normalizer) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    String[] cols = line.split("\t");
    if (cols.length != 3) {
      throw new IllegalStateException("malformed lexicon line (want 3 tab-separated columns): " + line);
    }
    for (String phrase : cols[2].split("\\|")) {
      String folded = normalizer.normalize(phrase.strip(), 0, phrase.strip().length()).normalized();
      String[] words = folded.split(" +");
      // categories and labels interned: callers compare them with constants at every token, and equal
      // strings then answer at the identity check
      index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(cols[0].intern(), cols[1].intern(), words));
    }
  }

  /**
   * Every phrase of every category that starts at token {@code from}, longest first: for callers
   * that ask about one token several times (compute once, then filter by category).
   */
  public List<Match> allAt(List<String> norms, int from) {
    String first = norms.get(from);
    Entry[] entries = formHashes.mayContain(first) && formEndings.mayMatch(first) ? byForm.get(first) : null;
    if (entries == null) {
      return List.of();
    }
    List<Match> out = null; // most first words are not followed by the rest of any phrase
    for (Entry e : entries) {
      int n = length(norms, from, e.words());
      if (n > 0) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(new Match(e.category(), e.label(), from, n));
      }
    }
    return out == null ? List.of() : out;
  }

  /** The longest phrase of any category starting at token {@code from}, or null. */
  public Match at(List<String> norms, int from) {
    return at(norms, from, null);
  }

  /** The longest phrase of {@code category} (any when null) starting at {@code from}, or null. */
  public Match at(List<String> norms, int from, String category) {
    String first = norms.get(from);
    Match best = match(norms, from, first, category);
    for (String p : proclitics) {
      if (first.length() > p.length() + 1 && first.startsWith(p)) {
        Match m = match(norms, from, first.substring(p.length()), category);
        if (m != null && (best == null || m.length() > best.length())) {
          best = m;
        }
      }
    }
    return best;
  }

  private Match match(List<String> norms, int from, String first, String category) {
    List<Entry> entries = byFirstWord.get(first);
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      int n = category == null || e.category().equals(category) ? length(norms, from, e.words()) : -1;
      if (n > 0) {
        return new Match(e.category(), e.label(), from, n);
      }
    }
    return null;
  }

  /** A word of a phrase that stands for one or two words of any kind: "أطلق * النار" ("أطلق مسلحون النار"). */
  static final String GAP = "*";

  /** The most words a {@link #GAP} stands for. */
  private static final int MAX_GAP = 2;

  /**
   * How many tokens the phrase covers from {@code from}, its first word matched already; -1 when the
   * other words do not follow. A gap takes the fewest words after which the phrase goes on.
   */
  private static int length(List<String> norms, int from, String[] words) {
    int i = from + 1;
    for (int k = 1; k < words.length; k++) {
      if (words[k].equals(GAP) && k + 1 < words.length) {
        int next = gapEnd(norms, i, words[++k]);
        if (next < 0) {
          return -1;
        }
        i = next;
      } else if (i < norms.size() && norms.get(i).equals(words[k])) {
        i++;
      } else {
        return -1;
      }
    }
    return i - from;
  }

  /** The token after {@code word} when it comes one or two tokens after {@code i}, else -1. */
  private static int gapEnd(List<String> norms, int i, String word) {
    for (int g = 1; g <= MAX_GAP && i + g < norms.size(); g++) {
      if (norms.get(i + g).equals(word)) {
        return i + g + 1;
      }
    }
    return -1;
  }

  /**
   * The label of the first one-word phrase of {@code category} that begins {@code word} (after a
   * proclitic), or null: for stems such as nationality adjectives ("امريكي" in "الامريكيين").
   */
  public String labelOfPrefix(String word, String category) {
    OneWords words = oneWordLabels.get(category);
    if (words == null) {
      return null;
    }
    String label = labelOfPrefix(word, 0, words);
    for (int k = 0; label == null && k < proclitics.size(); k++) {
      String p = proclitics.get(k);
      if (word.length() > p.length() + 1 && word.startsWith(p)) {
        label = labelOfPrefix(word, p.length(), words);
      }
    }
    return label;
  }

  /**
   * The label of the longest one-word phrase of {@code words} that begins {@code word} at {@code
   * from}, at least two letters long, or null. Each prefix is tested by its hash code before it is
   * built: most are no phrase.
   */
  private static String labelOfPrefix(String word, int from, OneWords words) {
    int longest = Math.min(word.length() - from, words.longest());
    if (longest < 2) {
      return null;
    }
    int[] hashes = new int[longest + 1]; // hashes[n]: the hash code of the prefix of n letters
    for (int n = 1; n <= longest; n++) {
      hashes[n] = 31 * hashes[n - 1] + word.charAt(from + n - 1);
    }
    for (int n = longest; n >= 2; n--) {
      if (words.mayHave(hashes[n])) {
        String label = words.labels().get(word.substring(from, from + n));
        if (label != null) {
          return label;
        }
      }
    }
    return null;
  }

  /** Every match of {@code category} in the tokens, left to right, not overlapping. */
  public List<Match> all(List<String> norms, String category) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < norms.size(); ) {
      Match m = at(norms, i, category);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }
}
