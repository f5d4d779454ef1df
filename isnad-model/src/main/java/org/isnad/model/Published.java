package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When an article was published, as precisely as its source says.
 *
 * @param time the instant; when only the day is known, midnight UTC of that day
 * @param dateOnly true when the source gave a day but no time of day
 */
public record Published(OffsetDateTime time, boolean dateOnly) implements Comparable<Published> {

  public Published {
    requireNonNull(time, "time must not be null");
  }

  public static Published ofDate(LocalDate date) {
    return new Published(date.atStartOfDay().atOffset(ZoneOffset.UTC), true);
  }

  public static Published ofTime(OffsetDateTime time) {
    return new Published(time, false);
  }

  public LocalDate date() {
    return time.toLocalDate();
  }

  /** ISO-8601: {@code 2025-12-14} when only the day is known, else {@code 2025-12-14T09:30:00+03:00}. */
  public String iso() {
    return dateOnly
        ? time.toLocalDate().toString()
        : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public int compareTo(Published o) {
    return time.toInstant().compareTo(o.time.toInstant());
  }
}
