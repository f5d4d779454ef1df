package org.isnad.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.isnad.model.Token;

/**
 * The words of an analysed article as a Lucene token stream: each term is the text stage's matching
 * key, each offset the word's span in the original text, one position per word. Isnad has already
 * normalised and stemmed the article, so indexing re-analyses nothing and the index agrees with
 * clustering, entities and copy detection on what counts as the same word.
 *
 * <p>The index writer keeps one and gives it each article's words in turn ({@link #words}), which
 * spares making its attributes again for every article.
 */
final class KeyTokenStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private List<Token> words = List.of();
  private int next;

  /** The next article's words, read from the next {@link #reset}. */
  KeyTokenStream words(List<Token> words) {
    this.words = words;
    this.next = 0;
    return this;
  }

  @Override
  public boolean incrementToken() {
    if (next >= words.size()) {
      return false;
    }
    clearAttributes();
    Token t = words.get(next++);
    term.setEmpty().append(t.key());
    offset.setOffset(t.span().start(), t.span().end());
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
