package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.isnad.model.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The publication-time forms metadata gives: ISO-8601 in its variants and RFC 1123 (RSS). */
class PublishedParserTest {

  private static Published parse(String value) {
    return PublishedParser.parse(value).orElseThrow(() -> new AssertionError("not parsed: '" + value + "'"));
  }

  @Test
  void isoDateIsDateOnlyAtMidnightUtc() {
    Published p = parse("2025-12-14");

    assertThat(p.dateOnly()).isTrue();
    assertThat(p.time()).isEqualTo(OffsetDateTime.of(2025, 12, 14, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 12, 14));
    assertThat(p.iso()).isEqualTo("2025-12-14");
  }

  @Test
  void isoDateTimeKeepsItsOffset() {
    Published p = parse("2025-12-14T09:30:00+03:00");

    assertThat(p.dateOnly()).isFalse();
    assertThat(p.time()).isEqualTo(OffsetDateTime.of(2025, 12, 14, 9, 30, 0, 0, ZoneOffset.ofHours(3)));
    assertThat(p.iso()).isEqualTo("2025-12-14T09:30:00+03:00");
  }

  @Test
  void isoDateTimeWithZIsUtc() {
    Published p = parse("2025-12-14T06:30:00Z");

    assertThat(p.time()).isEqualTo(OffsetDateTime.of(2025, 12, 14, 6, 30, 0, 0, ZoneOffset.UTC));
    assertThat(p.iso()).isEqualTo("2025-12-14T06:30:00Z");
  }

  @Test
  void isoDateTimeWithFractionAndRegionZoneIsTheSameInstant() {
    Published p = parse("2025-12-14T09:30:00.250+03:00[Asia/Damascus]");

    assertThat(p.time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 14, 6, 30, 0, 250_000_000, ZoneOffset.UTC).toInstant());
  }

  @Test
  void localDateTimeIsTakenAsUtc() {
    Published p = parse("2025-12-14T09:30");

    assertThat(p.dateOnly()).isFalse();
    assertThat(p.time()).isEqualTo(OffsetDateTime.of(2025, 12, 14, 9, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void localDateTimeWithASpaceIsTakenAsUtc() {
    assertThat(parse("2025-12-14 09:30:15").time())
        .isEqualTo(OffsetDateTime.of(2025, 12, 14, 9, 30, 15, 0, ZoneOffset.UTC));
  }

  @Test
  void rfc1123WithGmt() {
    Published p = parse("Sun, 14 Dec 2025 09:30:00 GMT");

    assertThat(p.dateOnly()).isFalse();
    assertThat(p.time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 14, 9, 30, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void rfc1123WithNumericOffsetAndOneDigitDay() {
    Published p = parse("Mon, 1 Dec 2025 23:05:00 +0300");

    assertThat(p.time().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 1, 20, 5, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void surroundingWhiteSpaceIsIgnored() {
    assertThat(parse("  2025-12-14\n")).isEqualTo(Published.ofDate(LocalDate.of(2025, 12, 14)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "أمس", "منذ ساعتين", "14/12/2025", "2025-13-01", "2025-12-32",
      "Sun, 14 Dec 2025", "2025-12-14T25:00:00Z", "١٤ ديسمبر ٢٠٢٥", "null"})
  void garbageIsEmpty(String value) {
    assertThat(PublishedParser.parse(value)).isEmpty();
  }
}
