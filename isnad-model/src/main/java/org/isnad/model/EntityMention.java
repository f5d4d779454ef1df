package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A mention of a named entity in an article.
 *
 * @param span where the name is in the original text
 * @param type the entity type
 * @param text the name as written
 * @param norm the folded name, proclitics of its first word removed: what resolution compares
 * @param ref the id of a known entity (alias table) or place (gazetteer) it matched, or null
 * @param role the title or role written before the name ("المتحدث باسم وزارة الداخلية"), or null
 * @param roleSpan where the role is, or null
 * @param source how it was found: {@code model}, {@code alias_table}, {@code gazetteer} or {@code rule} (an institution's head noun and its words)
 */
public record EntityMention(Span span, EntityType type, String text, String norm, String ref, String role,
    Span roleSpan, String source) {

  public EntityMention {
    requireNonNull(span, "span must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(text, "text must not be null");
    requireNonNull(norm, "norm must not be null");
    requireNonNull(source, "source must not be null");
  }
}
