package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * The dateline that opens an article body, e.g. {@code دمشق –غرفة الأخبار:}.
 *
 * @param place the place named, as written
 * @param placeSpan where the place is in the original text
 * @param credit the desk or agency named with it (e.g. {@code غرفة الأخبار}, {@code رويترز}), or
 *     empty
 * @param span the whole dateline in the original text
 */
public record Dateline(String place, Span placeSpan, String credit, Span span) {

  public Dateline {
    requireNonNull(place, "place must not be null");
    requireNonNull(placeSpan, "placeSpan must not be null");
    requireNonNull(credit, "credit must not be null");
    requireNonNull(span, "span must not be null");
    if (!span.contains(placeSpan)) {
      throw new IllegalArgumentException("place " + placeSpan + " is outside dateline " + span);
    }
  }
}
