package org.recovery.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.Stores;

/**
 * What one command costs end to end through {@link Journeys}: decide, encrypt, append durably.
 * {@code memory} (the in-memory store) is the baseline; {@code sqlite} is the embedded default
 * (WAL, synchronous=FULL, AES-GCM per event); {@code postgres} is the PostgreSQL store on a server
 * that flushes every commit ({@link BenchPostgres}: {@code fsync=on}, {@code
 * synchronous_commit=on}, unlike the tests' embedded server). Report {@code sqlite} and {@code
 * postgres} as ratios to {@code memory}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBenchmark {
  /** Which store: {@code memory}, {@code sqlite} or {@code postgres}. */
  @Param({"memory", "sqlite", "postgres"})
  public String store;

  private Path folder;
  private CloseableEventStore closeable;
  private BenchPostgres server;
  private Journeys journeys;
  private JourneyId journey;
  private Partner sam;
  private LocalDate today;

  /** Opens the store. */
  @Setup(Level.Trial)
  public void open() throws IOException {
    Clock clock = Clock.fixed(Histories.START, ZoneId.of("Europe/London"));
    if (store.equals("sqlite")) {
      folder = Files.createTempDirectory("recovery-bench");
      closeable =
          Stores.sqlite(
              folder.resolve("bench.db"), FileKeyProvider.at(folder.resolve("master.key")));
      journeys = Journeys.using(closeable, clock);
    } else if (store.equals("postgres")) {
      server = BenchPostgres.start();
      folder = Files.createTempDirectory("recovery-bench");
      closeable =
          Stores.postgres(server.jdbcUrl(), FileKeyProvider.at(folder.resolve("master.key")));
      journeys = Journeys.using(closeable, clock);
    } else if (store.equals("memory")) {
      journeys = Journeys.using(new InMemoryEventStore(), clock);
    } else {
      throw new IllegalArgumentException("store must be memory, sqlite or postgres, was " + store);
    }
    today = LocalDate.ofInstant(Histories.START, ZoneId.of("Europe/London"));
    startJourney();
  }

  /**
   * Starts a new journey for each iteration, so every iteration writes into a journey that grows
   * from empty (to a few thousand events, like a long real one) rather than into one that has grown
   * through all earlier iterations.
   */
  @Setup(Level.Iteration)
  public void startJourney() {
    sam = Partner.named("Sam");
    journey =
        journeys.start(sam, Partner.named("Alex"), ZoneId.of("Europe/London"), Settings.DEFAULTS);
  }

  /** One journal entry written by Sam and stored. */
  @Benchmark
  public Decision writeJournalEntry() {
    return journeys.execute(journey, sam.id(), new WriteJournalEntry(today, "A quiet evening."));
  }

  /** The folder of the SQLite files; null for the in-memory store. */
  Path folder() {
    return folder;
  }

  /** Closes the store and deletes its files. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (closeable != null) {
      closeable.close();
    }
    if (server != null) {
      server.close();
    }
    Folders.delete(folder);
  }
}
