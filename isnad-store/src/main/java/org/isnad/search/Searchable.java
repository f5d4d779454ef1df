package org.isnad.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;

/**
 * What a hit shows of an article and what its snippets are cut from, kept compact: title, outlet,
 * date, the original text, and the sentences' spans and the tokens' spans and keys in flat arrays.
 * A decoded {@link AnalysedArticle} is several objects per token (about 100 KB in ten thousand
 * objects); this is a dozen, so a server can keep thousands cached without long collector pauses.
 * Immutable.
 */
public final class Searchable {

  private final String id;
  private final String title;
  private final String outlet;
  private final String published;
  private final String original;
  private final int[] sentences;   // start and end of each sentence, in order
  private final int[] tokens;      // start and end of each token, in order
  private final String keys;       // every token's key, one after another
  private final int[] keyStarts;   // where token i's key starts in keys; one more at the end

  private Searchable(AnalysedArticle a) {
    var c = a.clean();
    this.id = c.id();
    this.title = c.title();
    this.outlet = c.outlet().name();
    this.published = c.published() == null ? null : c.published().iso();
    this.original = c.original();
    this.sentences = spans(a.sentences().stream().map(Sentence::span).toList());
    List<Token> ts = a.tokens();
    this.tokens = spans(ts.stream().map(Token::span).toList());
    StringBuilder all = new StringBuilder();
    this.keyStarts = new int[ts.size() + 1];
    for (int i = 0; i < ts.size(); i++) {
      keyStarts[i] = all.length();
      all.append(ts.get(i).key());
    }
    keyStarts[ts.size()] = all.length();
    this.keys = all.toString();
  }

  /** The parts of {@code a} that search shows. */
  public static Searchable of(AnalysedArticle a) {
    return new Searchable(requireNonNull(a, "a must not be null"));
  }

  private static int[] spans(List<Span> spans) {
    int[] out = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      out[2 * i] = spans.get(i).start();
      out[2 * i + 1] = spans.get(i).end();
    }
    return out;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String outlet() {
    return outlet;
  }

  /** The publication date or time (ISO), or null. */
  public String published() {
    return published;
  }

  String original() {
    return original;
  }

  int tokenCount() {
    return tokens.length / 2;
  }

  int tokenStart(int i) {
    return tokens[2 * i];
  }

  int tokenEnd(int i) {
    return tokens[2 * i + 1];
  }

  /** Whether token {@code i}'s key is {@code key}. */
  boolean keyIs(int i, String key) {
    int start = keyStarts[i];
    return keyStarts[i + 1] - start == key.length() && keys.regionMatches(start, key, 0, key.length());
  }

  int sentenceCount() {
    return sentences.length / 2;
  }

  Span sentence(int i) {
    return new Span(sentences[2 * i], sentences[2 * i + 1]);
  }
}
