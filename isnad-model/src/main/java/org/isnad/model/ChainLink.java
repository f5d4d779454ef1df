package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * One link of a chain of transmission: a medium or speaker through which a statement reached the
 * article ("قناة الإخبارية السورية" in "نقلت قناة الإخبارية السورية عن البابا قوله").
 *
 * @param name as written
 * @param span where it is named
 */
public record ChainLink(String name, Span span) {
  public ChainLink {
    requireNonNull(name, "name must not be null");
    requireNonNull(span, "span must not be null");
  }
}
