package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An article after the text stage: its language, sentences and tokens, all with spans into the
 * original text of {@link #clean()}.
 *
 * @param clean the cleaned article
 * @param language BCP-47 language code ({@code ar}, {@code en}, ...) or {@code und}
 * @param sentences the body's sentences, in order
 * @param tokens the body's tokens, in order
 * @param entities the named-entity mentions (empty until the entity stage has run)
 * @param times the temporal expressions, resolved against the publication date when there is one
 *     (empty until the time stage has run)
 * @param events the event mentions with their figures (empty until the event stage has run)
 * @param quotes the quotations and attributed claims (empty until the event stage has run)
 */
public record AnalysedArticle(
    CleanArticle clean, String language, List<Sentence> sentences, List<Token> tokens,
    List<EntityMention> entities, List<TimeMention> times, List<EventMention> events,
    List<QuoteMention> quotes) {

  public AnalysedArticle {
    requireNonNull(clean, "clean must not be null");
    requireNonNull(language, "language must not be null");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** An article without entity mentions yet. */
  public AnalysedArticle(CleanArticle clean, String language, List<Sentence> sentences, List<Token> tokens) {
    this(clean, language, sentences, tokens, List.of(), List.of(), List.of(), List.of());
  }

  /** A copy with the given entity mentions. */
  public AnalysedArticle withEntities(List<EntityMention> mentions) {
    return new AnalysedArticle(clean, language, sentences, tokens, mentions, times, events, quotes);
  }

  /** A copy with the given temporal expressions. */
  public AnalysedArticle withTimes(List<TimeMention> mentions) {
    return new AnalysedArticle(clean, language, sentences, tokens, entities, mentions, events, quotes);
  }

  /** A copy with the given event mentions and quotations. */
  public AnalysedArticle withEvents(List<EventMention> eventMentions, List<QuoteMention> quoteMentions) {
    return new AnalysedArticle(clean, language, sentences, tokens, entities, times, eventMentions, quoteMentions);
  }

  public String id() {
    return clean.id();
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.firstToken() + s.tokenCount());
  }
}
