package org.recovery.benchmarks;

import java.time.Instant;
import java.util.List;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/** Realistic journeys to measure with: the core simulation's couple, from a fixed seed. */
final class Histories {
  /** Where every simulated journey starts. */
  static final Instant START = Instant.parse("2025-03-03T18:30:00Z");

  /** The seed of every simulated journey, so each run measures the same events. */
  static final long SEED = 2025;

  private Histories() {}

  /** A simulated journey of {@code months} months: its result and its events. */
  record Simulated(Simulation.Result result, List<JourneyEvent> events) {}

  static Simulated simulate(int months) {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(SEED, months, START));
    return new Simulated(
        result, store.read(result.journey()).stream().map(RecordedEvent::event).toList());
  }
}
