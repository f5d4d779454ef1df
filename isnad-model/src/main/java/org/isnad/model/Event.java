package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One real event of a story, merged from its mentions in the story's articles.
 *
 * @param id stable within the story ({@code S1-E2})
 * @param type what happened (the most specific type its mentions give)
 * @param start the first day it may have happened on, or null when no mention dates it
 * @param end the last day (inclusive), or null
 * @param precision how precisely {@code start..end} is known, or null
 * @param place the id of the story entity where it happened, or null
 * @param actor1 the id of the story entity that acted, or null
 * @param actor2 the id of the story entity acted upon, or null
 * @param figures every figure reported for it, by article
 * @param mentions the sentences it was built from: (article, trigger span)
 */
public record Event(String id, EventType type, LocalDate start, LocalDate end,
    DatePrecision precision, String place, String actor1, String actor2, List<FigureReport> figures,
    List<SourceRef> mentions) {

  public Event {
    requireNonNull(id, "id must not be null");
    requireNonNull(type, "type must not be null");
    figures = List.copyOf(figures);
    mentions = List.copyOf(mentions);
  }
}
