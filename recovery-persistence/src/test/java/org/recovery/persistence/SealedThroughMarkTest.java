package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.persistence.AnaAndBen.ANA;
import static org.recovery.persistence.AnaAndBen.ANAS;
import static org.recovery.persistence.AnaAndBen.BEN;
import static org.recovery.persistence.AnaAndBen.journal;
import static org.recovery.persistence.AnaAndBen.started;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;

/**
 * Unlocking seals the partner's entries still stored open, looking only at the events after those
 * it looked at before (the vault's {@code sealed_through} mark), and never trusting that mark
 * beyond the journey's recorded head.
 */
class SealedThroughMarkTest {
  @TempDir Path directory;

  private final byte[] material = MasterKey.randomMaterial();
  private final KeyProvider keys = () -> new SecretKeySpec(material, "AES");
  private final JourneyId journey = JourneyId.random();

  private SealingEventStore open() {
    return Stores.sqlite(database(), vault(), keys, SealedEntriesTest.CHEAP);
  }

  /**
   * Appends an entry of Ana's stored open, as a release from before sealed entries wrote them: her
   * key is set aside (no store writes a private entry open for a partner who has one) and put back.
   */
  private void appendOpen(long expectedVersion, String text) throws SQLException {
    sql(vault(), "CREATE TABLE set_aside AS SELECT * FROM partner_keys");
    sql(vault(), "DELETE FROM partner_keys");
    try (JdbcEventStore unsealed =
        JdbcEventStore.sqlite(
            database(), vault(), MasterKey.of(material.clone()), Clock.systemUTC())) {
      unsealed.append(journey, expectedVersion, List.of(journal(ANA, text)), CommandId.random());
    }
    sql(vault(), "INSERT INTO partner_keys SELECT * FROM set_aside");
    sql(vault(), "DROP TABLE set_aside");
  }

  @BeforeEach
  void anaUnlocksAfterFourEvents() throws SQLException {
    try (SealingEventStore store = open()) {
      store.append(journey, 0, List.of(started(journey)), CommandId.random());
      store.unlock(journey, ANA, ANAS);
      store.append(
          journey,
          1,
          List.of(journal(ANA, "one"), journal(BEN, "two"), journal(ANA, "three")),
          CommandId.random());
      assertThat(store.unlock(journey, ANA, ANAS).sealedNow()).isZero();
    }
    assertThat(mark()).isEqualTo(4);
  }

  @Test
  void anEntryStoredOpenAfterTheMarkIsSealedAtTheNextUnlockAndTheMarkMoves() throws SQLException {
    appendOpen(4, "written open");

    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, ANA, ANAS).sealedNow()).isEqualTo(1);
    }

    assertThat(mark()).isEqualTo(5);
    assertThat(asBen()).filteredOn(e -> e.by().equals(ANA)).hasSize(4);
    assertThat(asBen().get(4)).isInstanceOf(SealedEntry.class);
  }

  @Test
  void theEventsBeforeTheMarkAreNotReadAgain() throws SQLException {
    // An event before the mark that can no longer be opened: a full pass would stop at it.
    sql(database(), "UPDATE events SET payload = X'00' WHERE version = 2");

    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, ANA, ANAS).sealedNow()).isZero();
    }
  }

  @Test
  void aMarkBeyondTheRecordedHeadIsNotTrusted() throws SQLException {
    // The newest events are given up by hand, as persistence.md describes, leaving the mark at 4.
    sql(database(), "DELETE FROM events WHERE version > 2");
    sql(vault(), "UPDATE data_keys SET head_version = NULL, head_chain = NULL");
    appendOpen(2, "open again");
    assertThat(mark()).as("left beyond the new head").isEqualTo(4);

    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, ANA, ANAS).sealedNow()).isEqualTo(1);
    }

    assertThat(asBen().get(2)).isInstanceOf(SealedEntry.class);
  }

  private List<JourneyEvent> asBen() {
    try (SealingEventStore store = open()) {
      store.unlock(journey, BEN, AnaAndBen.BENS);
      return store.read(journey).stream().map(RecordedEvent::event).toList();
    }
  }

  private long mark() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vault());
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT sealed_through FROM partner_keys")) {
      assertThat(row.next()).as("Ana's key").isTrue();
      return row.getLong(1);
    }
  }

  private Path database() {
    return directory.resolve("r.db");
  }

  private Path vault() {
    return directory.resolve("r.db.keys");
  }

  private static void sql(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
