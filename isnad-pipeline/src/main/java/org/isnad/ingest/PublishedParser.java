package org.isnad.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.isnad.model.Published;

/**
 * Parses publication times given by metadata: ISO-8601 (date, local date-time, date-time with
 * offset or zone) and RFC 1123 (the RSS form). A local date-time without an offset is taken as UTC.
 * Stateless and thread-safe.
 */
public final class PublishedParser {

  private PublishedParser() {}

  /** The parsed time, or empty when {@code value} is blank or not in a known form. */
  public static Optional<Published> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    for (Parser p : PARSERS) {
      try {
        return Optional.of(p.parse(v));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private interface Parser {
    Published parse(String v);
  }

  private static final Parser[] PARSERS = {
    v -> Published.ofTime(OffsetDateTime.parse(v)),
    v -> Published.ofTime(ZonedDateTime.parse(v).toOffsetDateTime()),
    v -> Published.ofTime(LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC)),
    v -> Published.ofDate(LocalDate.parse(v)),
    v -> Published.ofTime(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()),
  };
}
