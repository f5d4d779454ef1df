package org.isnad.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final int MAX_POSTING = 200;

  private final CopyDetector detector;
  private final Map<Integer, int[]> postings = new HashMap<>();
  private final List<CopyText> texts = new ArrayList<>();
  private final List<Published> times = new ArrayList<>();
  private long postingEntries;

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
    int number = texts.size();
    List<Reuse> found = new ArrayList<>();
    for (int earlier : candidates(text, number)) {
      List<Passage> passages = detector.passages(texts.get(earlier), text);
      if (!passages.isEmpty()) {
        found.add(new Reuse(texts.get(earlier).id(), text.id(), direction(times.get(earlier), published), passages));
      }
    }
    texts.add(text);
    times.add(published);
    return found;
  }

  private List<Integer> candidates(CopyText text, int number) {
    List<Integer> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int fp : detector.fingerprints(text)) {
      int[] list = postings.get(fp);
      if (list == null) {
        postings.put(fp, new int[] {1, number});
        postingEntries++;
        continue;
      }
      int size = list[0];
      if (size <= MAX_POSTING) {
        for (int p = 1; p <= size; p++) {
          if (seen.add(list[p])) {
            out.add(list[p]);
          }
        }
      }
      postings.put(fp, append(list, number));
      postingEntries++;
    }
    out.sort(null);
    return out;
  }

  private static int[] append(int[] list, int value) {
    int size = list[0];
    int[] l = size + 1 < list.length ? list : java.util.Arrays.copyOf(list, list.length * 2);
    l[size + 1] = value;
    l[0] = size + 1;
    return l;
  }

  /** Which way text went, from publication times: the earlier article is the source. */
  public static CopyDirection direction(Published a, Published b) {
    if (a == null || b == null || a.compareTo(b) == 0) {
      return CopyDirection.UNKNOWN;
    }
    return a.compareTo(b) < 0 ? CopyDirection.A_TO_B : CopyDirection.B_TO_A;
  }

  /** Approximate bytes of the fingerprint index (the window state of copy detection). */
  public long indexBytes() {
    return postings.size() * 56L + postingEntries * 4L;
  }

  /** Approximate bytes of the kept article words (the archive; a store would hold these). */
  public long archiveBytes() {
    return texts.stream().mapToLong(CopyText::bytes).sum();
  }
}
