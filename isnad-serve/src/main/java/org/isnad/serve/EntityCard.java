package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An entity across the archive: the entities of every story that share its id (the resolver gives
 * one name of one type the same id in every story).
 *
 * @param id the entity id, the same in every story
 * @param type PER, ORG, LOC or MISC
 * @param canonical its canonical name in the story that mentions it most
 * @param mentions its mentions in all stories
 * @param stories the ids of the stories that name it, most mentions first (copied)
 */
public record EntityCard(String id, String type, String canonical, long mentions, List<String> stories) {
  public EntityCard {
    requireNonNull(id, "id must not be null");
    stories = List.copyOf(requireNonNull(stories, "stories must not be null"));
  }
}
