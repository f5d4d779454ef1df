package org.isnad.search;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.text.TextAnalyzer;

/**
 * Turns query text into clauses of matching keys: each bare word is a clause of one key, each
 * {@code "quoted phrase"} a clause of its words' keys in order. The words go through the same text
 * stage as articles ({@link TextAnalyzer}), so "بتدمر" and "تدمر" meet at one key exactly as they do
 * in the index. Immutable and thread-safe.
 */
final class QueryKeys {

  private final TextAnalyzer text;

  QueryKeys(TextAnalyzer text) {
    this.text = text;
  }

  /** The clauses of {@code query}; empty when it has no words. */
  List<List<String>> clauses(String query) {
    List<List<String>> out = new ArrayList<>();
    String[] parts = query.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      List<String> keys = keys(parts[i]);
      if (i % 2 == 1 && i < parts.length - 1) {
        if (!keys.isEmpty()) {
          out.add(keys);
        }
      } else {
        keys.forEach(k -> out.add(List.of(k)));
      }
    }
    return out;
  }

  /** The keys of the words of {@code s}, in order. */
  List<String> keys(String s) {
    if (s.isBlank()) {
      return new ArrayList<>();
    }
    CleanArticle c = new CleanArticle("query", "query", s, List.of(new Span(0, s.length())), null, null,
        Outlet.UNKNOWN, null, null, null, List.of(), List.of());
    AnalysedArticle a = text.analyze(c);
    List<String> keys = new ArrayList<>();
    for (Token t : a.tokens()) {
      keys.add(t.key());
    }
    return keys;
  }
}
