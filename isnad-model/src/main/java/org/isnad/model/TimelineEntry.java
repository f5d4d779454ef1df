package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of a story's timeline.
 *
 * @param event the event id
 * @param start first possible day
 * @param end last possible day (inclusive)
 * @param precision how precisely the date is known
 * @param text a source sentence that tells of it
 * @param citations where the sentence and the event's other mentions are
 */
public record TimelineEntry(String event, LocalDate start, LocalDate end, DatePrecision precision, String text,
    List<SourceRef> citations) {
  public TimelineEntry {
    requireNonNull(event, "event must not be null");
    requireNonNull(start, "start must not be null");
    requireNonNull(end, "end must not be null");
    requireNonNull(text, "text must not be null");
    citations = List.copyOf(citations);
  }
}
