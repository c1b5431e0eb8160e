package org.recovery.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.recovery.core.testing.MutableClock;

class RepeatedFailuresTest {
  private final MutableClock clock =
      new MutableClock(java.time.Instant.parse("2026-01-05T10:00:00Z"));
  private final RepeatedFailures failures = new RepeatedFailures(clock);

  @Test
  void aFailureRepeatedAThousandTimesIsLoggedOnceThenOnceMoreWithItsCount() {
    int logged = 0;
    for (int i = 0; i < 1_000; i++) {
      if (failures.note(busy()).isPresent()) {
        logged++;
      }
      clock.advance(Duration.ofMillis(10));
    }
    assertThat(logged).isEqualTo(1);
    clock.advance(RepeatedFailures.QUIET);
    assertThat(failures.note(busy())).isEqualTo(OptionalLong.of(999));
    assertThat(failures.note(busy())).isEmpty();
  }

  @Test
  void aDifferentFailureIsLoggedAtOnce() {
    assertThat(failures.note(busy())).isEqualTo(OptionalLong.of(0));
    assertThat(failures.note(new IllegalArgumentException("other"))).isEqualTo(OptionalLong.of(0));
    assertThat(failures.note(busy())).isEmpty();
  }

  private static Exception busy() {
    return new IllegalStateException("database is locked", new RuntimeException("busy"));
  }
}
