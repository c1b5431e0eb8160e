package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.persistence.testing.Events.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.testing.TestPostgres;

class PostgresMigrationsTest {
  private final MasterKey master = MasterKey.of(MasterKey.randomMaterial());

  @Test
  void aDatabaseWrittenByTheFirstSchemaIsMigratedAndStillReads() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestPostgres.newDatabaseUrl());
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JourneyId journey = JourneyId.random();
      try (JdbcEventStore old =
          JdbcEventStore.postgres(pool, pool, master, Clock.systemUTC(), () -> {}, 1, 1_000)) {
        old.append(journey, 0, List.of(journal("written by schema 1")), CommandId.random());
      }

      try (JdbcEventStore migrated =
          JdbcEventStore.postgres(pool, pool, master, Clock.systemUTC(), () -> {})) {
        assertThat(migrated.read(journey))
            .extracting(RecordedEvent::event)
            .containsExactly(journal("written by schema 1"));
      }
      PooledDatabase raw = new PooledDatabase(pool, () -> {});
      assertThat(new Migrations(raw, "events", Clock.systemUTC()).current()).isEqualTo(4);
      int indexes =
          raw.inTransaction(
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet r =
                        s.executeQuery(
                            "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'events_by_command'")) {
                  r.next();
                  return r.getInt(1);
                }
              });
      assertThat(indexes).isEqualTo(1);
    }
  }
}
