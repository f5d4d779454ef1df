package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.Figure;
import org.isnad.model.QuoteMention;
import org.isnad.model.Sentence;

/**
 * The event stage, per article: event mentions with their figures, and quotations with their
 * speakers, sentence by sentence. Runs after the entity and time stages, whose mentions give events
 * their actors, places and dates and quotations their speakers. A figure inside reported words, or
 * before "بحسب X", is on the authority of that speaker.
 *
 * <p>Pure and thread-safe: the result depends only on the article.
 */
public final class EventExtractor {

  private final Language language;
  private final FigureFinder figures;
  private final EventFinder events;

  private EventExtractor(Language language) {
    this.language = language;
    this.figures = new FigureFinder(language.eventLexicon(), language.numbers());
    this.events = new EventFinder(language.eventLexicon());
  }

  public static EventExtractor create(Language language) {
    return new EventExtractor(java.util.Objects.requireNonNull(language, "language must not be null"));
  }

  /** The article with its event mentions and quotations. */
  public AnalysedArticle extract(AnalysedArticle article) {
    QuoteFinder quoteFinder = new QuoteFinder(language.eventLexicon(), language.titles());
    List<EventMention> eventMentions = new ArrayList<>();
    List<QuoteMention> quoteMentions = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.tokenCount() == 0) {
        continue;
      }
      SentenceTokens s = new SentenceTokens(article, sentence, language.eventLexicon());
      List<QuoteMention> quotes = quoteFinder.find(s);
      List<Figure> found = attribute(figures.find(s), quotes);
      eventMentions.addAll(events.find(s, found));
      quoteMentions.addAll(quotes);
    }
    return article.withEvents(eventMentions, quoteMentions);
  }

  /** Each figure on the authority of the quotation whose words contain it, if any. */
  static List<Figure> attribute(List<Figure> found, List<QuoteMention> quotes) {
    List<Figure> out = new ArrayList<>(found.size());
    for (Figure f : found) {
      QuoteMention by = null;
      for (QuoteMention q : quotes) {
        if (q.span().contains(f.span()) && q.speaker() != null) {
          by = q;
        }
      }
      out.add(by == null ? f : f.withAuthority(by.speaker(), by.speakerSpan()));
    }
    return out;
  }
}
