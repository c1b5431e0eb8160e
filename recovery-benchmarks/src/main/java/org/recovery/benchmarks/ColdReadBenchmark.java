package org.recovery.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;

/**
 * A cold read of a simulated journey from the encrypted SQLite store: a new store instance per
 * operation (nothing held in memory), opened, the whole journey read, closed. {@code
 * withoutSnapshot} reads a database kept at events schema 3, which has no snapshots table: every
 * row is decrypted and chained, as before issue 17. {@code withSnapshot} reads a copy at today's
 * schema holding a snapshot at the journey's last version. {@code rawScan} is the floor: the same
 * rows selected over a new JDBC connection, nothing decrypted or decoded. {@code openOnly} opens
 * and closes a store without reading, the fixed part of both reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ColdReadBenchmark {
  private static final int BEFORE_SNAPSHOTS = 3;

  /** How many months of the simulated couple. */
  @Param({"14"})
  public int months;

  private Path folder;
  private MasterKey master;
  private JourneyId journey;
  private int events;

  /** Writes the journey into both databases and makes the snapshot of one. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    Histories.Simulated simulated = Histories.simulate(months);
    journey = simulated.result().journey();
    List<JourneyEvent> history = simulated.events();
    events = history.size();
    folder = Files.createTempDirectory("recovery-cold-read");
    master = MasterKey.of(MasterKey.randomMaterial());
    try (JdbcEventStore rows = store("rows.db", BEFORE_SNAPSHOTS)) {
      rows.append(journey, 0, history, CommandId.random());
      rows.read(journey);
    }
    try (JdbcEventStore snapshotted = store("snapshot.db", Integer.MAX_VALUE)) {
      snapshotted.append(journey, 0, history, CommandId.random());
      snapshotted.read(journey);
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("snapshot.db"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM snapshots")) {
      if (!r.next() || r.getLong(1) != events) {
        throw new IllegalStateException(
            "no snapshot at version " + events + " was made: the journey is too short");
      }
    }
  }

  private JdbcEventStore store(String name, int schema) {
    return JdbcEventStore.sqlite(
        folder.resolve(name),
        folder.resolve(name + ".keys"),
        master,
        Clock.fixed(Histories.START, ZoneOffset.UTC),
        schema,
        1_000);
  }

  /** The whole journey read from its rows alone, by a new store. */
  @Benchmark
  public int withoutSnapshot() {
    try (JdbcEventStore store = store("rows.db", BEFORE_SNAPSHOTS)) {
      return store.read(journey).size();
    }
  }

  /** The whole journey read from its snapshot, by a new store. */
  @Benchmark
  public int withSnapshot() {
    try (JdbcEventStore store = store("snapshot.db", Integer.MAX_VALUE)) {
      return store.read(journey).size();
    }
  }

  /** A new store opened and closed, nothing read. */
  @Benchmark
  public int openOnly() {
    try (JdbcEventStore store = store("snapshot.db", Integer.MAX_VALUE)) {
      return store.hashCode();
    }
  }

  /** The floor: the journey's rows selected over a new connection, nothing decrypted. */
  @Benchmark
  public long rawScan() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("rows.db"));
        PreparedStatement q = c.prepareStatement(RawRows.QUERY)) {
      q.setString(1, journey.toString());
      return RawRows.scan(q);
    }
  }

  /** How many events the journey holds. */
  int events() {
    return events;
  }

  /** The folder of the files. */
  Path folder() {
    return folder;
  }

  /** Deletes the files. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    Folders.delete(folder);
  }
}
