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

  private final ShingleStories storyOfShingle = new ShingleStories();
  private final Map<Integer, long[]> shinglesOfStory = new HashMap<>();
  /** The last article whose lede was read, and its shingles: {@link #storyOf} and {@link #add} read the same article. */
  private AnalysedArticle lastArticle;
  private long[] lastLede;

  /**
   * The story whose members' ledes hold at least {@value #MIN_HITS} of this article's lede shingles
   * (the most, the earliest story on a tie), or -1.
   */
  int storyOf(AnalysedArticle a) {
    long[] lede = lede(a);
    if (lede.length < MIN_HITS) {
      return -1;
    }
    int[] hit = new int[lede.length];
    int n = 0;
    for (long h : lede) {
      int s = storyOfShingle.get(h);
      if (s >= 0) {
        hit[n++] = s;
      }
    }
    // sorted, each story's hits are a run: the longest run wins, the first (earliest story) on a tie
    java.util.Arrays.sort(hit, 0, n);
    int best = -1;
    int bestHits = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && hit[j] == hit[i]) {
        j++;
      }
      if (j - i > bestHits) {
        best = hit[i];
        bestHits = j - i;
      }
      i = j;
    }
    return bestHits >= MIN_HITS ? best : -1;
  }

  /** The lede shingles of {@code a}, read once when asked twice in a row. */
  private long[] lede(AnalysedArticle a) {
    if (a != lastArticle) {
      lastLede = ledeShingles(a);
      lastArticle = a;
    }
    return lastLede;
  }

  /** Records the article's lede as one of {@code story}'s. */
  void add(AnalysedArticle a, int story) {
    long[] lede = lede(a);
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

  /**
   * Shingle hashes to story numbers: an open-addressing table of primitive keys (linear probing,
   * deletion by shifting back), so a look-up boxes nothing. Not thread-safe.
   */
  private static final class ShingleStories {
    private long[] keys = new long[1024];
    private int[] stories = empty(1024);
    private int size;

    private static int[] empty(int capacity) {
      int[] s = new int[capacity];
      java.util.Arrays.fill(s, -1);
      return s;
    }

    private int home(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & (keys.length - 1);
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private int find(long key) {
      int mask = keys.length - 1;
      int i = home(key);
      while (stories[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /** The story of {@code key}, or -1. */
    int get(long key) {
      return stories[find(key)];
    }

    void putIfAbsent(long key, int story) {
      int i = find(key);
      if (stories[i] < 0) {
        keys[i] = key;
        stories[i] = story;
        if (++size * 2 > keys.length) {
          grow();
        }
      }
    }

    /** Removes {@code key} if it maps to {@code story}. */
    void remove(long key, int story) {
      int i = find(key);
      if (stories[i] != story || story < 0) {
        return;
      }
      // shift back the entries after i that may not sit after the emptied slot
      int mask = keys.length - 1;
      for (int j = (i + 1) & mask; stories[j] >= 0; j = (j + 1) & mask) {
        int k = home(keys[j]);
        boolean stays = i <= j ? i < k && k <= j : i < k || k <= j;
        if (!stays) {
          keys[i] = keys[j];
          stories[i] = stories[j];
          i = j;
        }
      }
      stories[i] = -1;
      size--;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldStories = stories;
      keys = new long[oldKeys.length * 2];
      stories = empty(oldKeys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldStories[i] >= 0) {
          int j = find(oldKeys[i]);
          keys[j] = oldKeys[i];
          stories[j] = oldStories[i];
        }
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
