package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * Articles {@code offset} to {@code offset + limit - 1} of a story, in the story's order and in
   * full, with the story's article count as the page's total; empty for an unknown story. Ids the
   * story names but the archive lacks are left out. The articles are to be written as they are: an
   * archive that keeps them as JSON text may hand them over unparsed (raw nodes, whose fields cannot
   * be read; {@link #article} gives an article to read).
   */
  default Optional<Page<JsonNode>> storyArticles(String storyId, int offset, int limit) {
    return story(storyId).map(s -> StoryPages.articles(s, this::article, offset, limit));
  }

  /**
   * What a story's page shows: the story, a card per article and its first {@code limit} articles in
   * full, read at one state; empty for an unknown story.
   */
  default Optional<StoryPage> storyPage(String storyId, int limit) {
    return story(storyId).map(s -> StoryPages.page(s, this::article, limit));
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
    Map<String, JsonNode> first = new LinkedHashMap<>(); // by id: the entity where it is mentioned most
    Map<String, Map<String, Integer>> mentions = new HashMap<>(); // by id: mentions per story
    for (JsonNode story : allStories()) {
      for (JsonNode e : story.path("entities")) {
        String id = e.path("id").asText();
        int n = e.path("mentions").size();
        mentions.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(story.path("id").asText(), n, Integer::sum);
        first.merge(id, e, (a, b) -> b.path("mentions").size() > a.path("mentions").size() ? b : a);
      }
    }
    List<EntityCard> all = new ArrayList<>();
    first.forEach((id, e) -> {
      if (name == null || id.equals(name) || e.path("canonical").asText().contains(name)
          || e.path("aliases").toString().contains(name)) {
        Map<String, Integer> perStory = mentions.get(id);
        List<String> stories = perStory.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        long total = perStory.values().stream().mapToLong(Integer::longValue).sum();
        all.add(new EntityCard(id, e.path("type").asText(), e.path("canonical").asText(), total, stories));
      }
    });
    all.sort(Comparator.comparingLong(EntityCard::mentions).reversed().thenComparing(EntityCard::id));
    int from = Math.min(offset, all.size());
    return new Page<>(all.size(), offset, all.subList(from, Math.min(all.size(), from + limit)));
  }

  /** Outlet names by article id, for exports that name sources ({@code id -> outlet}). */
  Map<String, String> outlets();
}
