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
import java.util.List;
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
 * Issue 17's P5 row: what one couple's use of the encrypted SQLite store costs when the database
 * holds {@code journeys} journeys. {@code coldReport} is a 3-month journey's report with nothing in
 * memory (a new {@link Journeys} each time, so the journey is read and decrypted from the store);
 * {@code openAndClose} opens the store (both files, their schema checks, the vault's key check) and
 * closes it. Both should not grow with the number of journeys: compare each at 100,000 journeys
 * with itself at 1,000. {@code list} returns every journey's id, so it grows with them by nature;
 * it is here to show by how much.
 *
 * <p>The other journeys are copies of the measured one's first event under other ids, with copies
 * of its data key row, written straight into the files with SQL so that setting up 100,000 takes
 * seconds: they are never read, only there to make the tables and indexes as large.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManyJourneysBenchmark {
  /** How many journeys the database holds. */
  @Param({"1000", "100000"})
  public int journeys;

  private Path folder;
  private byte[] material;
  private Clock clock;
  private JdbcEventStore store;
  private JourneyId measured;
  private PartnerId viewer;

  /** Stores the measured journey, then the copies beside it. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    Histories.Simulated simulated = Histories.simulate(3);
    folder = Files.createTempDirectory("recovery-many-journeys-bench");
    material = MasterKey.randomMaterial();
    clock = Clock.fixed(simulated.result().end(), ZoneOffset.UTC);
    measured = simulated.result().journey();
    viewer = simulated.result().hurt().id();
    try (JdbcEventStore writer = openStore()) {
      writer.append(measured, 0, simulated.events(), CommandId.random());
    }
    copy(journeys - 1);
    store = openStore();
  }

  private JdbcEventStore openStore() {
    return JdbcEventStore.sqlite(
        folder.resolve("bench.db"),
        folder.resolve("bench.db.keys"),
        MasterKey.of(material.clone()),
        clock);
  }

  /** Adds {@code count} journeys: the measured one's first event and data key under new ids. */
  private void copy(int count) throws SQLException {
    String numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ";
    String id = "printf('%08x-0000-4000-8000-%012x', i, i)";
    try (Connection events = connect("bench.db")) {
      run(
          events,
          numbers
              + "INSERT INTO journeys (id, created_at) SELECT "
              + id
              + ", created_at FROM n,"
              + " journeys WHERE journeys.id = ?",
          count);
      run(
          events,
          numbers
              + "INSERT INTO events (journey_id, version, command_id, recorded_at, payload)"
              + " SELECT "
              + id
              + ", version, command_id, recorded_at, payload FROM n, events"
              + " WHERE events.journey_id = ? AND events.version = 1",
          count);
    }
    try (Connection keys = connect("bench.db.keys")) {
      run(
          keys,
          numbers
              + "INSERT INTO data_keys (journey_id, master_key, wrapped_key, created_at) SELECT "
              + id
              + ", master_key, wrapped_key, created_at FROM n, data_keys"
              + " WHERE data_keys.journey_id = ?",
          count);
    }
  }

  private Connection connect(String file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(file));
  }

  private void run(Connection c, String sql, int count) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setInt(1, count);
      statement.setString(2, measured.value().toString());
      statement.executeUpdate();
    }
  }

  /** The measured journey's report, read and decrypted from the store. */
  @Benchmark
  public ProgressReport coldReport() {
    return Journeys.using(store, clock).report(measured, viewer).orElseThrow();
  }

  /** Opening the store and closing it again. */
  @Benchmark
  public int openAndClose() {
    try (JdbcEventStore opened = openStore()) {
      return opened.hashCode();
    }
  }

  /** Every journey's id. */
  @Benchmark
  public List<JourneyId> list() {
    return store.list();
  }

  /** The folder of the store's files. */
  Path folder() {
    return folder;
  }

  /** Closes the store and deletes its files. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (store != null) {
      store.close();
    }
    Folders.delete(folder);
  }
}
