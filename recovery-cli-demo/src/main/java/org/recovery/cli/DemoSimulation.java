package org.recovery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.Stores;

/** The demo's simulated journey, run in memory, and the demo database it replaces. */
final class DemoSimulation {
  private DemoSimulation() {}

  /** A simulated journey: what the simulation reports, and its events. */
  record Simulated(Simulation.Result result, List<JourneyEvent> events) {}

  /**
   * Runs the simulation in memory, where each of its commands is quick; the caller then writes the
   * whole journey to the database in one append: the same events, without reading and decrypting
   * the growing history from disk for every command.
   */
  static Simulated simulate(CliContext context, Simulation.Options options) {
    ProgressBar bar = new ProgressBar(context, "Simulating");
    try (CloseableEventStore memory = Stores.inMemory()) {
      Simulation.Result result =
          Simulation.run(memory, options, (day, total) -> bar.update(day + 1L, total));
      bar.finish();
      return new Simulated(
          result, memory.read(result.journey()).stream().map(RecordedEvent::event).toList());
    }
  }

  /** Removes the default demo database's files, to make it again in the other mode. */
  static void removeDemoFiles(DataFiles files) {
    try {
      for (Path file : files.all()) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
          Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
      }
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot replace the demo database " + files.database() + ": " + e.getMessage() + ".", e);
    }
  }
}
