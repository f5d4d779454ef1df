package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the page of one story shows, read at one state of the archive: the story, a card for each of
 * its articles, and the first of its articles in full.
 *
 * @param story the story as in the report's {@code stories}, to be written as it is: an archive that
 *     keeps stories as JSON text may hand it over unparsed (a raw node), so read a story's fields
 *     through {@link Archive#story} instead
 * @param sources a card per article of the story, in the story's order (copied)
 * @param articles the first articles of the story in full, with the story's article count as total;
 *     to be written as they are, like the story (read an article's fields through {@link Archive#article})
 */
public record StoryPage(JsonNode story, List<ArticleCard> sources, Page<JsonNode> articles) {
  public StoryPage {
    requireNonNull(story, "story must not be null");
    sources = List.copyOf(requireNonNull(sources, "sources must not be null"));
    requireNonNull(articles, "articles must not be null");
  }
}
