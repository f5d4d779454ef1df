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

  /**
   * ACLED's {@code sub_event_type} of this event, or null. A protest is coded by what was done to it:
   * "Excessive force against protesters" when a report counts people killed, "Protest with
   * intervention" when one counts wounded or arrested (dispersal by force), else "Peaceful protest".
   * Other types have one sub-type ({@link EventType#acledSubEventType()}).
   */
  public String acledSubEventType() {
    if (type != EventType.PROTEST) {
      return type.acledSubEventType();
    }
    boolean killed = false;
    boolean intervention = false;
    for (FigureReport r : figures) {
      Figure f = r.figure();
      if (f.perpetrator() || f.value() == 0) {
        continue;
      }
      killed |= f.kind() == FigureKind.KILLED;
      intervention |= f.kind() == FigureKind.WOUNDED || f.kind() == FigureKind.ARRESTED;
    }
    return killed ? "Excessive force against protesters" : intervention ? "Protest with intervention"
        : type.acledSubEventType();
  }
}
