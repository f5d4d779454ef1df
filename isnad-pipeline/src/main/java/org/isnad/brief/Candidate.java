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
 * that comparing two sentences is a merge of two small arrays.
 */
final class Candidate {

  final AnalysedArticle article;
  final Sentence sentence;
  final int index;
  /** The distinct keys of its words of 3 letters or more, as story-local numbers, ascending. */
  final int[] keys;
  double score;

  Candidate(AnalysedArticle article, Sentence sentence, int index, KeyNumbers dictionary) {
    this.article = article;
    this.sentence = sentence;
    this.index = index;
    List<Token> tokens = article.tokensOf(sentence);
    int[] k = new int[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if (t.key().length() >= 3) {
        k[n++] = dictionary.number(t.key());
      }
    }
    this.keys = distinct(k, n);
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

  String text() {
    return sentence.span().in(article.clean().original()).strip();
  }

  SourceRef ref() {
    return new SourceRef(article.id(), sentence.span());
  }

  int words() {
    return sentence.tokenCount();
  }

  /** Shared keys over the smaller set's size. */
  double overlap(Candidate o) {
    if (keys.length == 0 || o.keys.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < keys.length && j < o.keys.length;) {
      int d = Integer.compare(keys[i], o.keys[j]);
      shared += d == 0 ? 1 : 0;
      i += d <= 0 ? 1 : 0;
      j += d >= 0 ? 1 : 0;
    }
    return (double) shared / Math.min(keys.length, o.keys.length);
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
