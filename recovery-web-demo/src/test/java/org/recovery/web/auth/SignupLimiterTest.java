package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recovery.core.testing.MutableClock;

class SignupLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

  @Test
  void oneAddressUsingUpItsSignupsLeavesEveryOtherAddressFree() {
    SignupLimiter limiter = SignupLimiter.standard(clock);
    for (int i = 0; i < SignupLimiter.PER_ADDRESS; i++) {
      assertThat(limiter.take("10.0.0.1")).isEmpty();
    }
    assertThat(limiter.take("10.0.0.1")).isPresent();
    for (int other = 2; other < 50; other++) {
      assertThat(limiter.take("10.0.0." + other)).as("address %d", other).isEmpty();
    }
    clock.advance(SignupLimiter.WINDOW);
    assertThat(limiter.take("10.0.0.1")).isEmpty();
  }

  @Test
  void manyAddressesTogetherMeetTheFarHigherOverallLimit() {
    SignupLimiter limiter = new SignupLimiter(clock, 2, 6);
    for (int address = 0; address < 3; address++) {
      assertThat(limiter.take("a" + address)).isEmpty();
      assertThat(limiter.take("a" + address)).isEmpty();
    }
    assertThat(limiter.take("a9"))
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
  }

  @Test
  void aSignupGivenBackCanBeTakenAgain() {
    SignupLimiter limiter = new SignupLimiter(clock, 2, 10);
    limiter.take("x");
    limiter.take("x");
    assertThat(limiter.take("x")).isPresent();
    limiter.giveBack("x");
    assertThat(limiter.take("x")).isEmpty();
  }
}
