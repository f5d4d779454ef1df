package org.isnad.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Token;

/**
 * The ledes of the active stories' articles, as word shingles: an article whose own lede
 * repeats most of a member's lede word for word (a copied or lightly rewritten wire lede) belongs to
 * that member's story, however much its other paragraphs (background, reactions) lower its cosine.
 * Only first sentences are compared: background paragraphs that outlets reuse across stories sit
 * after the lede, so they do not count.
 */
final class CopiedLedes {

  /** Words of a shingle. */
  private static final int SHINGLE = 5;
  /** The lede: the article's first sentence, up to this many words. */
  private static final int LEDE_WORDS = 60;
  /** At least this many of the article's lede shingles must be a story's: about 19 words in a row. */
  private static final int MIN_HITS = 15;

  private final Map<Long, Integer> storyOfShingle = new HashMap<>();
  private final Map<Integer, long[]> shinglesOfStory = new HashMap<>();

  /**
   * The story whose members' ledes hold at least {@value #MIN_HITS} of this article's lede shingles
   * (the most, the earliest story on a tie), or -1.
   */
  int storyOf(AnalysedArticle a) {
    long[] lede = ledeShingles(a);
    if (lede.length < MIN_HITS) {
      return -1;
    }
    Map<Integer, Integer> hits = new HashMap<>();
    for (long h : lede) {
      Integer s = storyOfShingle.get(h);
      if (s != null) {
        hits.merge(s, 1, Integer::sum);
      }
    }
    int best = -1;
    int bestHits = 0;
    for (Map.Entry<Integer, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits || e.getValue() == bestHits && e.getKey() < best) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return bestHits >= MIN_HITS ? best : -1;
  }

  /** Records the article's lede as one of {@code story}'s. */
  void add(AnalysedArticle a, int story) {
    long[] lede = ledeShingles(a);
    long[] before = shinglesOfStory.getOrDefault(story, new long[0]);
    long[] all = java.util.Arrays.copyOf(before, before.length + lede.length);
    System.arraycopy(lede, 0, all, before.length, lede.length);
    shinglesOfStory.put(story, all);
    for (long h : lede) {
      storyOfShingle.putIfAbsent(h, story);
    }
  }

  /** Forgets a story that left the window. */
  void remove(int story) {
    long[] mine = shinglesOfStory.remove(story);
    if (mine != null) {
      for (long h : mine) {
        storyOfShingle.remove(h, story);
      }
    }
  }

  /** The hashes of the word shingles of the article's first sentence (its first {@value #LEDE_WORDS} words). */
  static long[] ledeShingles(AnalysedArticle a) {
    List<Token> tokens = a.sentences().isEmpty() ? List.of() : a.tokensOf(a.sentences().get(0));
    int n = Math.min(tokens.size(), LEDE_WORDS);
    long[] out = new long[Math.max(0, n - SHINGLE + 1)];
    int kept = 0;
    for (int i = 0; i + SHINGLE <= n; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + tokens.get(k).norm().hashCode();
      }
      out[kept++] = h ^ (h >>> 29);
    }
    return java.util.Arrays.copyOf(out, kept);
  }
}
