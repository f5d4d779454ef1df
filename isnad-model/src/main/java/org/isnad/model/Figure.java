package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A number of people killed, wounded, arrested, abducted or missing, as one sentence of one article
 * reports it.
 *
 * @param kind what is counted
 * @param value how many; for a vague amount, the least it says (see {@code vague})
 * @param vague true for amounts like "عشرات" or "عدد من", coded by the least they say (20, and 10 as
 *     ACLED codes "several")
 * @param perpetrator true when the people counted are the attackers ("المهاجم الذي قُتل"), who
 *     are never counted among the victims
 * @param group who was counted, as written ("جنديين أميركيين ومترجم مدني"), or null
 * @param span the whole figure: the casualty word, the number and the group
 * @param authority on whose word the article gives the figure ("الداخلية", "سنتكوم"), or null when
 *     the outlet gives it on its own authority
 * @param authoritySpan where the authority is named, or null
 */
public record Figure(FigureKind kind, long value, boolean vague, boolean perpetrator, String group,
    Span span, String authority, Span authoritySpan) {

  public Figure {
    requireNonNull(kind, "kind must not be null");
    requireNonNull(span, "span must not be null");
    if (value < 0) {
      throw new IllegalArgumentException("negative figure " + value);
    }
  }

  /** A copy attributed to {@code authority}. */
  public Figure withAuthority(String name, Span where) {
    return new Figure(kind, value, vague, perpetrator, group, span, name, where);
  }
}
