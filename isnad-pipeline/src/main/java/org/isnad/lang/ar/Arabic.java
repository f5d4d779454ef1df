package org.isnad.lang.ar;

import java.util.Locale;
import org.isnad.clean.ClutterLexicon;
import org.isnad.lang.Language;
import org.isnad.lang.MonthNames;
import org.isnad.lang.TimeWords;
import org.isnad.text.Stemmer;
import org.isnad.text.TextNormalizer;

/** The Arabic language component. Immutable, built once, shared across threads. */
public final class Arabic implements Language {

  /** The shared instance. */
  public static final Arabic INSTANCE = new Arabic();

  private static final Locale LOCALE = Locale.forLanguageTag("ar");
  private final ClutterLexicon clutter = new ArabicClutterLexicon();
  private final MonthNames months = new ArabicMonths();
  private final TimeWords time = new ArabicTimeWords();

  private Arabic() {}

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
