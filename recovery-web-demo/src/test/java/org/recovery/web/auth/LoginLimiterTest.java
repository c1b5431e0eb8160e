package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recovery.core.testing.MutableClock;

class LoginLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
  private final LoginLimiter limiter = new LoginLimiter(clock, 3, 5, Duration.ofMinutes(15));

  @Test
  void theAccountIsBlockedAtItsLimitUntilTheOldestFailureLeavesTheWindow() {
    limiter.failed("name", "10.0.0.1");
    clock.advance(Duration.ofMinutes(5));
    limiter.failed("name", "10.0.0.2");
    limiter.failed("name", "10.0.0.3");
    assertThat(limiter.blocked("name", "10.0.0.9")).contains(Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.blocked("name", "10.0.0.9")).isEmpty();
  }

  @Test
  void anAddressIsBlockedAtItsLimitWhateverTheNames() {
    for (int i = 0; i < 5; i++) {
      limiter.failed("name" + i, "10.0.0.1");
    }
    assertThat(limiter.blocked("someone-else", "10.0.0.1")).isPresent();
    assertThat(limiter.blocked("someone-else", "10.0.0.2")).isEmpty();
  }

  @Test
  void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
    limiter.failed("name", "10.0.0.1");
    limiter.failed("name", "10.0.0.1");
    limiter.succeeded("name");
    limiter.failed("name", "10.0.0.1");
    limiter.failed("name", "10.0.0.1");
    assertThat(limiter.blocked("name", "10.0.0.2")).isEmpty();
    limiter.failed("other", "10.0.0.1");
    assertThat(limiter.blocked("x", "10.0.0.1")).isPresent();
  }
}
