package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An entity of a story: its mentions across the story's articles, merged across spellings.
 *
 * @param id stable id within the report ({@code e} + number, or the alias table's id when known)
 * @param type the entity type
 * @param canonical the canonical name
 * @param aliases every distinct way the story's articles write it
 * @param roles the titles and roles the articles give it
 * @param mentions where it is mentioned
 * @param geo where it is, for places that could be placed; null otherwise
 */
public record Entity(String id, EntityType type, String canonical, List<String> aliases, List<String> roles,
    List<Mention> mentions, Geo geo) {

  /** One mention of the entity. */
  public record Mention(String article, Span span, String text) {
    public Mention {
      requireNonNull(article, "article must not be null");
      requireNonNull(span, "span must not be null");
      requireNonNull(text, "text must not be null");
    }
  }

  public Entity {
    requireNonNull(id, "id must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(canonical, "canonical must not be null");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
