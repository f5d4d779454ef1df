package org.isnad.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;

/**
 * Where a quoted sentence starts once the words that tie it to the sentence before it in its own
 * article are left out: in a brief or a timeline it stands among other outlets' sentences, where "بدوره،"
 * (in turn), "من جهته،", "في غضون ذلك،" or the conjunction "و" of "وأوضح البابا" refer to nothing. Only
 * such a phrase followed by a comma is left out, or a "و" whose remainder is a reporting verb or one of
 * the language's function words ("وفي أولى عمليات..."); nothing else of the sentence changes, so the
 * text is still the source's characters from the returned offset on.
 *
 * <p>Immutable and thread-safe.
 */
final class Lead {


  private final PhraseLexicon lexicon;
  /** The conjunction a sentence may start with ("و"), folded. */
  private final String and;
  /**
   * Phrases that open a sentence with a comma after them, as folded words, by the first word a sentence
   * opening on them has: the phrase's own first word, and that word after "و". Each list keeps the
   * phrases' order, so the first phrase that opens a sentence is found as by a pass over all of them,
   * without comparing every phrase with every sentence's first word.
   */
  private final Map<String, List<List<String>>> phrasesByFirst = new HashMap<>();
  /** Words a sentence-opening "و" may be left out before, folded. */
  private final Set<String> words = new HashSet<>();
  /** "أن", "إن" with their pronouns and "إلى", folded: what may follow a reporting verb that has no subject. */
  private final Set<String> that = new HashSet<>();
  /** "كان", "كانت": a sentence opening on one of them and "قد" tells what had happened before, folded. */
  private final Set<String> pastVerbs = new HashSet<>();
  /** "قد", folded. */
  private final String already;
  /** How far after the verb "قد" may come ("وكانت وزارة الدفاع التركية قد أعلنت"). */
  private static final int PLUPERFECT_REACH = 8;

  Lead(Language language) {
    this.lexicon = language.eventLexicon();
    this.and = language.normalizer().fold(language.phrase("brief.lead_conjunction"));
    for (String p : language.phrase("brief.lead_phrases").split("\\|")) {
      List<String> phrase = List.of(language.normalizer().fold(p.strip()).split(" +"));
      phrasesByFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
      phrasesByFirst.computeIfAbsent(and + phrase.get(0), k -> new ArrayList<>()).add(phrase);
    }
    for (String w : language.phrase("brief.lead_words").split("\\|")) {
      words.add(language.normalizer().fold(w.strip()));
    }
    for (String w : language.phrase("brief.that_words").split("\\|")) {
      that.add(language.normalizer().fold(w.strip()));
    }
    for (String w : language.phrase("brief.pluperfect_verbs").split("\\|")) {
      pastVerbs.add(language.normalizer().fold(w.strip()));
    }
    this.already = language.normalizer().fold(language.phrase("brief.pluperfect_particle"));
  }

  /**
   * Whether the sentence tells what had happened before the news ("وكانت وزارة الدفاع التركية قد أعلنت
   * في وقت سابق..."; "كان ... قد", the pluperfect): background a brief may give, but not its lede.
   */
  boolean tellsThePast(AnalysedArticle a, Sentence s) {
    List<Token> tokens = a.tokensOf(s);
    int first = phraseLength(tokens, a.clean().original());
    if (tokens.size() < first + 2) {
      return false;
    }
    String verb = tokens.get(first).norm();
    if (!pastVerbs.contains(verb) && !(verb.startsWith(and) && pastVerbs.contains(verb.substring(and.length())))) {
      return false;
    }
    for (int i = first + 1; i < Math.min(tokens.size(), first + 1 + PLUPERFECT_REACH); i++) {
      if (tokens.get(i).norm().equals(already)) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's span from its first word that belongs to what it tells. */
  Span of(AnalysedArticle a, Sentence s) {
    List<Token> tokens = a.tokensOf(s);
    String original = a.clean().original();
    int phrase = phraseLength(tokens, original);
    if (phrase > 0 && phrase < tokens.size()) {
      return new Span(tokens.get(phrase).span().start(), s.span().end());
    }
    if (tokens.size() > 1 && conjoined(tokens.get(0).norm())) {
      int start = afterLetters(original, tokens.get(0).span().start(), and.length());
      return new Span(start, s.span().end());
    }
    return withoutLeadingMarks(original, s.span());
  }

  /**
   * Marks that close or list something and cannot open a sentence: a closing quotation mark the sentence
   * break left at the start of the next sentence ("؟ » لم تتعرض"), a closing bracket, a bullet or an
   * interview's question mark ("> هل أنت"), a comma.
   */
  private static final String LEADING_MARKS = "»”)]>-–—*•#،,";

  private static Span withoutLeadingMarks(String original, Span span) {
    int start = span.start();
    while (start < span.end() && (LEADING_MARKS.indexOf(original.charAt(start)) >= 0
        || Character.isWhitespace(original.charAt(start)))) {
      start++;
    }
    return start == span.start() || start == span.end() ? span : new Span(start, span.end());
  }

  /**
   * Whether the sentence, once its lead is left out, opens on a reporting verb with no speaker after
   * it ("وأضاف “قوات التحالف ...”", "وتابع أن"): it continues a speaker of the sentence before, whom
   * a reader of the brief would not know.
   */
  boolean continuesSpeaker(AnalysedArticle a, Sentence s) {
    List<Token> tokens = a.tokensOf(s);
    int first = phraseLength(tokens, a.clean().original());
    if (tokens.size() < first + 2) {
      return false;
    }
    PhraseLexicon.Match verb = lexicon.at(norms(tokens), first, "reporting");
    if (verb == null || verb.length() != 1) {
      return false;
    }
    String between = a.clean().original().substring(tokens.get(first).span().end(), tokens.get(first + 1).span().start());
    return between.strip().startsWith(":") || between.indexOf('"') >= 0 || between.indexOf('“') >= 0
        || between.indexOf('«') >= 0 || that.contains(tokens.get(first + 1).norm());
  }

  /** The tokens' folded forms, as a view (no copy: every candidate sentence of a story is asked). */
  private static List<String> norms(List<Token> tokens) {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        return tokens.get(i).norm();
      }

      @Override
      public int size() {
        return tokens.size();
      }
    };
  }

  /** How many tokens an opening phrase with a comma right after it takes; 0 when none. */
  private int phraseLength(List<Token> tokens, String original) {
    if (tokens.isEmpty()) {
      return 0;
    }
    for (List<String> p : phrasesByFirst.getOrDefault(tokens.get(0).norm(), List.of())) {
      if (p.size() < tokens.size() && opens(tokens, p) && commaAfter(tokens, p.size() - 1, original)) {
        return p.size();
      }
    }
    return 0;
  }

  /** Whether the tokens start with {@code phrase}, whose first word they have (alone or after "و"). */
  private static boolean opens(List<Token> tokens, List<String> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      if (!tokens.get(i).norm().equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean commaAfter(List<Token> tokens, int last, String original) {
    String between = original.substring(tokens.get(last).span().end(), tokens.get(last + 1).span().start());
    return between.indexOf('،') >= 0 || between.indexOf(',') >= 0;
  }

  /** "وأوضح", "وفي": a conjunction before a reporting verb or a function word. */
  private boolean conjoined(String norm) {
    if (!norm.startsWith(and) || norm.length() < and.length() + 2) {
      return false;
    }
    String rest = norm.substring(and.length());
    if (words.contains(rest)) {
      return true;
    }
    PhraseLexicon.Match m = lexicon.at(List.of(rest), 0, "reporting");
    return m != null && m.length() == 1 && !rest.startsWith(and);
  }

  /** The offset after {@code letters} letters from {@code start} and the marks (diacritics, tatweel) on them. */
  private static int afterLetters(String original, int start, int letters) {
    int i = start;
    for (int n = 0; n < letters; n++) {
      i++;
      while (i < original.length() && (Character.getType(original.charAt(i)) == Character.NON_SPACING_MARK
          || original.charAt(i) == '\u0640')) {
        i++;
      }
    }
    return i;
  }
}
