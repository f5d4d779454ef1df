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
    this.figures = new FigureFinder(language.eventLexicon(), language.numbers(), language.time(), language.months());
    this.events = new EventFinder(language.eventLexicon(), countries(language));
  }

  /** The gazetteer ids of the bundled gazetteer's countries. */
  private static java.util.Set<String> countries(Language language) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var p : org.isnad.place.Gazetteer.bundled(language).places()) {
      if (p.kind().equals("country")) {
        out.add(p.id());
      }
    }
    return java.util.Set.copyOf(out);
  }

  public static EventExtractor create(Language language) {
    return new EventExtractor(java.util.Objects.requireNonNull(language, "language must not be null"));
  }

  /** The name of the article's outlet, or null when the cleaner found none. */
  private static String ownOutlet(AnalysedArticle article) {
    org.isnad.model.Outlet o = article.clean().outlet();
    return o == null || o.equals(org.isnad.model.Outlet.UNKNOWN) ? null : o.name();
  }

  /** The article with its event mentions and quotations. */
  public AnalysedArticle extract(AnalysedArticle article) {
    List<org.isnad.model.EntityMention> mentions = new ArrayList<>(article.entities());
    mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    QuoteFinder quoteFinder = new QuoteFinder(language.eventLexicon(), language.titles(), language.referringNouns(),
        language.normalizer()::fold, mentions, ownOutlet(article));
    List<EventMention> eventMentions = new ArrayList<>();
    List<QuoteMention> quoteMentions = new ArrayList<>();
    List<org.isnad.model.EntityMention> countryMentions = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    List<List<org.isnad.model.EntityMention>> entities = bySentence(sentences, article.entities(),
        org.isnad.model.EntityMention::span);
    List<List<org.isnad.model.TimeMention>> times = bySentence(sentences, article.times(),
        org.isnad.model.TimeMention::span);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.tokenCount() == 0) {
        continue;
      }
      SentenceTokens s = new SentenceTokens(article, sentence, entities.get(i), times.get(i), language.eventLexicon());
      List<QuoteMention> quotes = quoteFinder.find(s);
      s.sources(quotes);
      List<Figure> found = attribute(figures.find(s), quotes);
      eventMentions.addAll(events.find(s, found, countryMentions));
      quoteMentions.addAll(quotes);
    }
    if (!countryMentions.isEmpty()) {
      // "غارة إسرائيلية": the country an adjective names as a side becomes a place mention of the article
      mentions.addAll(countryMentions);
      mentions.sort(java.util.Comparator.comparing(org.isnad.model.EntityMention::span));
      article = article.withEntities(mentions);
    }
    return article.withEvents(eventMentions, quoteMentions);
  }

  /**
   * The mentions inside each sentence (a mention across a sentence boundary is in none), in one
   * pass over both lists in text order.
   */
  static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> mentions,
      java.util.function.Function<T, org.isnad.model.Span> span) {
    List<T> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(m -> span.apply(m).start()));
    List<List<T>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (Sentence s : sentences) {
      while (next < sorted.size() && span.apply(sorted.get(next)).start() < s.span().start()) {
        next++;
      }
      List<T> inside = new ArrayList<>();
      for (int k = next; k < sorted.size() && span.apply(sorted.get(k)).start() < s.span().end(); k++) {
        if (s.span().contains(span.apply(sorted.get(k)))) {
          inside.add(sorted.get(k));
        }
      }
      out.add(inside);
    }
    return out;
  }

  /**
   * Each figure on the authority of the quotation whose words contain it, if any: the innermost one,
   * when a clause of one speaker stands inside the words of another.
   */
  static List<Figure> attribute(List<Figure> found, List<QuoteMention> quotes) {
    List<Figure> out = new ArrayList<>(found.size());
    for (Figure f : found) {
      QuoteMention by = null;
      for (QuoteMention q : quotes) {
        if (q.span().contains(f.span()) && q.speaker() != null
            && (by == null || q.span().length() <= by.span().length())) {
          by = q;
        }
      }
      out.add(by == null ? f : f.withAuthority(by.speaker(), by.speakerSpan()));
    }
    return out;
  }
}
