package org.recovery.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
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
import org.recovery.core.common.PartnerId;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;

/**
 * Issue 17's P1 warm row: the hurt partner's progress report through {@link Journeys} on the
 * encrypted SQLite store, the journey already held in memory (as in an app that keeps running), for
 * a simulated journey of {@code months} months. Each report asks the store for the journey's
 * version and folds and derives the report anew. {@code rawScan} is the floor in the same run:
 * every stored row of the journey read from the same file through plain JDBC, nothing decrypted.
 * Report {@code report} as a ratio to {@code rawScan}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WarmReportBenchmark {
  /** How many months the simulated journey lasts. */
  @Param({"14"})
  public int months;

  private Path folder;
  private JdbcEventStore store;
  private Journeys journeys;
  private JourneyId journey;
  private PartnerId viewer;
  private int events;
  private Connection raw;
  private PreparedStatement scan;

  /** Simulates the journey, stores it, and reads it once into the journeys' memory. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    Histories.Simulated simulated = Histories.simulate(months);
    folder = Files.createTempDirectory("recovery-warm-report-bench");
    store =
        JdbcEventStore.sqlite(
            folder.resolve("bench.db"),
            folder.resolve("bench.db.keys"),
            MasterKey.of(MasterKey.randomMaterial()),
            Clock.fixed(simulated.result().end(), ZoneOffset.UTC));
    journey = simulated.result().journey();
    viewer = simulated.result().hurt().id();
    events = simulated.events().size();
    store.append(journey, 0, simulated.events(), CommandId.random());
    journeys = Journeys.using(store, Clock.fixed(simulated.result().end(), ZoneOffset.UTC));
    report();
    raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("bench.db"));
    scan = raw.prepareStatement(RawRows.QUERY);
    scan.setString(1, journey.value().toString());
  }

  /** The hurt partner's report, the journey held in memory. */
  @Benchmark
  public ProgressReport report() {
    return journeys.report(journey, viewer).orElseThrow();
  }

  /** The floor: every stored row of the journey read, in order, nothing decrypted. */
  @Benchmark
  public long rawScan() throws SQLException {
    return RawRows.scan(scan);
  }

  /** How many events the stored journey holds. */
  int events() {
    return events;
  }

  /** The folder of the store's files. */
  Path folder() {
    return folder;
  }

  /** Closes both connections and deletes the files. */
  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    if (scan != null) {
      scan.close();
      raw.close();
    }
    if (store != null) {
      store.close();
    }
    Folders.delete(folder);
  }
}
