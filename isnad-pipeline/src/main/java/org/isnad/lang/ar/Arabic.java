package org.isnad.lang.ar;

import java.util.Locale;
import org.isnad.clean.ClutterLexicon;
import org.isnad.lang.Language;
import org.isnad.lang.MonthNames;
import org.isnad.lang.TimeWords;
import org.isnad.lang.WordHashFilter;
import org.isnad.text.Stemmer;
import org.isnad.text.TextNormalizer;

/** The Arabic language component. Immutable, built once, shared across threads. */
public final class Arabic implements Language {

  /** The shared instance. */
  public static final Arabic INSTANCE = new Arabic();

  private static final Locale LOCALE = Locale.forLanguageTag("ar");
  private final ClutterLexicon clutter = new ArabicClutterLexicon();
  private final ArabicMonths months = new ArabicMonths();
  private final ArabicTimeWords time = new ArabicTimeWords();
  /** Every written form that may start a temporal expression in words (see {@link #mayStartTime}). */
  private final WordHashFilter timeStarts = timeStarts(time, months);

  private Arabic() {}

  private static WordHashFilter timeStarts(ArabicTimeWords time, ArabicMonths months) {
    java.util.List<String> forms = new java.util.ArrayList<>(time.surfaceForms());
    forms.addAll(time.hijriFirstWords());
    forms.addAll(months.firstWords());
    forms.addAll(ArabicNumbers.numberStarts());
    return new WordHashFilter(forms);
  }

  /**
   * A word starts a number in digits only when its first char is a digit; any other start is a
   * time word, a number word or a month's first word, all in {@link #timeStarts}.
   */
  @Override
  public boolean mayStartTime(String normalized) {
    return normalized.isEmpty() || Character.isDigit(normalized.charAt(0)) || timeStarts.mayContain(normalized);
  }

  @Override
  public String code() {
    return "ar";
  }

  @Override
  public Locale locale() {
    return LOCALE;
  }

  @Override
  public TextNormalizer normalizer() {
    return ArabicNormalizer.INSTANCE;
  }

  @Override
  public Stemmer stemmer() {
    return ArabicStemmer.INSTANCE;
  }

  @Override
  public ClutterLexicon clutter() {
    return clutter;
  }

  @Override
  public MonthNames months() {
    return months;
  }

  @Override
  public String phrase(String key, Object... args) {
    String pattern = Phrases.PATTERNS.getProperty(key);
    return pattern == null ? key : new java.text.MessageFormat(pattern, LOCALE).format(args);
  }

  @Override
  public org.isnad.lang.PhraseLexicon eventLexicon() {
    return EventWords.LEXICON;
  }

  @Override
  public org.isnad.lang.NumberWords numbers() {
    return ArabicNumbers.INSTANCE;
  }

  @Override
  public TimeWords time() {
    return time;
  }

  @Override
  public java.util.Set<String> titles() {
    return ArabicTitles.TITLES;
  }

  @Override
  public java.util.Set<String> commonWords() {
    return ArabicCommonWords.WORDS;
  }

  @Override
  public java.util.Set<String> referringNouns() {
    return ArabicReferringNouns.NOUNS;
  }

  @Override
  public org.isnad.lang.ClaimWords claims() {
    return ArabicClaimWords.INSTANCE;
  }
}
