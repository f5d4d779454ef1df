package org.isnad.brief;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.SourceRef;
import org.isnad.model.Token;

/** A source sentence the brief may quote: its words' keys, for redundancy and support. */
final class Candidate {

  final AnalysedArticle article;
  final Sentence sentence;
  final int index;
  final Set<String> keys;
  double score;

  Candidate(AnalysedArticle article, Sentence sentence, int index) {
    this.article = article;
    this.sentence = sentence;
    this.index = index;
    Set<String> k = new HashSet<>();
    for (Token t : article.tokensOf(sentence)) {
      if (t.key().length() >= 3) {
        k.add(t.key());
      }
    }
    this.keys = k;
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
    if (keys.isEmpty() || o.keys.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String k : keys) {
      if (o.keys.contains(k)) {
        shared++;
      }
    }
    return (double) shared / Math.min(keys.size(), o.keys.size());
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
