package org.isnad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesPerFailureWithinEqualJitterAndStopsAtTheCap() {
    SplittableRandom r = new SplittableRandom(7);
    Duration initial = Duration.ofMillis(100);
    Duration max = Duration.ofMillis(1000);
    for (int i = 0; i < 100; i++) {
      assertThat(Backoff.delay(1, initial, max, r)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(Backoff.delay(3, initial, max, r)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
      assertThat(Backoff.delay(30, initial, max, r)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
  }

  @Test
  void retryAfterInSecondsOrAsAnHttpDate() {
    ZonedDateTime now = ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    assertThat(Backoff.retryAfter("120", now)).contains(Duration.ofSeconds(120));
    assertThat(Backoff.retryAfter("Wed, 01 May 2024 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
    assertThat(Backoff.retryAfter("Wed, 01 May 2024 11:00:00 GMT", now)).contains(Duration.ZERO);
    assertThat(Backoff.retryAfter("99999999999", now)).contains(Backoff.MAX_RETRY_AFTER);
    assertThat(Backoff.retryAfter("soon", now)).isEmpty();
    assertThat(Backoff.retryAfter(null, now)).isEmpty();
  }
}
