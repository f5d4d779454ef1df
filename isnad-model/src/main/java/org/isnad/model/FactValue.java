package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One value reported for a fact, with everything that supports it.
 *
 * @param value the value as text ("3", "2025-12-13", a place's name)
 * @param group who was counted, for figures ("جنديين أميركيين"), or null
 * @param articles the articles that report it
 * @param sources how many independent sources report it (articles of copying outlets count once)
 * @param authority on whose word, when the articles name someone ("الداخلية"); null: the outlets'
 * @param spans where each article says it
 * @param floor whether every report of the value gives it as a floor ("أكثر من عشرة": more than ten;
 *     since 1.11.0)
 */
public record FactValue(String value, String group, List<String> articles, int sources, String authority,
    List<SourceRef> spans, boolean floor) {
  public FactValue {
    requireNonNull(value, "value must not be null");
    articles = List.copyOf(articles);
    spans = List.copyOf(spans);
  }

  /** A value reported as itself, not as a floor. */
  public FactValue(String value, String group, List<String> articles, int sources, String authority,
      List<SourceRef> spans) {
    this(value, group, articles, sources, authority, spans, false);
  }
}
