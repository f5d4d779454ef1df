package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A story: the articles that tell of the same events, and what is known of how they relate.
 *
 * @param id stable id of the story
 * @param title chosen from its members' titles (the most representative), or from a lead sentence
 * @param articles member article ids, in arrival order
 * @param firstSeen the earliest publication time of a member, or null when none has one
 * @param lastSeen the latest publication time of a member, or null
 * @param reuse copied passages between pairs of articles (members, or a member and an earlier
 *     article of another story, for wire copy)
 * @param independentSources how many outlets the story has once copying is discounted (see {@code
 *     docs/STORIES.md})
 * @param sourceGroups the outlets grouped by copying: each group counts as one independent source
 * @param entities the story's entities, mentions merged across articles and spellings
 * @param events the story's events, mentions merged across articles
 * @param quotes the story's quotations, grouped across articles
 * @param facts per event and slot, what each source says and whether they agree
 * @param brief the consolidated brief, every sentence cited
 * @param timeline the dated events in order, each cited
 */
public record Story(String id, String title, List<String> articles, Published firstSeen,
    Published lastSeen, List<Reuse> reuse, int independentSources, List<List<String>> sourceGroups,
    List<Entity> entities, List<Event> events, List<Quote> quotes, List<Fact> facts,
    List<BriefSentence> brief, List<TimelineEntry> timeline) {

  public Story {
    requireNonNull(id, "id must not be null");
    articles = List.copyOf(articles);
    reuse = List.copyOf(reuse);
    sourceGroups = sourceGroups.stream().map(List::copyOf).toList();
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    facts = List.copyOf(facts);
    brief = List.copyOf(brief);
    timeline = List.copyOf(timeline);
  }
}
