package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The read side of an archive of analysed articles and stories: everything the server shows. The
 * JSON values have the shapes of {@code report.schema.json} (a story as in the report's {@code
 * stories}, an article as in its {@code articles}, with {@code original} and {@code removed}), so
 * the report's page can render them unchanged. {@link ReportArchive} serves one report file; the
 * durable store implements the same interface.
 *
 * <p>Implementations are thread-safe: the server calls them from many request threads at once, while
 * the archive changes underneath. Each call sees one consistent state; {@link #version()} grows
 * whenever that state changes. Ids that name nothing give an empty result, never an exception.
 */
public interface Archive {

  /** A number that grows every time the archive's content changes; starts at 1. */
  long version();

  /** The report schema version of the JSON this archive hands out (for example {@code "1.4.0"}). */
  String schemaVersion();

  /** Story cards, the most recently updated first. */
  Page<StoryCard> stories(int offset, int limit);

  /** The story, as in the report's {@code stories}. */
  Optional<JsonNode> story(String id);

  /** The article, as in the report's {@code articles} (with {@code original} and {@code removed}). */
  Optional<JsonNode> article(String id);

  /**
   * The articles of a story in the story's order; empty for an unknown story. Ids the story names but
   * the archive lacks are left out.
   */
  default List<JsonNode> storyArticles(String storyId) {
    return story(storyId).map(s -> {
      List<JsonNode> out = new java.util.ArrayList<>();
      for (JsonNode id : s.path("articles")) {
        article(id.asText()).ifPresent(out::add);
      }
      return List.copyOf(out);
    }).orElse(List.of());
  }

  /** Full-text search over the articles' text, with snippets pointing into their originals. */
  SearchResults search(SearchQuery query);

  /**
   * Every story in a stable order, for exports. May be large: callers stream over it once.
   * Each element has the shape of a report story.
   */
  Iterable<JsonNode> allStories();

  /**
   * Entities across the archive, most mentioned first; {@code name} (or null for all) keeps those
   * whose id it is or one of whose canonical names or aliases contains it. This default reads every
   * story; an archive with an index answers it directly.
   */
  default Page<EntityCard> entities(String name, int offset, int limit) {
    java.util.Map<String, long[]> mentions = new java.util.LinkedHashMap<>();
    java.util.Map<String, JsonNode> best = new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, Integer>> stories = new java.util.HashMap<>();
    for (JsonNode story : allStories()) {
      for (JsonNode e : story.path("entities")) {
        String id = e.path("id").asText();
        int n = e.path("mentions").size();
        mentions.computeIfAbsent(id, k -> new long[1])[0] += n;
        stories.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>()).merge(story.path("id").asText(), n, Integer::sum);
        if (!best.containsKey(id) || best.get(id).path("mentions").size() < n) {
          best.put(id, e);
        }
      }
    }
    List<EntityCard> all = new java.util.ArrayList<>();
    for (var m : mentions.entrySet()) {
      JsonNode e = best.get(m.getKey());
      if (name == null || m.getKey().equals(name) || e.path("canonical").asText().contains(name)
          || e.path("aliases").toString().contains(name)) {
        List<String> ids = stories.get(m.getKey()).entrySet().stream()
            .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).map(java.util.Map.Entry::getKey).toList();
        all.add(new EntityCard(m.getKey(), e.path("type").asText(), e.path("canonical").asText(), m.getValue()[0], ids));
      }
    }
    all.sort(java.util.Comparator.comparingLong(EntityCard::mentions).reversed().thenComparing(EntityCard::id));
    return new Page<>(all.size(), offset, all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
  }

  /** Outlet names by article id, for exports that name sources ({@code id -> outlet}). */
  java.util.Map<String, String> outlets();
}
