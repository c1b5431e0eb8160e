package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.testing.Events;
import org.recovery.persistence.testing.TestPostgres;

/**
 * A journey whose newest events are gone from the database — deleted, or the database rolled back
 * to an older copy — is refused when read, because the key vault, a separate file or database,
 * remembers where the journey ended (docs/persistence.md, "Cut-short journeys").
 */
class CutShortJourneyTest {
  @TempDir Path directory;

  private final JourneyId journey = JourneyId.random();

  private Path database() {
    return directory.resolve("journeys.db");
  }

  private CloseableEventStore open() {
    return Stores.sqlite(database(), FileKeyProvider.at(directory.resolve("master.key")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DELETE FROM events WHERE version = (SELECT MAX(version) FROM events)",
        "DELETE FROM events WHERE version > (SELECT MAX(version) - 3 FROM events)",
        "DELETE FROM events WHERE version > 1",
        "DELETE FROM events"
      })
  void deletingTheNewestEventsIsNoticed(String delete) throws Exception {
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 6, "kept");
    }
    sql(database(), delete);
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("journey " + journey + " has been cut short")
          .hasMessageContaining("its key vault recorded 6 events");
      assertThatThrownBy(() -> store.read(journey, 5)).isInstanceOf(StorageException.class);
    }
  }

  @Test
  void aDatabaseRolledBackToAnOlderCopyIsRefusedAndNotWrittenOver() throws Exception {
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "before the backup");
    }
    Path backup = copy(database(), directory.resolve("backup.db"));
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "after the backup");
    }
    copy(backup, database());
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey))
          .hasMessageContaining("its key vault recorded 6 events, but the database holds 3");
      assertThatThrownBy(
              () ->
                  store.append(journey, 3, List.of(Events.journal("over it")), CommandId.random()))
          .hasMessageContaining("has been cut short");
    }
    try (Connection c = SqliteFilesAccess.connect(database());
        Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM events")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the refused append stored nothing").isEqualTo(3);
    }
  }

  @Test
  void aDatabaseFromBeforeTheJourneyBeganIsRefusedForThatJourney() throws Exception {
    JourneyId other = JourneyId.random();
    try (CloseableEventStore store = open()) {
      store.append(other, 0, List.of(Events.journal("another couple")), CommandId.random());
    }
    Path backup = copy(database(), directory.resolve("backup.db"));
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 2, "new");
    }
    copy(backup, database());
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey)).hasMessageContaining("cut short");
      assertThat(store.read(other)).hasSize(1);
    }
  }

  @Test
  void anOldDatabaseReplayedWithTheCurrentVaultIsRefusedEvenWhenAsLong() throws Exception {
    Path vault = directory.resolve("journeys.db.keys");
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "shared past");
    }
    Path oldDatabase = copy(database(), directory.resolve("old.db"));
    Path oldVault = copy(vault, directory.resolve("old.keys"));
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "what really happened");
    }
    Path currentVault = copy(vault, directory.resolve("current.keys"));
    // Someone restores the old pair and writes another story onto it...
    copy(oldDatabase, database());
    copy(oldVault, vault);
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "another story");
    }
    // ...and pairs that database with the current vault.
    copy(currentVault, vault);
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is not the one its key vault recorded");
    }
  }

  @Test
  void aDatabaseAheadOfItsRecordedHeadIsReadAndTheHeadCatchesUp() throws Exception {
    Path vault = directory.resolve("journeys.db.keys");
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 3, "first");
    }
    Path earlierVault = copy(vault, directory.resolve("earlier.keys"));
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 2, "second");
    }
    // As after a crash between storing the events and recording the head.
    copy(earlierVault, vault);
    try (CloseableEventStore store = open()) {
      assertThat(store.read(journey)).hasSize(5);
    }
    sql(database(), "DELETE FROM events WHERE version = 5");
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey)).hasMessageContaining("recorded 5 events");
    }
  }

  @Test
  void aJourneyWrittenBeforeHeadsWereKeptGetsOneWhenRead() throws Exception {
    try (CloseableEventStore store = open()) {
      appendOneByOne(store, 4, "old");
    }
    sql(
        directory.resolve("journeys.db.keys"),
        "UPDATE data_keys SET head_version = NULL, head_chain = NULL");
    try (CloseableEventStore store = open()) {
      assertThat(store.read(journey)).hasSize(4);
    }
    sql(database(), "DELETE FROM events WHERE version = 4");
    try (CloseableEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey)).hasMessageContaining("cut short");
    }
  }

  @Test
  void deletingTheNewestEventsIsNoticedOnPostgres() throws Exception {
    String url = TestPostgres.newDatabaseUrl();
    FileKeyProvider keys = FileKeyProvider.at(directory.resolve("master.key"));
    try (CloseableEventStore store = Stores.postgres(url, keys)) {
      appendOneByOne(store, 5, "kept");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE version > 2");
    }
    try (CloseableEventStore store = Stores.postgres(url, keys)) {
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("its key vault recorded 5 events, but the database holds 2");
    }
  }

  private void appendOneByOne(EventStore store, int count, String text) {
    long version = store.read(journey).size();
    for (int i = 0; i < count; i++) {
      version =
          store.append(
              journey, version, List.of(Events.journal(text + " " + i)), CommandId.random());
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    for (String suffix : List.of("-wal", "-shm")) {
      Files.deleteIfExists(to.resolveSibling(to.getFileName() + suffix));
    }
    return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void sql(Path file, String sql) throws SQLException {
    try (Connection c = SqliteFilesAccess.connect(file);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A plain connection to a SQLite file, as someone editing it by hand would open. */
  private static final class SqliteFilesAccess {
    static Connection connect(Path file) throws SQLException {
      return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
  }
}
