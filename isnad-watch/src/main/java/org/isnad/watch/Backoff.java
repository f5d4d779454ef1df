package org.isnad.watch;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": after the n-th consecutive error the wait is drawn
 * uniformly from [d/2, d] where d = min(max, initial * 2^(n-1)), so that clients that failed together
 * do not come back together. Stateless; the random generator is the caller's.
 */
final class Backoff {

  /** Retry-After is honoured up to this, whatever it says. */
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  private Backoff() {}

  static Duration delay(int failures, Duration initial, Duration max, RandomGenerator random) {
    int n = Math.max(1, Math.min(failures, 40));
    long cap = max.toNanos();
    long d = initial.toNanos();
    for (int i = 1; i < n && d < cap; i++) {
      d = d > cap / 2 ? cap : d * 2;
    }
    d = Math.min(d, cap);
    long half = d / 2;
    return Duration.ofNanos(half + (half == 0 ? 0 : random.nextLong(d - half + 1)));
  }

  /**
   * A {@code Retry-After} header value: delay seconds or an HTTP date, relative to {@code now};
   * empty when absent or unreadable; capped at {@link #MAX_RETRY_AFTER}.
   */
  static Optional<Duration> retryAfter(String value, ZonedDateTime now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Duration d;
    if (v.chars().allMatch(Character::isDigit)) {
      d = v.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(v));
    } else {
      try {
        d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.of(d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }
}
