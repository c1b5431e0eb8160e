package org.recovery.core.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulation's own time: it only moves when the simulation moves it, never backwards, and never
 * reads the system clock.
 */
final class SimulatedClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  SimulatedClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves to {@code instant}, or a minute on if that is not later than now. */
  void moveTo(Instant instant) {
    now = instant.isAfter(now) ? instant : now.plus(Duration.ofMinutes(1));
  }

  /** Moves a minute on: each simulated action takes a moment. */
  void tick() {
    now = now.plus(Duration.ofMinutes(1));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(now, other);
  }
}
