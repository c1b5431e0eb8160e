package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.testing.Events.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.testing.TestKeys;
import org.recovery.persistence.testing.TestPostgres;

class KeyRotationTest {
  @TempDir Path directory;

  @Test
  void afterARotationTheNewKeyReadsEverythingAndTheOldOneNothing() {
    Path database = directory.resolve("recovery.db");
    Path vault = directory.resolve("recovery.db.keys");
    KeyProvider old = TestKeys.random();
    KeyProvider next = TestKeys.random();
    JourneyId one = JourneyId.random();
    JourneyId two = JourneyId.random();
    try (CloseableEventStore store = Stores.sqlite(database, old)) {
      store.append(one, 0, List.of(journal("one")), CommandId.random());
      store.append(two, 0, List.of(journal("two")), CommandId.random());
    }

    assertThat(Stores.rotateMasterKey(vault, old, next)).isEqualTo(2);
    assertThat(Stores.rotateMasterKey(vault, old, next)).as("run again").isZero();

    try (CloseableEventStore store = Stores.sqlite(database, next)) {
      assertThat(store.read(one)).extracting(RecordedEvent::event).containsExactly(journal("one"));
      assertThat(store.read(two)).extracting(RecordedEvent::event).containsExactly(journal("two"));
    }
    assertThatThrownBy(() -> Stores.sqlite(database, old))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("wrong master key");
    assertThatThrownBy(() -> Stores.rotateMasterKey(vault, TestKeys.random(), TestKeys.random()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("neither");
  }

  /**
   * The same on PostgreSQL (the embedded test server, or {@code RECOVERY_TEST_PG_URL}), with the
   * key vault table in the events' database and a pool the test owns.
   */
  @Test
  void onPostgresTheNewKeyReadsEverythingAfterARotationAndTheOldOneNothing() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestPostgres.newDatabaseUrl());
    config.setMaximumPoolSize(2);
    KeyProvider old = TestKeys.random();
    KeyProvider next = TestKeys.random();
    JourneyId one = JourneyId.random();
    JourneyId two = JourneyId.random();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (CloseableEventStore store = Stores.postgres(pool, old)) {
        store.append(one, 0, List.of(journal("one")), CommandId.random());
        store.append(two, 0, List.of(journal("two")), CommandId.random());
      }

      assertThat(Stores.rotateMasterKey(pool, old, next)).isEqualTo(2);
      assertThat(Stores.rotateMasterKey(pool, old, next)).as("run again").isZero();

      try (CloseableEventStore store = Stores.postgres(pool, next)) {
        assertThat(store.read(one))
            .extracting(RecordedEvent::event)
            .containsExactly(journal("one"));
        assertThat(store.read(two))
            .extracting(RecordedEvent::event)
            .containsExactly(journal("two"));
      }
      assertThatThrownBy(() -> Stores.postgres(pool, old))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("wrong master key");
      assertThatThrownBy(() -> Stores.rotateMasterKey(pool, TestKeys.random(), TestKeys.random()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("neither");
    }
  }
}
