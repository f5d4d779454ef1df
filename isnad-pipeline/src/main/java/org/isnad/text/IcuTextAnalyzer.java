package org.isnad.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;

/**
 * The text stage: each body paragraph is normalised once with its alignment, split into sentences
 * by ICU's sentence break rules for the language, and into words and numbers by {@link WordScanner}
 * (run on the normalised text, whose letters are plain, so diacritics and tatweel never split a
 * word). Token spans are mapped back to the original through the alignment.
 *
 * <p>Thread-safe: ICU break iterators are not, so each call clones its own from a prototype; the
 * word cache is per thread.
 */
final class IcuTextAnalyzer implements TextAnalyzer {

  private final Language language;
  private final BreakIterator sentencePrototype;
  /** {@link #removedMarks}: immutable once made, so shared by all threads. */
  private final BitSet removedMarks;
  /** Word strings and keys are cached per thread: each worker keeps its own, so none is shared. */
  private final ThreadLocal<TokenCache> caches = ThreadLocal.withInitial(TokenCache::new);

  IcuTextAnalyzer(Language language) {
    this.language = java.util.Objects.requireNonNull(language, "language must not be null");
    ULocale locale = ULocale.forLocale(language.locale());
    this.sentencePrototype = BreakIterator.getSentenceInstance(locale);
    this.removedMarks = removedMarks(language);
  }

  @Override
  public AnalysedArticle analyze(CleanArticle article) {
    BreakIterator sentences = (BreakIterator) sentencePrototype.clone();
    WordScanner words = new WordScanner();
    List<Sentence> outSentences = new ArrayList<>();
    List<Token> outTokens = new ArrayList<>();
    String original = article.original();
    for (Span p : article.paragraphs()) {
      AlignedText aligned = language.normalizer().normalize(original, p.start(), p.end());
      segment(aligned, sentences, words, outSentences, outTokens, original, p.end());
    }
    String lang = LanguageIdentifier.identify(original, article.paragraphs());
    return new AnalysedArticle(article, lang, outSentences, outTokens);
  }

  private void segment(AlignedText a, BreakIterator sentences, WordScanner words,
      List<Sentence> outSentences, List<Token> outTokens, String original, int limit) {
    String norm = a.normalized();
    if (norm.isEmpty()) {
      return;
    }
    sentences.setText(norm);
    char[] chars = norm.toCharArray(); // the scanner and the token cache read these, cheaper than the string's
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      for (int from = start, to; from < end; from = to) {
        to = end - from > MAX_SENTENCE ? cut(norm, from) : end;
        int first = outTokens.size();
        tokens(a, chars, from, to, words, outTokens, original, limit);
        Span span = trimmed(a, from, to, original, limit);
        if (span != null) {
          outSentences.add(new Sentence(span, first, outTokens.size() - first));
        }
      }
    }
  }

  /**
   * The longest sentence, in characters: a page that runs on for megabytes without a full stop (a list, a
   * dump of text) is read in pieces of at most this length, so that no later stage, which reads each
   * sentence whole for each of its mentions, spends time on the square of a page. News sentences are
   * far shorter.
   */
  static final int MAX_SENTENCE = 2_000;

  /** Where a piece of an overlong sentence from {@code from} ends: at the last space of its second half, else at the limit. */
  static int cut(String norm, int from) {
    int limit = from + MAX_SENTENCE;
    for (int i = limit; i > from + MAX_SENTENCE / 2; i--) {
      if (Character.isWhitespace(norm.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(norm.charAt(limit)) ? limit - 1 : limit;
  }

  private void tokens(AlignedText a, char[] chars, int from, int to, WordScanner words, List<Token> out,
      String original, int limit) {
    String norm = a.normalized();
    TokenCache cache = caches.get();
    int count = words.scan(chars, from, to);
    for (int k = 0; k < count; k++) {
      if (!words.isNumber(k)) {
        cache.touch(chars, words.start(k), words.end(k));
      }
    }
    for (int k = 0; k < count; k++) {
      int start = words.start(k);
      int end = words.end(k);
      TokenKind kind = words.isNumber(k) ? TokenKind.NUMBER : TokenKind.WORD;
      int slot = kind == TokenKind.WORD ? cache.slot(chars, start, end) : -1;
      String form;
      String key;
      if (slot >= 0 && cache.form(slot) != null) {
        form = cache.form(slot);
        key = cache.key(slot);
      } else {
        form = norm.substring(start, end);
        key = kind == TokenKind.WORD ? language.stemmer().key(form) : form;
        key = key.equals(form) ? form : key;
        if (slot >= 0) {
          cache.put(slot, form, key);
        }
      }
      out.add(new Token(withMarks(a.toOriginal(start, end), original, limit), kind, form, key));
    }
  }

  /** The original span of normalised {@code [start, end)} without surrounding white space, or null. */
  private Span trimmed(AlignedText a, int start, int end, String original, int limit) {
    String norm = a.normalized();
    while (start < end && Character.isWhitespace(norm.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(norm.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    return withMarks(a.toOriginal(start, end), original, limit);
  }

  /**
   * {@code s} extended, up to {@code limit}, over the chars after its last letter that normalisation
   * removes (diacritics, tatweel), so a token's span holds all of its written word.
   */
  private Span withMarks(Span s, String original, int limit) {
    int e = s.end();
    while (e < limit && isRemovedMark(original.charAt(e))) {
      e++;
    }
    return e == s.end() ? s : new Span(s.start(), e);
  }

  private boolean isRemovedMark(char c) {
    return removedMarks.get(c);
  }

  /**
   * The chars that are marks (non-spacing, format, tatweel) which the language's normalisation
   * removes, found once for all chars: asked after every token, they were normalised one by one.
   */
  private static BitSet removedMarks(Language language) {
    BitSet marks = new BitSet(Character.MAX_VALUE + 1);
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int type = Character.getType(c);
      if ((type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == '\u0640')
          && language.normalizer().normalize(String.valueOf(c)).normalized().isEmpty()) {
        marks.set(i);
      }
    }
    return marks;
  }
}
