package org.isnad.brief;

import java.util.Arrays;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.SourceRef;
import org.isnad.model.Token;

/**
 * A source sentence the brief may quote: its words' keys, for redundancy and support. Keys are
 * numbered per story ({@code dictionary}), and each sentence keeps its distinct numbers sorted, so
 * that comparing two sentences is a merge of two small arrays. The numbers are made when first
 * needed: a story of one article compares only the few sentences the brief tries, and which number
 * a key gets changes no comparison.
 */
final class Candidate {

  final AnalysedArticle article;
  final Sentence sentence;
  final int index;
  private final KeyNumbers dictionary;
  /** The distinct keys of its words of 3 letters or more, as story-local numbers, ascending; null until made. */
  private int[] keys;
  double score;
  /** 0 until known, then 1 when {@link #hasFigures}, else 2. */
  private byte figures;

  Candidate(AnalysedArticle article, Sentence sentence, int index, KeyNumbers dictionary) {
    this.article = article;
    this.sentence = sentence;
    this.index = index;
    this.dictionary = dictionary;
  }

  /** The distinct keys of its words of 3 letters or more, as story-local numbers, ascending. */
  int[] keys() {
    if (keys == null) {
      // the sentence's tokens by index, as tokensOf has them, without a view and its iterator
      List<Token> tokens = article.tokens();
      int[] k = new int[sentence.tokenCount()];
      int n = 0;
      for (int i = sentence.firstToken(), end = i + sentence.tokenCount(); i < end; i++) {
        String key = tokens.get(i).key();
        if (key.length() >= 3) {
          k[n++] = dictionary.number(key);
        }
      }
      keys = distinct(k, n);
    }
    return keys;
  }

  private static int[] distinct(int[] k, int n) {
    Arrays.sort(k, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || k[m - 1] != k[i]) {
        k[m++] = k[i];
      }
    }
    return Arrays.copyOf(k, m);
  }

  /**
   * Whether an event mention with figures of the people it struck (not only of its attackers: "تم
   * تحييد منفذ الهجوم") has its trigger in the sentence; found once.
   */
  boolean hasFigures() {
    if (figures == 0) {
      figures = 2;
      for (org.isnad.model.EventMention e : article.events()) {
        if (sentence.span().contains(e.trigger()) && e.figures().stream().anyMatch(f -> !f.perpetrator())) {
          figures = 1;
          break;
        }
      }
    }
    return figures == 1;
  }

  /** The sentence as quoted, from {@code lead}'s start: its own citation. */
  SourceRef quoted(Lead lead) {
    return new SourceRef(article.id(), lead.of(article, sentence));
  }

  SourceRef ref() {
    return new SourceRef(article.id(), sentence.span());
  }

  int words() {
    return sentence.tokenCount();
  }

  /** Shared keys over the smaller set's size. */
  double overlap(Candidate o) {
    int[] keys = keys();
    int[] oKeys = o.keys();
    if (keys.length == 0 || oKeys.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < keys.length && j < oKeys.length;) {
      int d = Integer.compare(keys[i], oKeys[j]);
      shared += d == 0 ? 1 : 0;
      i += d <= 0 ? 1 : 0;
      j += d >= 0 ? 1 : 0;
    }
    return (double) shared / Math.min(keys.length, oKeys.length);
  }

  static boolean contains(List<Candidate> chosen, Candidate c, double threshold) {
    for (Candidate x : chosen) {
      if (x.overlap(c) >= threshold) {
        return true;
      }
    }
    return false;
  }
}
