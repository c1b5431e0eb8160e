package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.testing.MutableClock;

class SessionsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
  private final Sessions sessions = new Sessions(clock);
  private final JourneyId journey = JourneyId.random();
  private final PartnerId partner = PartnerId.random();

  @Test
  void aSessionHasRandomUnguessableIdAndToken() {
    Session a = sessions.start(journey, partner);
    Session b = sessions.start(journey, partner);
    assertThat(a.id()).isNotEqualTo(b.id()).matches("[A-Za-z0-9_-]{43}");
    assertThat(a.csrfToken()).isNotEqualTo(a.id()).isNotEqualTo(b.csrfToken());
  }

  @Test
  void everyWayASessionEndsIsToldOnceAndLivenessFollows() {
    java.util.List<String> told = new java.util.ArrayList<>();
    sessions.onEnd(s -> told.add(s.id()));
    PartnerId other = PartnerId.random();
    Session out = sessions.start(journey, partner);
    Session idle = sessions.start(journey, other);
    Session kept = sessions.start(journey, partner);
    Session dropped = sessions.start(journey, partner);

    sessions.end(out.id());
    sessions.end(out.id());
    assertThat(told).containsExactly(out.id());
    assertThat(sessions.endOthers(journey, partner, kept.id())).isEqualTo(1);
    assertThat(told).containsExactly(out.id(), dropped.id());
    assertThat(sessions.live(journey, partner)).isTrue();

    clock.advance(Sessions.IDLE.minusSeconds(60));
    sessions.find(kept.id());
    clock.advance(Duration.ofSeconds(120));
    assertThat(sessions.live(journey, other)).as("expired, not yet swept").isFalse();
    assertThat(sessions.endExpired()).isEqualTo(1);
    assertThat(sessions.endExpired()).isZero();
    assertThat(told).containsExactly(out.id(), dropped.id(), idle.id());
    assertThat(sessions.live(journey)).isTrue();

    sessions.endJourney(journey, partner);
    assertThat(told).containsExactly(out.id(), dropped.id(), idle.id(), kept.id());
    assertThat(sessions.live(journey)).isFalse();
  }

  @Test
  void aSessionEndsAfterHalfAnHourWithoutUse() {
    Session s = sessions.start(journey, partner);
    clock.advance(Sessions.IDLE.minusSeconds(1));
    assertThat(sessions.find(s.id())).isPresent();
    clock.advance(Sessions.IDLE.minusSeconds(1));
    assertThat(sessions.find(s.id())).isPresent();
    clock.advance(Sessions.IDLE);
    assertThat(sessions.find(s.id())).isEmpty();
  }

  @Test
  void noSessionOutlivesItsLifetimeHoweverBusy() {
    Session s = sessions.start(journey, partner);
    for (Duration used = Duration.ZERO;
        used.compareTo(Sessions.LIFETIME) < 0;
        used = used.plusMinutes(20)) {
      assertThat(sessions.find(s.id())).isPresent();
      clock.advance(Duration.ofMinutes(20));
    }
    assertThat(sessions.find(s.id())).isEmpty();
  }

  @Test
  void anEndedOrUnknownSessionIsNotFound() {
    Session s = sessions.start(journey, partner);
    sessions.end(s.id());
    assertThat(sessions.find(s.id())).isEmpty();
    assertThat(sessions.find("made-up")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }
}
