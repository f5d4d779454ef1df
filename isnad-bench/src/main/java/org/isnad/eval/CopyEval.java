package org.isnad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.isnad.lang.Language;
import org.isnad.model.Passage;
import org.isnad.reuse.CopyDetector;
import org.isnad.reuse.CopyText;
import org.isnad.reuse.ReuseFinder;

/**
 * Copy detection on constructed pairs: two documents of real sentences, with a passage of known
 * length taken from the first and planted, lightly edited, at a known offset in the second (a word
 * replaced, dropped or inserted at about one word in twenty-five), plus pairs with nothing planted.
 * A found passage matches the planted one when their spans overlap by at least half (Jaccard of
 * word ranges) on both sides. The pair goes through the whole product path: the fingerprint index
 * selects the candidate, then the aligner finds the passages. Reports passage-level precision, recall, F1 and the mean overlap of
 * matched spans, per length band.
 */
public final class CopyEval {

  /** Figures for one band of passage lengths. */
  public record Band(int minWords, int maxWords, int planted, int found, int matched, double overlap) {
    public double precision() {
      return found == 0 ? 1 : (double) matched / found;
    }

    public double recall() {
      return planted == 0 ? 1 : (double) matched / planted;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "passages %d-%d words: planted %d, found %d, matched %d; precision %.3f"
          + " recall %.3f F1 %.3f; mean span overlap %.3f", minWords, maxWords, planted, found, matched,
          precision(), recall(), f1(), overlap);
    }
  }

  private static final int DOC_WORDS = 300;
  private static final double EDIT_RATE = 0.04;

  private final List<int[]> sentences = new ArrayList<>();
  private final CopyDetector detector;

  public CopyEval(List<List<String>> words, Language language, CopyDetector detector) {
    this.detector = detector;
    for (List<String> s : words) {
      int[] h = new int[s.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = CopyText.hashOf(language.stemmer().key(language.normalizer().fold(s.get(i))));
      }
      sentences.add(h);
    }
  }

  /** {@code pairs} planted pairs (and as many clean pairs) with passages of {@code [min, max]} words. */
  public Band run(int pairs, int min, int max, long seed) {
    Random r = new Random(seed);
    int found = 0;
    int matched = 0;
    double overlap = 0;
    for (int p = 0; p < pairs; p++) {
      int[] a = document(r, 0);
      int[] b = document(r, 1);
      int len = min + r.nextInt(max - min + 1);
      int from = r.nextInt(a.length - len);
      int at = r.nextInt(b.length);
      int[] planted = edit(java.util.Arrays.copyOfRange(a, from, from + len), r);
      int[] b2 = insert(b, planted, at);
      List<Passage> got = throughFinder(CopyText.ofHashes("a", a), CopyText.ofHashes("b", b2));
      found += got.size();
      for (Passage g : got) {
        double ja = jaccard(g.aSpan().start(), g.aSpan().end(), from, from + len);
        double jb = jaccard(g.bSpan().start(), g.bSpan().end(), at, at + planted.length);
        if (ja >= 0.5 && jb >= 0.5) {
          matched++;
          overlap += (ja + jb) / 2;
          break;
        }
      }
      found += throughFinder(CopyText.ofHashes("c", document(r, 0)), CopyText.ofHashes("d", document(r, 1))).size();
    }
    return new Band(min, max, pairs, found, matched, matched == 0 ? 0 : overlap / matched);
  }

  /**
   * The passages the product finds: b added to an archive holding a, so the fingerprint candidate
   * filter is part of what is measured, not only the alignment.
   */
  private List<Passage> throughFinder(CopyText a, CopyText b) {
    ReuseFinder finder = new ReuseFinder(detector);
    finder.add(a, null);
    List<Passage> out = new ArrayList<>();
    finder.add(b, null).forEach(r -> out.addAll(r.passages()));
    return out;
  }

  /**
   * A document of random sentences from one half of the corpus ({@code half} 0: even sentences, 1:
   * odd), so the two sides of a pair share no sentence by chance and every passage found between
   * them is either the planted one or an error.
   */
  private int[] document(Random r, int half) {
    List<Integer> words = new ArrayList<>();
    int halfSize = sentences.size() / 2;
    while (words.size() < DOC_WORDS) {
      for (int w : sentences.get(2 * r.nextInt(halfSize) + half)) {
        words.add(w);
      }
    }
    return words.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Light edits: each word replaced, dropped, or followed by an inserted word, at EDIT_RATE in all. */
  private int[] edit(int[] passage, Random r) {
    List<Integer> out = new ArrayList<>();
    for (int w : passage) {
      double x = r.nextDouble();
      if (x < EDIT_RATE / 3) {
        out.add(randomWord(r));
      } else if (x < 2 * EDIT_RATE / 3) {
        continue;
      } else {
        out.add(w);
        if (x < EDIT_RATE) {
          out.add(randomWord(r));
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private int randomWord(Random r) {
    int[] s = sentences.get(r.nextInt(sentences.size()));
    return s[r.nextInt(s.length)];
  }

  private static int[] insert(int[] doc, int[] passage, int at) {
    int[] out = new int[doc.length + passage.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(passage, 0, out, at, passage.length);
    System.arraycopy(doc, at, out, at + passage.length, doc.length - at);
    return out;
  }

  private static double jaccard(int s1, int e1, int s2, int e2) {
    int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    int union = Math.max(e1, e2) - Math.min(s1, s2);
    return union == 0 ? 0 : (double) inter / union;
  }
}
