package org.isnad.reuse;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.CopyDirection;
import org.isnad.model.Passage;
import org.isnad.model.Published;
import org.isnad.model.Reuse;

/**
 * Finds, for each new article, the earlier articles it shares copied passages with. Candidates come
 * from an inverted index of winnowed fingerprints, so an article is aligned only with the few
 * articles that share a fingerprint with it, never with the whole archive; fingerprints shared by
 * too many articles (stock phrases) select nothing.
 *
 * <p>Stateful (archive level) and not thread-safe.
 */
public final class ReuseFinder {

  /** A fingerprint shared by more articles than this is a stock phrase, not evidence of copying. */
  private static final int MAX_POSTING = 64;

  /**
   * Candidates share at least this many fingerprints: an exact run of {@code 2 * window + shingle -
   * 1} words always gives two, and a chance phrase in common rarely does.
   */
  private static final int MIN_SHARED = 2;

  /**
   * Only the most recent articles of a fingerprint's list are looked at: copies cluster in time, and
   * since dependence between sources is transitive, linking a copy to a recent copy is enough.
   */
  private static final int RECENT = 16;

  /** At most this many candidates, those sharing the most fingerprints, are aligned. */
  private static final int MAX_CANDIDATES = 24;

  private final CopyDetector detector;
  private final Postings postings = new Postings();
  private final List<CopyText> texts = new ArrayList<>();
  private final List<Published> times = new ArrayList<>();
  private long postingEntries;
  private long alignments;

  public ReuseFinder(CopyDetector detector) {
    this.detector = java.util.Objects.requireNonNull(detector, "detector must not be null");
  }

  /**
   * Adds an article and returns its reuse with earlier articles: {@code a} is the earlier article,
   * {@code b} the new one.
   *
   * @param text the article's words
   * @param published its publication time, or null
   */
  public List<Reuse> add(CopyText text, Published published) {
    return align(addLater(text, published));
  }

  /**
   * Adds an article like {@link #add} but leaves its alignment for later ({@link #align}): the
   * fingerprint index and the candidates are the same, only the costly comparison of words waits,
   * so a replay of a stored archive aligns only the articles whose stories are built again.
   */
  public Deferred addLater(CopyText text, Published published) {
    int number = texts.size();
    List<Integer> earlier = candidates(text, number);
    texts.add(text);
    times.add(published);
    return new Deferred(number, earlier);
  }

  /** An article added without its alignment: its number, and the earlier articles to align it with. */
  public record Deferred(int article, List<Integer> candidates) {
    public Deferred {
      candidates = List.copyOf(candidates);
    }
  }

  /** The reuse of a deferred article with its candidates, as {@link #add} would have returned it. */
  public List<Reuse> align(Deferred d) {
    CopyText text = texts.get(d.article());
    List<Reuse> found = new ArrayList<>();
    CopyDetector.Prepared prepared = null;
    for (int earlier : d.candidates()) {
      prepared = prepared == null ? detector.prepare(text) : prepared;
      List<Passage> passages = prepared.passagesFrom(texts.get(earlier));
      alignments++;
      if (!passages.isEmpty()) {
        found.add(new Reuse(texts.get(earlier).id(), text.id(), direction(times.get(earlier), times.get(d.article())),
            passages));
      }
    }
    return found;
  }

  /**
   * Earlier articles with at least two fingerprints in common on one diagonal: two shared
   * fingerprints whose offsets differ by the same amount in both texts (within the drift a passage
   * may have), at least {@link #MIN_SPREAD} and at most {@link #NEAR} words apart, as a copied
   * passage gives and a phrase shared by chance does not. Records this article's fingerprints. A fingerprint whose list grows past {@link
   * #MAX_POSTING} becomes a stop fingerprint: it selects nothing and is no longer extended.
   */
  private List<Integer> candidates(CopyText text, int number) {
    long[] hits = new long[64];
    int n = 0;
    for (long f : detector.fingerprintPositions(text)) {
      int fp = (int) (f >>> 32);
      int position = (int) f;
      int slot = postings.find(fp);
      int[] list = postings.at(slot);
      if (list == null) {
        postings.set(slot, fp, new int[] {1, number, position, 0});
        postingEntries++;
      } else if (list != STOP) {
        int size = list[0];
        if (n + size > hits.length) {
          hits = java.util.Arrays.copyOf(hits, Math.max(hits.length * 2, n + size));
        }
        for (int p = Math.max(0, size - RECENT); p < size; p++) {
          if (list[1 + 2 * p] != number) {
            hits[n++] = hit(list[1 + 2 * p], list[2 + 2 * p], position);
          }
        }
        postings.set(slot, fp, size + 1 > MAX_POSTING ? STOP : append(list, number, position));
        postingEntries += size + 1 > MAX_POSTING ? -size : 1;
      }
    }
    return onOneDiagonal(hits, n);
  }

  /** A hit packed to sort by article: article, then diagonal (shifted positive), then position. */
  private static long hit(int article, int earlierPosition, int position) {
    long diagonal = (long) position - earlierPosition + (1 << 20);
    return ((long) article << 42) | (diagonal << 21) | (position & 0x1FFFFF);
  }

  /** A fingerprint too common to be evidence. */
  private static final int[] STOP = new int[0];

  /** The articles with two hits near one diagonal, most hits first, at most MAX_CANDIDATES. */
  private List<Integer> onOneDiagonal(long[] hits, int n) {
    java.util.Arrays.sort(hits, 0, n);
    // each candidate as (hits << 32 | article): sorted, the last are the most hits, the latest article first on a tie
    long[] counted = new long[n];
    int m = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      long article = hits[i] >>> 42;
      while (j < n && hits[j] >>> 42 == article) {
        j++;
      }
      if (j - i >= MIN_SHARED && twoOnADiagonal(hits, i, j)) {
        counted[m++] = (long) (j - i) << 32 | article;
      }
      i = j;
    }
    java.util.Arrays.sort(counted, 0, m);
    int[] kept = new int[Math.min(MAX_CANDIDATES, m)];
    for (int c = 0; c < kept.length; c++) {
      kept[c] = (int) counted[m - 1 - c];
    }
    java.util.Arrays.sort(kept);
    List<Integer> out = new ArrayList<>(kept.length);
    for (int article : kept) {
      out.add(article);
    }
    return out;
  }

  /** Whether two of the hits {@code [from, to)} (sorted by diagonal) are near one diagonal and each other. */
  private boolean twoOnADiagonal(long[] hits, int from, int to) {
    for (int a = from; a < to; a++) {
      for (int b = a + 1; b < to; b++) {
        long da = (hits[a] >>> 21) & 0x1FFFFF;
        long db = (hits[b] >>> 21) & 0x1FFFFF;
        if (db - da > DIAGONAL_SLACK) {
          break;
        }
        long pa = hits[a] & 0x1FFFFF;
        long pb = hits[b] & 0x1FFFFF;
        long spread = Math.abs(pb - pa);
        if (spread >= MIN_SPREAD && spread <= NEAR) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far apart two fingerprint diagonals may be and still belong to one passage. */
  private static final int DIAGONAL_SLACK = 12;

  /** How far apart, in words, two fingerprints of one passage may be. */
  private static final int NEAR = 60;

  /**
   * How far apart two fingerprints must be to show more than a stock phrase: further than the
   * longest formula news text repeats ("وقال المتحدث باسم وزارة الداخلية إن").
   */
  private static final int MIN_SPREAD = 8;

  private static int[] append(int[] list, int article, int position) {
    int size = list[0];
    int[] l = 2 * size + 2 < list.length ? list : java.util.Arrays.copyOf(list, list.length * 2);
    l[1 + 2 * size] = article;
    l[2 + 2 * size] = position;
    l[0] = size + 1;
    return l;
  }

  /**
   * Which way text went, from publication times: the earlier article is the source. A day without a
   * time of day on the same day as the other's time tells nothing (midnight is no publication time).
   */
  public static CopyDirection direction(Published a, Published b) {
    if (a == null || b == null || a.compareTo(b) == 0
        || (a.dateOnly() || b.dateOnly()) && a.date().equals(b.date())) {
      return CopyDirection.UNKNOWN;
    }
    return a.compareTo(b) < 0 ? CopyDirection.A_TO_B : CopyDirection.B_TO_A;
  }

  /** How many candidate pairs were aligned so far. */
  public long alignments() {
    return alignments;
  }

  /** Approximate bytes of the fingerprint index (the window state of copy detection). */
  public long indexBytes() {
    return postings.size() * 12L * 2 + postingEntries * 8L + postings.size() * 16L;
  }

  /** Approximate bytes of the kept article words (the archive; a store would hold these). */
  public long archiveBytes() {
    return texts.stream().mapToLong(CopyText::bytes).sum();
  }
}
