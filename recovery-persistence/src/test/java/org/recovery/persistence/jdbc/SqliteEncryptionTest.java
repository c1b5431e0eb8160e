package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.testing.Events.checkIn;
import static org.recovery.persistence.testing.Events.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;

class SqliteEncryptionTest {
  private static final String NOTE = "Ayşe'nin mektubunu buldum 💔 — ich kann nicht schlafen";

  @TempDir Path directory;
  private final MasterKey master = MasterKey.of(MasterKey.randomMaterial());

  private JdbcEventStore open(Path database, MasterKey key) {
    return JdbcEventStore.sqlite(database, vault(), key, Clock.systemUTC());
  }

  private Path database() {
    return directory.resolve("recovery.db");
  }

  private Path vault() {
    return directory.resolve("recovery.db.keys");
  }

  @Test
  void noFileOfTheStoreHoldsANoteOrTheJsonOfAnEventInTheClear() throws Exception {
    try (JdbcEventStore store = open(database(), master)) {
      JourneyId journey = JourneyId.random();
      store.append(journey, 0, List.of(checkIn(NOTE), journal(NOTE)), CommandId.random());
      assertThat(store.read(journey)).hasSize(2);

      for (Path file : List.of(database(), vault())) {
        for (byte[] bytes : SqliteFiles.allBytes(file)) {
          for (String clear :
              List.of(
                  NOTE,
                  "Ayşe",
                  "mektubunu",
                  "emotionalSafety",
                  "checkin.recorded",
                  "journal.entry-written")) {
            assertThat(SqliteFiles.contains(bytes, clear.getBytes(StandardCharsets.UTF_8)))
                .as("%s in %s", clear, file)
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void aWrongMasterKeyIsRefusedWhenTheStoreOpens() {
    try (JdbcEventStore store = open(database(), master)) {
      store.append(JourneyId.random(), 0, List.of(journal(NOTE)), CommandId.random());
    }
    MasterKey other = MasterKey.of(MasterKey.randomMaterial());

    assertThatThrownBy(() -> open(database(), other))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("wrong master key", master.fingerprint(), other.fingerprint())
        .hasMessageNotContaining(NOTE);
  }

  @Test
  void aDeletedJourneyCannotBeReadFromACopyTakenBeforeTheDeleteButTheOthersCan() throws Exception {
    JourneyId deleted = JourneyId.random();
    JourneyId kept = JourneyId.random();
    Path backup = directory.resolve("backup.db");
    byte[] wrappedKey;
    try (JdbcEventStore store = open(database(), master)) {
      store.append(deleted, 0, List.of(journal(NOTE)), CommandId.random());
      store.append(kept, 0, List.of(journal("kept")), CommandId.random());
      wrappedKey = wrappedKeyOf(deleted);
      Files.copy(database(), backup, StandardCopyOption.COPY_ATTRIBUTES);
      Path wal = directory.resolve("recovery.db-wal");
      if (Files.exists(wal)) {
        Files.copy(wal, directory.resolve("backup.db-wal"));
      }

      assertThat(store.delete(deleted)).isTrue();
    }

    try (JdbcEventStore restored = open(backup, master)) {
      assertThat(restored.list()).contains(deleted, kept);
      assertThatThrownBy(() -> restored.read(deleted))
          .isInstanceOf(StorageException.class)
          .hasMessageContainingAll(deleted.toString(), "no data key", "deleted");
      assertThat(restored.read(kept)).extracting(e -> e.event()).containsExactly(journal("kept"));
    }
    for (byte[] bytes : SqliteFiles.allBytes(vault())) {
      assertThat(SqliteFiles.contains(bytes, wrappedKey))
          .as("wrapped key left in the vault")
          .isFalse();
    }
  }

  @Test
  void aPayloadMovedToAnotherVersionOrJourneyFailsAuthentication() throws Exception {
    JourneyId one = JourneyId.random();
    JourneyId other = JourneyId.random();
    try (JdbcEventStore store = open(database(), master)) {
      store.append(one, 0, List.of(journal("first"), journal("second")), CommandId.random());
      store.append(other, 0, List.of(journal("elsewhere")), CommandId.random());
    }
    try (Connection raw = SqliteFiles.connect(database())) {
      copyPayload(raw, one, 2, one, 1);
      copyPayload(raw, one, 2, other, 1);
    }

    try (JdbcEventStore store = open(database(), master)) {
      assertThatThrownBy(() -> store.read(one))
          .isInstanceOf(StorageException.class)
          .hasMessageContainingAll("event 1 of journey " + one, "does not authenticate");
      assertThatThrownBy(() -> store.read(other))
          .isInstanceOf(StorageException.class)
          .hasMessageContainingAll("event 1 of journey " + other, "does not authenticate");
      assertThat(store.read(one, 1)).hasSize(1);
    }
  }

  @Test
  void aCorruptedPayloadIsAClearErrorNamingTheJourneyAndVersion() throws Exception {
    JourneyId journey = JourneyId.random();
    try (JdbcEventStore store = open(database(), master)) {
      store.append(journey, 0, List.of(journal("first"), journal(NOTE)), CommandId.random());
    }
    try (Connection raw = SqliteFiles.connect(database())) {
      // Flip one bit rather than write a fixed byte: a fixed byte equals the one it replaces in
      // one run in 256 (the nonce and ciphertext are random), and then nothing is corrupted.
      byte[] payload = payloadOf(raw, journey, 2);
      payload[20] ^= 0x01;
      try (PreparedStatement update =
          raw.prepareStatement(
              "UPDATE events SET payload = ? WHERE journey_id = ? AND version = 2")) {
        update.setBytes(1, payload);
        update.setString(2, journey.toString());
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }

    try (JdbcEventStore store = open(database(), master)) {
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContainingAll("event 2 of journey " + journey)
          .hasMessageNotContaining(NOTE);
    }
  }

  @Test
  void theDatabaseRunsInWalModeWithFullSynchronousCommits() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(database())) {
      String journal = database.inTransaction(c -> pragma(c, "journal_mode"));
      String synchronous = database.inTransaction(c -> pragma(c, "synchronous"));
      String secureDelete = database.inTransaction(c -> pragma(c, "secure_delete"));

      assertThat(journal).isEqualTo("wal");
      assertThat(synchronous).as("2 is FULL").isEqualTo("2");
      assertThat(secureDelete).isEqualTo("1");
    }
  }

  private static String pragma(Connection c, String name) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  private byte[] wrappedKeyOf(JourneyId journey) throws Exception {
    try (Connection raw = SqliteFiles.connect(vault());
        PreparedStatement q =
            raw.prepareStatement("SELECT wrapped_key FROM data_keys WHERE journey_id = ?")) {
      q.setString(1, journey.toString());
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getBytes(1);
      }
    }
  }

  private static byte[] payloadOf(Connection raw, JourneyId journey, long version)
      throws Exception {
    try (PreparedStatement q =
        raw.prepareStatement("SELECT payload FROM events WHERE journey_id = ? AND version = ?")) {
      q.setString(1, journey.toString());
      q.setLong(2, version);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getBytes(1);
      }
    }
  }

  private static void copyPayload(
      Connection raw, JourneyId from, long fromVersion, JourneyId to, long toVersion)
      throws Exception {
    try (PreparedStatement update =
        raw.prepareStatement(
            "UPDATE events SET payload = (SELECT"
                + " payload FROM events WHERE journey_id = ? AND version = ?)"
                + " WHERE journey_id = ? AND version = ?")) {
      update.setString(1, from.toString());
      update.setLong(2, fromVersion);
      update.setString(3, to.toString());
      update.setLong(4, toVersion);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
