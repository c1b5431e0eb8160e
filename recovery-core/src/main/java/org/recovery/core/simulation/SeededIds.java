package org.recovery.core.simulation;

import java.util.Random;
import java.util.UUID;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.spi.CommandId;

/**
 * Version-4 UUIDs drawn from a seeded generator, so a simulation with the same seed names every
 * journey, partner and entry the same way. Never {@link UUID#randomUUID()}.
 */
final class SeededIds {
  private final Random random;

  SeededIds(long seed) {
    this.random = new Random(seed);
  }

  /** A random (version 4, IETF variant) UUID from the seeded generator. */
  UUID next() {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  JourneyId journey() {
    return new JourneyId(next());
  }

  PartnerId partner() {
    return new PartnerId(next());
  }

  BetrayalId betrayal() {
    return new BetrayalId(next());
  }

  CommitmentId commitment() {
    return new CommitmentId(next());
  }

  CheckInId checkIn() {
    return new CheckInId(next());
  }

  SetbackId setback() {
    return new SetbackId(next());
  }

  BoundaryId boundary() {
    return new BoundaryId(next());
  }

  CommandId command() {
    return new CommandId(next());
  }
}
