package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a story page shows of an article before it loads the article's text: enough to name it in
 * the story's facts, citations and copy list ("[3] outlet").
 *
 * @param id the article id
 * @param outlet its outlet's name, or null when unknown
 * @param title its title, or null
 * @param published its publication date or time, ISO-8601, or null
 */
public record ArticleCard(String id, String outlet, String title, String published) {
  public ArticleCard {
    requireNonNull(id, "id must not be null");
  }

  /** The card of an article in the report's shape. */
  static ArticleCard of(JsonNode article) {
    return new ArticleCard(article.path("id").asText(), article.path("outlet").textValue(),
        article.path("title").textValue(), article.path("published").textValue());
  }
}
