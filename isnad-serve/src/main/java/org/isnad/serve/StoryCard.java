package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the story list shows of one story.
 *
 * @param id the story id
 * @param title the story title (may be empty)
 * @param articles how many articles the story has
 * @param independentSources how many independent sources
 * @param firstSeen the earliest publication time, ISO-8601, or null
 * @param lastSeen the latest publication time, ISO-8601, or null
 * @param outlets the outlets of its articles, first seen first (copied)
 * @param events how many events
 * @param disputed how many facts are disputed
 */
public record StoryCard(String id, String title, int articles, int independentSources, String firstSeen,
    String lastSeen, List<String> outlets, int events, int disputed) {
  public StoryCard {
    requireNonNull(id, "id must not be null");
    title = title == null ? "" : title;
    outlets = List.copyOf(requireNonNull(outlets, "outlets must not be null"));
  }
}
