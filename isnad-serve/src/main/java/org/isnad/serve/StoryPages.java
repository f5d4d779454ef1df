package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Story pages of an archive that holds stories and articles as JSON trees: a story's articles are
 * the ids of its {@code articles}, looked up one by one. Ids the story names but the archive lacks
 * are left out (and still counted in the total, which is the story's own count).
 */
final class StoryPages {

  private StoryPages() {}

  /** Articles {@code offset..offset+limit-1} of {@code story}, in its order. */
  static Page<JsonNode> articles(JsonNode story, Function<String, Optional<JsonNode>> article, int offset,
      int limit) {
    JsonNode ids = story.path("articles");
    List<JsonNode> items = new ArrayList<>();
    for (int i = offset; i < ids.size() && i < (long) offset + limit; i++) {
      article.apply(ids.get(i).asText()).ifPresent(items::add);
    }
    return new Page<>(ids.size(), offset, items);
  }

  /** The page of {@code story}: a card per article and its first {@code limit} articles. */
  static StoryPage page(JsonNode story, Function<String, Optional<JsonNode>> article, int limit) {
    List<ArticleCard> cards = new ArrayList<>();
    for (JsonNode id : story.path("articles")) {
      article.apply(id.asText()).map(ArticleCard::of).ifPresent(cards::add);
    }
    return new StoryPage(story, cards, articles(story, article, 0, limit));
  }
}
