package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A quotation of a story: one article's report of what someone said.
 *
 * @param id stable within the story ({@code S1-Q3})
 * @param speaker the id of the story entity that spoke, or null when not resolved to one
 * @param speakerName the speaker's name (the entity's canonical name, else as written), or null
 * @param verb the reporting verb as written
 * @param text what was said, as written
 * @param source where: the article and the span of {@code text}
 * @param direct true for quoted words
 * @param sourceType what kind of source the speaker is
 * @param chain the media between the article and the speaker, nearest the article first
 * @param group the id shared by the reports of the same statement across articles
 */
public record Quote(String id, String speaker, String speakerName, String verb, String text,
    SourceRef source, boolean direct, SourceType sourceType, List<ChainLink> chain, String group) {

  public Quote {
    requireNonNull(id, "id must not be null");
    requireNonNull(verb, "verb must not be null");
    requireNonNull(text, "text must not be null");
    requireNonNull(source, "source must not be null");
    requireNonNull(sourceType, "sourceType must not be null");
    chain = List.copyOf(chain);
    requireNonNull(group, "group must not be null");
  }
}
