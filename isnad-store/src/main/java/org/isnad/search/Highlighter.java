package org.isnad.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.isnad.model.Span;

/**
 * Marks the query's words and phrases in an article, on the article's own tokens ({@link
 * Searchable}, the compact form of its analysis): a token matches
 * when its key is a query key, a phrase when its keys follow one another; the marks are the tokens'
 * spans, so they point at the original characters whatever the normalisation folded. Snippets are
 * the sentences with the most marks (at most {@link #MAX_SNIPPETS}), cut to {@link #MAX_CHARS}
 * around their first mark. Stateless.
 */
final class Highlighter {

  static final int MAX_SNIPPETS = 3;
  static final int MAX_CHARS = 320;

  private Highlighter() {}

  static List<Snippet> snippets(Searchable a, List<List<String>> clauses) {
    List<Span> marks = marks(a, clauses);
    if (marks.isEmpty()) {
      return List.of();
    }
    TreeMap<Integer, List<Span>> bySentence = new TreeMap<>();
    for (Span m : marks) {
      bySentence.computeIfAbsent(sentenceOf(a, m), k -> new ArrayList<>()).add(m);
    }
    List<Integer> best = new ArrayList<>(bySentence.keySet());
    best.sort(Comparator.comparingInt((Integer s) -> -bySentence.get(s).size()).thenComparing(s -> s));
    List<Snippet> out = new ArrayList<>();
    for (int s : best.subList(0, Math.min(MAX_SNIPPETS, best.size())).stream().sorted().toList()) {
      out.add(snippet(a, s, bySentence.get(s)));
    }
    return out;
  }

  /** The spans of matched words and phrases, in text order. */
  static List<Span> marks(Searchable a, List<List<String>> clauses) {
    List<Span> marks = new ArrayList<>();
    List<String> single = clauses.stream().filter(c -> c.size() == 1).map(c -> c.get(0)).distinct().toList();
    int covered = -1;
    for (int i = 0; i < a.tokenCount(); i++) {
      if (a.tokenStart(i) < covered) {
        continue;
      }
      if (isAny(a, i, single)) {
        marks.add(new Span(a.tokenStart(i), a.tokenEnd(i)));
        continue;
      }
      for (List<String> phrase : clauses) {
        if (phrase.size() > 1 && startsAt(a, i, phrase)) {
          covered = a.tokenEnd(i + phrase.size() - 1);
          marks.add(new Span(a.tokenStart(i), covered));
          break;
        }
      }
    }
    return marks;
  }

  private static boolean isAny(Searchable a, int i, List<String> keys) {
    for (String k : keys) {
      if (a.keyIs(i, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(Searchable a, int i, List<String> phrase) {
    if (i + phrase.size() > a.tokenCount()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!a.keyIs(i + k, phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the sentence holding {@code m}, or -1 (title, or between sentences). */
  private static int sentenceOf(Searchable a, Span m) {
    for (int i = 0; i < a.sentenceCount(); i++) {
      Span s = a.sentence(i);
      if (s.start() <= m.start() && m.end() <= s.end()) {
        return i;
      }
    }
    return -1;
  }

  private static Snippet snippet(Searchable a, int sentence, List<Span> marks) {
    String original = a.original();
    Span whole = sentence >= 0 ? a.sentence(sentence) : marks.get(0);
    int first = marks.get(0).start();
    int start = Math.max(whole.start(), Math.min(first - MAX_CHARS / 3, whole.end() - MAX_CHARS));
    int end = Math.min(whole.end(), start + MAX_CHARS);
    start = Math.max(whole.start(), Math.min(start, first));
    int from = start;
    int to = Math.max(end, marks.get(0).end());
    List<Span> inside = marks.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    return new Snippet(new Span(from, to), original.substring(from, to), inside);
  }
}
