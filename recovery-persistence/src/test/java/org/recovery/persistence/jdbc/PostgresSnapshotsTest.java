package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.progress.Progress;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.testing.TestPostgres;

/**
 * Snapshots on PostgreSQL, through the same code as on SQLite: a read from a snapshot equals a read
 * of the rows, and an altered snapshot is ignored, the read correct, and a new one stored (the
 * upsert replacing the row).
 */
class PostgresSnapshotsTest {
  private static final int NEVER = Integer.MAX_VALUE;

  private final String url = TestPostgres.newDatabaseUrl();
  private final MasterKey master = MasterKey.of(MasterKey.randomMaterial());

  private JdbcEventStore open(int every) {
    PGSimpleDataSource pool = new PGSimpleDataSource();
    pool.setUrl(url);
    return JdbcEventStore.postgres(
            pool, pool, master, Clock.systemUTC(), () -> {}, Migrations.LATEST, 1_000)
        .snapshotEvery(every);
  }

  /** A simulated month of a couple, its journey and events. */
  private static List<RecordedEvent> simulated(long seed) {
    InMemoryEventStore memory = new InMemoryEventStore();
    Simulation.Result run =
        Simulation.run(
            memory, Simulation.Options.of(seed, 1, Instant.parse("2026-01-05T19:00:00Z")));
    return memory.read(run.journey());
  }

  @ParameterizedTest
  @CsvSource({"11, 1", "12, 40", "13, 999"})
  void aReadFromASnapshotEqualsAReadOfTheRows(long seed, int cut) throws Exception {
    List<RecordedEvent> recorded = simulated(seed);
    JourneyId journey = recorded.get(0).journey();
    List<JourneyEvent> history = SnapshotProperties.events(recorded);
    int at = Math.min(cut, history.size() - 1);
    try (JdbcEventStore store = open(NEVER)) {
      store.append(journey, 0, history.subList(0, at), CommandId.random());
      store.snapshotEvery(1).read(journey);
      byte[] made = snapshot(journey).orElseThrow();
      store.snapshotEvery(NEVER);
      store.append(journey, at, history.subList(at, history.size()), CommandId.random());

      List<RecordedEvent> fromSnapshot = store.read(journey);
      List<RecordedEvent> fromTheMiddle = store.read(journey, at / 2);
      assertThat(snapshot(journey).orElseThrow()).as("used, not replaced").isEqualTo(made);
      sql("DELETE FROM snapshots");
      assertThat(fromSnapshot).isEqualTo(store.read(journey)).isEqualTo(recorded);
      assertThat(fromTheMiddle).isEqualTo(store.read(journey, at / 2));
      Instant asOf = history.get(history.size() - 1).at().plusSeconds(3_600);
      for (PartnerId viewer : List.of(history.get(0).by(), otherThan(history))) {
        assertThat(Progress.report(RandomJourneys.MODEL, history, viewer, asOf))
            .isEqualTo(
                Progress.report(
                    RandomJourneys.MODEL, SnapshotProperties.events(fromSnapshot), viewer, asOf));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"21", "22"})
  void anAlteredSnapshotIsIgnoredAndRebuilt(long seed) throws Exception {
    List<RecordedEvent> recorded = simulated(seed);
    JourneyId journey = recorded.get(0).journey();
    try (JdbcEventStore store = open(1)) {
      store.append(journey, 0, SnapshotProperties.events(recorded), CommandId.random());
      store.read(journey);
      byte[] flipped = snapshot(journey).orElseThrow().clone();
      flipped[flipped.length / 3] ^= 0x40;
      sql("UPDATE snapshots SET sealed = ?", flipped);

      assertThat(store.read(journey)).isEqualTo(recorded);
      byte[] rebuilt = snapshot(journey).orElseThrow();
      assertThat(rebuilt).isNotEqualTo(flipped);
      assertThat(store.read(journey)).isEqualTo(recorded);
      assertThat(snapshot(journey).orElseThrow()).as("the new one is used").isEqualTo(rebuilt);
    }
  }

  private static PartnerId otherThan(List<JourneyEvent> history) {
    return history.stream()
        .map(JourneyEvent::by)
        .filter(p -> !p.equals(history.get(0).by()))
        .findFirst()
        .orElse(history.get(0).by());
  }

  private Optional<byte[]> snapshot(JourneyId journey) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement q =
            c.prepareStatement("SELECT sealed FROM snapshots WHERE journey_id = ?")) {
      q.setObject(1, journey.value());
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
      }
    }
  }

  private void sql(String sql, Object... parameters) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
