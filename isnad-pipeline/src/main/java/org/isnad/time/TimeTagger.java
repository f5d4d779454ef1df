package org.isnad.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.TimeMention;

/**
 * Stage 7, time: the temporal expressions of an article body, with TimeML values resolved against
 * the article's date. Pure: results depend only on the article and the dates passed in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface TimeTagger {

  /**
   * All temporal expressions of the article body, in text order, spans into the original text.
   *
   * @param article an article after the text stage; not null
   * @param reference the article's publication date, or null: then relative and underspecified
   *     expressions are anchored and unresolved ({@code XXXX-12-13}) unless the text fixes them
   */
  List<TimeMention> tag(AnalysedArticle article, LocalDate reference);

  /**
   * The article's own date estimated from its text, for articles without a publication date. In
   * order of strength: (1) a date said to be today, or yesterday or tomorrow ("اليوم الأحد 14 من
   * كانون الأول"), moved back by that offset; (2) the latest date written with its weekday ("السبت
   * 13 من كانون الأول"). A full date alone does not date an article (news recalls past dates). A date
   * without a year takes the latest year whose calendar gives that day its weekday, not after
   * {@code notAfter} and not before the latest year the article mentions (capped at {@code
   * notAfter}'s year). Empty when the text fixes no day.
   *
   * @param article an article after the text stage; not null
   * @param notAfter the latest possible date (the run's date); not null
   */
  Optional<LocalDate> inferReference(AnalysedArticle article, LocalDate notAfter);

  /**
   * The article's own day from a relative day written with its weekday ("صباح اليوم الاثنين", "أمس
   * الأحد"), near a known day: the day named is the one with its weekday from five days before
   * {@code around} to the day after it, and the article's day as far from it as written (a day after it
   * for "أمس الأحد").
   * Weaker than {@link #inferReference}: only for an undated article of a story whose date is known
   * (a weekday alone cannot say which week). Empty when the text writes no such day.
   *
   * @param around the day near which the article's days fall (its story's date); not null
   */
  default Optional<LocalDate> weekdayReference(AnalysedArticle article, LocalDate around) {
    return Optional.empty();
  }

  /**
   * {@link #tag} against the date {@link #inferReference} finds, for an article without a
   * publication date; implementations may read the text once for both.
   */
  default List<TimeMention> tagUndated(AnalysedArticle article, LocalDate notAfter) {
    return tag(article, inferReference(article, notAfter).orElse(null));
  }

  static TimeTagger create(Language language) {
    return new RuleTimeTagger(language);
  }
}
