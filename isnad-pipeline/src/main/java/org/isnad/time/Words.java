package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.lang.NumberWords;
import org.isnad.lang.TimeWord;
import org.isnad.lang.TimeWord.Kind;
import org.isnad.model.Token;

/**
 * The tokens of one sentence as the grammar sees them: normalised forms, temporal roles, numbers,
 * month names and the original characters between tokens. Built per call; not shared.
 */
final class Words {

  /** A value read from the tokens {@code [from, next)}. */
  record Hit(long value, int next) {}

  private final String original;
  private final List<Token> tokens;
  private final List<String> norms;
  private final TimeWord[] roles;
  private final Language language;
  /** The numbers read at each token so far, {@link #NO_NUMBER} where none starts: the rules ask again and again. */
  private final Hit[] numbers;
  /**
   * False at a token that starts no time word, number or month name ({@link Language#mayStartTime}):
   * most tokens, which are then answered without look-ups.
   */
  private final boolean[] mayStart;
  /**
   * Per token, whether only spaces stand before it ({@link #joined(int)}): 0 not yet known, 1 no, 2 yes.
   * The rules ask it of the same tokens again and again.
   */
  private final byte[] spaced;
  /** The months named at each token so far, {@link #NO_NUMBER} where none starts: asked by several rules. */
  private final Hit[] months;
  private final Hit[] hijriMonths;
  /** The phrases of {@link #phrases} for this language, read once per sentence when first needed. */
  private String[] phrases;

  /** Marks a token where no number starts. */
  private static final Hit NO_NUMBER = new Hit(0, -1);

  Words(String original, List<Token> tokens, Language language) {
    this.original = original;
    this.tokens = tokens;
    this.language = language;
    this.norms = new ArrayList<>(tokens.size());
    this.roles = new TimeWord[tokens.size()];
    this.numbers = new Hit[tokens.size()];
    this.mayStart = new boolean[tokens.size()];
    this.spaced = new byte[tokens.size()];
    this.months = new Hit[tokens.size()];
    this.hijriMonths = new Hit[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String norm = tokens.get(i).norm();
      norms.add(norm);
      mayStart[i] = language.mayStartTime(norm);
      roles[i] = mayStart[i] ? language.time().word(norm).orElse(null) : null;
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String norm(int i) {
    return i < norms.size() ? norms.get(i) : "";
  }

  /** The temporal role of token {@code i}, or null (also past the end). */
  TimeWord role(int i) {
    return i < roles.length ? roles[i] : null;
  }

  boolean is(int i, Kind kind) {
    TimeWord r = role(i);
    return r != null && r.kind() == kind;
  }

  /** The original characters between token {@code i - 1} and token {@code i}. */
  String gap(int i) {
    return original.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start());
  }

  /**
   * True when a closing bracket, spaces aside, follows token {@code i - 1} (before token {@code i}, or
   * at the end of the sentence's tokens).
   */
  boolean closedBefore(int i) {
    if (i <= 0 || i > size()) {
      return false;
    }
    int at = tokens.get(i - 1).span().end();
    int end = i < size() ? tokens.get(i).span().start() : original.length();
    while (at < end && Character.isWhitespace(original.charAt(at))) {
      at++;
    }
    return at < end && original.charAt(at) == ')';
  }

  /** True when token {@code i} exists and follows the previous one with only spaces between. */
  boolean joined(int i) {
    if (i >= size()) {
      return false;
    }
    byte known = spaced[i];
    if (known == 0) {
      known = scanJoined(i, "") ? (byte) 2 : (byte) 1;
      spaced[i] = known;
    }
    return known == 2;
  }

  /** True when token {@code i} exists and only spaces and {@code allowed} chars precede it. */
  boolean joined(int i, String allowed) {
    return joined(i) || i < size() && scanJoined(i, allowed); // spaces alone are allowed whatever else is
  }

  private boolean scanJoined(int i, String allowed) {
    int end = i == 0 ? 0 : tokens.get(i).span().start();
    for (int at = i == 0 ? 0 : tokens.get(i - 1).span().end(); at < end; at++) {
      char c = original.charAt(at);
      if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when token {@code i}, without its attached conjunction or preposition, has neither the
   * article nor the accusative ending (alif): the bare noun, as "غد" beside the adverb "غدا" and "الغد".
   */
  boolean bareNoun(int i) {
    String n = norm(i);
    int c = Math.min(n.length(), language.time().clitics(n));
    String word = n.substring(c);
    boolean definite = word.startsWith("\u0627\u0644") || c > 0 && n.startsWith("\u0644\u0644", c - 1); // "للغد"
    return !definite && !word.endsWith("\u0627");
  }

  /** The time words of {@code phrases.properties}, by language: half, quarter, counted-from. */
  private static final java.util.Map<Language, String[]> FRACTIONS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The denominator of the fraction word at token {@code i} (2 for "نصف", 4 for "ربع"), written after
   * "و" when {@code conjoined} ("ساعة ونصف"); 0 when it is none.
   */
  int fraction(int i, boolean conjoined) {
    if (i < 0 || i >= size() || role(i) != null) {
      return 0;
    }
    String[] f = phrases();
    String n = norm(i);
    int k = conjoined ? 3 : 0; // the forms after "و" follow the bare ones (see phrases)
    return n.equals(f[k]) ? 2 : n.equals(f[k + 1]) ? 4 : 0;
  }

  /**
   * True when token {@code i} is the preposition that counts a length from an event named after it
   * (the key {@code time.counted_from}: "بعد ثلاثة أيام على الهجوم").
   */
  boolean countedFrom(int i) {
    return i < size() && norm(i).equals(phrases()[2]);
  }

  /** The nouns of {@code time.named_by_date}, by language. */
  private static final java.util.Map<Language, java.util.Set<String>> NAMED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * True when token {@code i} is a noun that names an event or a movement by a date written after it
   * ("هجمات 11 سبتمبر", "قوى 14 آذار", "أحداث سبتمبر"), maybe after an attached و, ف, ب or ل.
   */
  boolean namesByDate(int i) {
    if (i < 0 || i >= size()) {
      return false;
    }
    java.util.Set<String> nouns = NAMED.computeIfAbsent(language, l -> java.util.Set.of(
        l.normalizer().fold(l.phrase("time.named_by_date")).split("\\|")));
    String n = norm(i);
    for (int c = 0; c <= 2 && c < n.length(); c++) {
      if (nouns.contains(n.substring(c))) {
        return true;
      }
      if ("\u0648\u0641\u0628\u0644".indexOf(n.charAt(c)) < 0) {
        return false;
      }
    }
    return false;
  }

  /** True when token {@code i} is a word of {@code time.same_or_one} ("ذات", "نفس"), a clitic و or ف allowed. */
  boolean sameOrOne(int i) {
    if (i < 0 || i >= size()) {
      return false;
    }
    java.util.Set<String> words = SAME.computeIfAbsent(language, l -> java.util.Set.of(
        l.normalizer().fold(l.phrase("time.same_or_one")).split("\\|")));
    String n = norm(i);
    return words.contains(n) || n.length() > 2 && "\u0648\u0641".indexOf(n.charAt(0)) >= 0
        && words.contains(n.substring(1));
  }

  /** True when token {@code i} is the word of {@code time.some} ("ما" in "يوما ما"). */
  boolean some(int i) {
    return i < size() && norm(i).equals(phrases()[5]);
  }

  private static final java.util.Map<Language, java.util.Set<String>> SAME = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The folded phrases half, quarter, counted-from, then half and quarter after "و", and some: folded
   * once per language, looked up once per sentence.
   */
  private String[] phrases() {
    String[] p = phrases;
    if (p == null) {
      p = FRACTIONS.computeIfAbsent(language, Words::readPhrases);
      phrases = p;
    }
    return p;
  }

  private static String[] readPhrases(Language l) {
    String[] p = java.util.stream.Stream.of("time.half", "time.quarter", "time.counted_from")
        .map(k -> l.normalizer().fold(l.phrase(k))).toArray(String[]::new);
    return new String[] {p[0], p[1], p[2], "\u0648" + p[0], "\u0648" + p[1],
        l.normalizer().fold(l.phrase("time.some"))};
  }

  /** True when token {@code i} carries the definite article and is no temporal word. */
  boolean plainDefinite(int i) {
    return joined(i) && role(i) == null && norm(i).startsWith("\u0627\u0644");
  }

  /** The cardinal number starting at token {@code i} (digits or words), or null. */
  Hit number(int i) {
    if (i < 0 || i >= size() || !mayStart[i]) {
      return null;
    }
    Hit h = numbers[i];
    if (h == null) {
      h = readNumber(i);
      numbers[i] = h == null ? NO_NUMBER : h;
    }
    return h == NO_NUMBER ? null : h;
  }

  private Hit readNumber(int i) {
    NumberWords.Reading r = language.numbers().read(norms, i);
    if (r == null || r.form() == NumberWords.Form.DUAL) {
      return null;
    }
    long v = r.form() == NumberWords.Form.VAGUE ? -1 : r.value();
    return new Hit(v, i + r.length());
  }

  /** The Gregorian month named at token {@code i} (one or two words), or null. */
  Hit month(int i) {
    return i < 0 || i >= size() ? name(i, true) : remembered(months, i, true);
  }

  /** The Hijri month named at token {@code i} (one or two words), or null. */
  Hit hijriMonth(int i) {
    return i < 0 || i >= size() ? name(i, false) : remembered(hijriMonths, i, false);
  }

  /** The month named at token {@code i}, read once per token into {@code known}. */
  private Hit remembered(Hit[] known, int i, boolean gregorian) {
    Hit h = known[i];
    if (h == null) {
      h = name(i, gregorian);
      known[i] = h == null ? NO_NUMBER : h;
    }
    return h == NO_NUMBER ? null : h;
  }

  private Hit name(int i, boolean gregorian) {
    if (i >= size() || !mayStart[i] || !(gregorian ? language.months().mayStart(norm(i)) : language.time().mayStartHijriMonth(norm(i)))) {
      return null;
    }
    for (int n = 2; n >= 1; n--) {
      if (i + n > size() || n == 2 && !joined(i + 1)) {
        continue;
      }
      String words = n == 1 ? norm(i) : norm(i) + " " + norm(i + 1);
      var m = gregorian ? language.months().month(words) : language.time().hijriMonth(words);
      if (m.isPresent()) {
        return new Hit(m.getAsInt(), i + n);
      }
    }
    return null;
  }
}
