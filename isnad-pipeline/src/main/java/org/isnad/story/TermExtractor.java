package org.isnad.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;

/**
 * The terms an article is clustered by: the matching keys of its words, without stop words (Lucene's
 * Arabic stop list, folded and keyed like the text) and one-letter keys, plus its numbers, plus the
 * dateline place. Thread-safe.
 */
final class TermExtractor {

  private final Set<String> stopKeys = new HashSet<>();
  /**
   * Bits of the stop keys' hash codes (which a word's key and form have computed already): most
   * words have no bit set and are no stop word without a look-up.
   */
  private final long[] stopHashes = new long[STOP_BITS / 64];

  private static final int STOP_BITS = 1 << 12;
  private final java.util.function.Predicate<String> broadPlace;
  private final java.util.function.Function<String, String> titlePlace;
  private final Language language;

  private static final String[] NO_WORDS = new String[0];

  /**
   * The words of the article's title, folded: what {@link #titleKeys} and {@link #titlePlaces} read,
   * split and folded once for both.
   */
  String[] foldedTitle(AnalysedArticle a) {
    String title = a.clean().title();
    if (title == null || title.isBlank()) {
      return NO_WORDS;
    }
    String[] words = splitLetters(title);
    for (int i = 0; i < words.length; i++) {
      words[i] = language.normalizer().fold(words[i]);
    }
    return words;
  }

  /**
   * {@code text.split("[^\\p{L}\\p{M}]+")} without a regular expression: the pieces between runs of
   * code points that are neither letters nor marks, with an empty first piece when the text starts
   * with such a run and no empty pieces at the end.
   */
  static String[] splitLetters(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (letterOrMark(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < n && !letterOrMark(cp = text.codePointAt(end))) {
        end += Character.charCount(cp);
      }
      out.add(text.substring(start, i));
      start = end;
      i = end;
    }
    if (out.isEmpty()) {
      return new String[] {text};
    }
    out.add(text.substring(start));
    int k = out.size();
    while (k > 0 && out.get(k - 1).isEmpty()) {
      k--;
    }
    return out.subList(0, k).toArray(new String[0]);
  }

  /** {@link #letterOrMark} of the code points below U+0800 (Latin, Arabic), looked up instead of computed. */
  private static final boolean[] LOW_LETTERS_OR_MARKS = new boolean[0x800];

  static {
    for (int cp = 0; cp < LOW_LETTERS_OR_MARKS.length; cp++) {
      LOW_LETTERS_OR_MARKS[cp] = categoryLetterOrMark(cp);
    }
  }

  /** Whether a code point is a letter or a mark (regex {@code \p{L}} or {@code \p{M}}). */
  private static boolean letterOrMark(int cp) {
    return cp < LOW_LETTERS_OR_MARKS.length ? LOW_LETTERS_OR_MARKS[cp] : categoryLetterOrMark(cp);
  }

  /** {@link #letterOrMark} by the code point's Unicode category. */
  private static boolean categoryLetterOrMark(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  /** The content keys of the title's folded words, in order: the headline names what the story is about. */
  private java.util.List<String> titleKeys(String[] foldedTitle) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String folded : foldedTitle) {
      String key = folded.isEmpty() ? "" : language.stemmer().key(folded);
      if (key.length() >= 2 && !stopKeys.contains(key) && !stopKeys.contains(folded)) {
        out.add(key);
      }
    }
    return out;
  }

  TermExtractor(Language language) {
    this(language, id -> false);
  }

  /**
   * @param broadPlace whether a gazetteer place id is a country or a first-level division (broad, so
   *     not a local anchor)
   */
  TermExtractor(Language language, java.util.function.Predicate<String> broadPlace) {
    this(language, broadPlace, word -> null);
  }

  /**
   * @param titlePlace the gazetteer id of the place a folded one-word name of the title may be, or null
   */
  TermExtractor(Language language, java.util.function.Predicate<String> broadPlace,
      java.util.function.Function<String, String> titlePlace) {
    this.broadPlace = broadPlace;
    this.titlePlace = titlePlace;
    this.language = language;
    CharArraySet stops = ArabicAnalyzer.getDefaultStopSet();
    for (Object o : stops) {
      String w = new String((char[]) o);
      String folded = language.normalizer().fold(w);
      stopKeys.add(folded);
      stopKeys.add(language.stemmer().key(folded));
    }
    for (String k : stopKeys) {
      int b = stopBit(k);
      stopHashes[b >>> 6] |= 1L << b;
    }
  }

  /**
   * Term frequencies of an article: content keys, and pairs of adjacent content keys (names and
   * fixed phrases such as "عين الغزلان" are far more specific than their words).
   */
  Map<String, Integer> terms(AnalysedArticle a) {
    Map<String, Integer> tf = new HashMap<>();
    String previous = null;
    for (Token t : a.tokens()) {
      if (t.kind() == TokenKind.NUMBER) {
        tf.merge("#" + t.norm(), 1, Integer::sum);
        previous = null;
      } else if (isContent(t)) {
        tf.merge(t.key(), 1, Integer::sum);
        if (previous != null) {
          tf.merge(previous + "_" + t.key(), 1, Integer::sum);
        }
        previous = t.key();
      } else {
        previous = null;
      }
    }
    if (a.clean().dateline() != null) {
      tf.merge("@" + a.clean().dateline().place(), 2, Integer::sum);
    }
    java.util.List<String> title = titleKeys(foldedTitle(a));
    for (int i = 1; i < title.size(); i++) {
      tf.merge(title.get(i - 1) + "_" + title.get(i), 1, Integer::sum);
    }
    return tf;
  }

  /** Receives an article's terms as the {@link String#hashCode()} of their text. */
  interface TermSink {
    void accept(int hash);
  }

  /**
   * The same terms as {@link #terms}, one call per occurrence, as the hash codes of their text, composed from
   * their parts' without building the text (equal to the concatenation's).
   */
  void forEachTerm(AnalysedArticle a, TermSink sink) {
    forEachTerm(a, foldedTitle(a), sink);
  }

  /** As {@link #forEachTerm(AnalysedArticle, TermSink)}, given the article's {@link #foldedTitle}. */
  void forEachTerm(AnalysedArticle a, String[] foldedTitle, TermSink sink) {
    String previous = null;
    for (Token t : a.tokens()) {
      if (t.kind() == TokenKind.NUMBER) {
        sink.accept(concatHash("#".hashCode(), t.norm()));
        previous = null;
      } else if (isContent(t)) {
        String key = t.key();
        sink.accept(key.hashCode());
        if (previous != null) {
          sink.accept(concatHash(concatHash(previous.hashCode(), "_"), key));
        }
        previous = key;
      } else {
        previous = null;
      }
    }
    if (a.clean().dateline() != null) {
      int term = concatHash("@".hashCode(), a.clean().dateline().place());
      sink.accept(term);
      sink.accept(term);
    }
    java.util.List<String> title = titleKeys(foldedTitle);
    for (int i = 1; i < title.size(); i++) {
      sink.accept(concatHash(concatHash(title.get(i - 1).hashCode(), "_"), title.get(i)));
    }
  }

  /**
   * The article's anchors, one call per occurrence, as the hash codes of their text: what tells one
   * event from another of the same kind in the same country and week, and what independent reports
   * of one event share whatever their wording. They are the places below a first-level division, by
   * gazetteer id ({@code P:} and the id: towns, camps, sites), places the gazetteer does not know,
   * by folded name ({@code P~}: mostly villages and quarters), and people, by alias-table id or
   * folded name ({@code E:}, {@code E~}); the place of an event mention counts once more.
   *
   * <p>Countries, governorates, organisations, event types and figures are left out: they are
   * shared by the many events of one conflict (and figures differ between the authorities one event's
   * reports quote), so on the labelled set they joined different events more than they joined reports.
   */
  void forEachAnchor(AnalysedArticle a, TermSink sink) {
    forEachAnchor(a, foldedTitle(a), sink);
  }

  /**
   * As {@link #forEachAnchor(AnalysedArticle, TermSink)}, given the article's {@link #foldedTitle}: the
   * hash of each anchor is composed from its prefix's and its text's, without building the anchor.
   */
  void forEachAnchor(AnalysedArticle a, String[] foldedTitle, TermSink sink) {
    forEachAnchorPart(a, foldedTitle, (prefix, text) -> sink.accept(concatHash(prefix.hashCode(), text)));
  }

  /** The anchors of {@link #forEachAnchor} as text, one entry per occurrence. */
  java.util.List<String> anchors(AnalysedArticle a) {
    java.util.List<String> out = new java.util.ArrayList<>();
    forEachAnchorPart(a, foldedTitle(a), (prefix, text) -> out.add(prefix + text));
    return out;
  }

  /** Receives an anchor as its prefix ({@code P:}, {@code P~}, {@code E:}, {@code E~}) and its text. */
  private interface AnchorSink {
    void accept(String prefix, String text);
  }

  /** The anchors of {@link #forEachAnchor}, in order, each as its prefix and text. */
  private void forEachAnchorPart(AnalysedArticle a, String[] foldedTitle, AnchorSink sink) {
    // the place mentions by span, read by the events below only
    Map<org.isnad.model.Span, EntityMention> places = a.events().isEmpty() ? null : new HashMap<>();
    for (EntityMention m : a.entities()) {
      if (!m.norm().isBlank() && anchor(m, sink) && m.type() == EntityType.LOC && places != null) {
        places.put(m.span(), m);
      }
    }
    for (EventMention e : a.events()) {
      EntityMention place = e.place() == null ? null : places.get(e.place());
      if (place != null) {
        anchor(place, sink);
      }
    }
    titlePlaces(foldedTitle, sink);
  }

  /** Gives {@code sink} the anchor of a mention: false when the mention is none. */
  private boolean anchor(EntityMention m, AnchorSink sink) {
    switch (m.type()) {
      case LOC -> {
        if (m.ref() == null) {
          sink.accept("P~", m.norm());
        } else if (broadPlace.test(m.ref())) {
          return false;
        } else {
          sink.accept("P:", m.ref());
        }
      }
      case PER -> sink.accept(m.ref() != null ? "E:" : "E~", m.ref() != null ? m.ref() : m.norm());
      case ORG, MISC -> {
        return false;
      }
    }
    return true;
  }

  /**
   * The local places the headline names by one word ("الأمم المتحدة تدين قصف مستشفى الفاشر"): a follow-up
   * whose body names only the province or a site still shares its town with the first report. Common
   * words and short ones are left out, as they may be places by chance.
   */
  private void titlePlaces(String[] foldedTitle, AnchorSink sink) {
    for (String folded : foldedTitle) {
      if (folded.length() < 4 || language.commonWords().contains(folded)
          || folded.startsWith("ال") && language.commonWords().contains(folded.substring(2))) {
        continue;
      }
      String id = titlePlace.apply(folded);
      if (id != null && !broadPlace.test(id)) {
        sink.accept("P:", id);
      }
    }
  }

  /** The hash code of {@code left + right} from the hash code of {@code left}. */
  static int concatHash(int leftHash, String right) {
    int n = right.length();
    if (n < POW31.length) {
      return leftHash * POW31[n] + right.hashCode();
    }
    int h = leftHash;
    for (int i = 0; i < n; i++) {
      h = 31 * h;
    }
    return h + right.hashCode();
  }

  /** {@code 31} to the power of each short length, in int arithmetic (overflowing as the hash does). */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = 31 * POW31[i - 1];
    }
  }

  /**
   * A token whose key and form are no stop word. The text stage gives a form that is its own key as
   * one string, whose second look-up would only repeat the first.
   */
  private boolean isContent(Token t) {
    String key = t.key();
    String norm = t.norm();
    return key.length() >= 2 && !isStop(key) && (norm == key || !isStop(norm));
  }

  private boolean isStop(String w) {
    return mayBeStop(w) && stopKeys.contains(w);
  }

  /** False when {@code w} is certainly no stop key. */
  private boolean mayBeStop(String w) {
    int b = stopBit(w);
    return (stopHashes[b >>> 6] & 1L << b) != 0;
  }

  private static int stopBit(String w) {
    int h = w.hashCode() * 0x9E3779B9;
    return (h ^ h >>> 16) & (STOP_BITS - 1);
  }
}
